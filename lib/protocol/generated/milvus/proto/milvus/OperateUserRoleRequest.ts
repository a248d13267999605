// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { OperateUserRoleType as _milvus_proto_milvus_OperateUserRoleType, OperateUserRoleType__Output as _milvus_proto_milvus_OperateUserRoleType__Output } from '../../../milvus/proto/milvus/OperateUserRoleType.js';

export interface OperateUserRoleRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'username'?: (string);
  'role_name'?: (string);
  'type'?: (_milvus_proto_milvus_OperateUserRoleType);
}

export interface OperateUserRoleRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'username': (string);
  'role_name': (string);
  'type': (_milvus_proto_milvus_OperateUserRoleType__Output);
}
