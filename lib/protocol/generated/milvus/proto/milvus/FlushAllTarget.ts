// Original file: proto/milvus.proto


export interface FlushAllTarget {
  'db_name'?: (string);
  'collection_names'?: (string)[];
}

export interface FlushAllTarget__Output {
  'db_name': (string);
  'collection_names': (string)[];
}
