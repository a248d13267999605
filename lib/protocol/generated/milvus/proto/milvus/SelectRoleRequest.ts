// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { RoleEntity as _milvus_proto_milvus_RoleEntity, RoleEntity__Output as _milvus_proto_milvus_RoleEntity__Output } from '../../../milvus/proto/milvus/RoleEntity.js';

export interface SelectRoleRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'role'?: (_milvus_proto_milvus_RoleEntity | null);
  'include_user_info'?: (boolean);
}

export interface SelectRoleRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'role': (_milvus_proto_milvus_RoleEntity__Output | null);
  'include_user_info': (boolean);
}
