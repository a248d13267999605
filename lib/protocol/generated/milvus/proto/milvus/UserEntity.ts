// Original file: proto/milvus.proto


export interface UserEntity {
  'name'?: (string);
}

export interface UserEntity__Output {
  'name': (string);
}
