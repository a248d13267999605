// Original file: proto/milvus.proto

import type { PrivilegeEntity as _milvus_proto_milvus_PrivilegeEntity, PrivilegeEntity__Output as _milvus_proto_milvus_PrivilegeEntity__Output } from '../../../milvus/proto/milvus/PrivilegeEntity.js';

export interface PrivilegeGroupInfo {
  'group_name'?: (string);
  'privileges'?: (_milvus_proto_milvus_PrivilegeEntity)[];
}

export interface PrivilegeGroupInfo__Output {
  'group_name': (string);
  'privileges': (_milvus_proto_milvus_PrivilegeEntity__Output)[];
}
