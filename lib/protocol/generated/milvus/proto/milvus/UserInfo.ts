// Original file: proto/milvus.proto

import type { RoleEntity as _milvus_proto_milvus_RoleEntity, RoleEntity__Output as _milvus_proto_milvus_RoleEntity__Output } from '../../../milvus/proto/milvus/RoleEntity.js';

export interface UserInfo {
  'user'?: (string);
  'password'?: (string);
  'roles'?: (_milvus_proto_milvus_RoleEntity)[];
}

export interface UserInfo__Output {
  'user': (string);
  'password': (string);
  'roles': (_milvus_proto_milvus_RoleEntity__Output)[];
}
