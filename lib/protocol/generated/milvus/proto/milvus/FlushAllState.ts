// Original file: proto/milvus.proto


export interface FlushAllState {
  'db_name'?: (string);
  'collection_flush_states'?: ({[key: string]: boolean});
}

export interface FlushAllState__Output {
  'db_name': (string);
  'collection_flush_states': ({[key: string]: boolean});
}
