// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { PrivilegeGroupInfo as _milvus_proto_milvus_PrivilegeGroupInfo, PrivilegeGroupInfo__Output as _milvus_proto_milvus_PrivilegeGroupInfo__Output } from '../../../milvus/proto/milvus/PrivilegeGroupInfo.js';

export interface ListPrivilegeGroupsResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'privilege_groups'?: (_milvus_proto_milvus_PrivilegeGroupInfo)[];
}

export interface ListPrivilegeGroupsResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'privilege_groups': (_milvus_proto_milvus_PrivilegeGroupInfo__Output)[];
}
