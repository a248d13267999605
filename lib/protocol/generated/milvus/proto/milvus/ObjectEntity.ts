// Original file: proto/milvus.proto


export interface ObjectEntity {
  'name'?: (string);
}

export interface ObjectEntity__Output {
  'name': (string);
}
