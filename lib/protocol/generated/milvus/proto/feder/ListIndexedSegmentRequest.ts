// Original file: proto/feder.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface ListIndexedSegmentRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'collection_name'?: (string);
  'index_name'?: (string);
}

export interface ListIndexedSegmentRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'collection_name': (string);
  'index_name': (string);
}
