// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface CreatePrivilegeGroupRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'group_name'?: (string);
}

export interface CreatePrivilegeGroupRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'group_name': (string);
}
