// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface ListFileResourcesRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
}

export interface ListFileResourcesRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
}
