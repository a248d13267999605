// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { UserEntity as _milvus_proto_milvus_UserEntity, UserEntity__Output as _milvus_proto_milvus_UserEntity__Output } from '../../../milvus/proto/milvus/UserEntity.js';

export interface SelectUserRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'user'?: (_milvus_proto_milvus_UserEntity | null);
  'include_role_info'?: (boolean);
}

export interface SelectUserRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'user': (_milvus_proto_milvus_UserEntity__Output | null);
  'include_role_info': (boolean);
}
