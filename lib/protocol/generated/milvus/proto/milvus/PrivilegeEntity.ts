// Original file: proto/milvus.proto


export interface PrivilegeEntity {
  'name'?: (string);
}

export interface PrivilegeEntity__Output {
  'name': (string);
}
