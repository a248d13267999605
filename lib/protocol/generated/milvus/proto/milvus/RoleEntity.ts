// Original file: proto/milvus.proto


export interface RoleEntity {
  'name'?: (string);
  'description'?: (string);
}

export interface RoleEntity__Output {
  'name': (string);
  'description': (string);
}
