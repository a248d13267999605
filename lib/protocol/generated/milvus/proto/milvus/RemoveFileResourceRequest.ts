// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface RemoveFileResourceRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'name'?: (string);
}

export interface RemoveFileResourceRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'name': (string);
}
