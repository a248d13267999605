// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface GetUserTagsRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'user_name'?: (string);
}

export interface GetUserTagsRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'user_name': (string);
}
