// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface DeleteCredentialRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'username'?: (string);
}

export interface DeleteCredentialRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'username': (string);
}
