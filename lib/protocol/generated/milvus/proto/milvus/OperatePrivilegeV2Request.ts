// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { RoleEntity as _milvus_proto_milvus_RoleEntity, RoleEntity__Output as _milvus_proto_milvus_RoleEntity__Output } from '../../../milvus/proto/milvus/RoleEntity.js';
import type { GrantorEntity as _milvus_proto_milvus_GrantorEntity, GrantorEntity__Output as _milvus_proto_milvus_GrantorEntity__Output } from '../../../milvus/proto/milvus/GrantorEntity.js';
import type { OperatePrivilegeType as _milvus_proto_milvus_OperatePrivilegeType, OperatePrivilegeType__Output as _milvus_proto_milvus_OperatePrivilegeType__Output } from '../../../milvus/proto/milvus/OperatePrivilegeType.js';

export interface OperatePrivilegeV2Request {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'role'?: (_milvus_proto_milvus_RoleEntity | null);
  'grantor'?: (_milvus_proto_milvus_GrantorEntity | null);
  'type'?: (_milvus_proto_milvus_OperatePrivilegeType);
  'db_name'?: (string);
  'collection_name'?: (string);
}

export interface OperatePrivilegeV2Request__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'role': (_milvus_proto_milvus_RoleEntity__Output | null);
  'grantor': (_milvus_proto_milvus_GrantorEntity__Output | null);
  'type': (_milvus_proto_milvus_OperatePrivilegeType__Output);
  'db_name': (string);
  'collection_name': (string);
}
