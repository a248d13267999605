// Original file: proto/feder.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface DescribeSegmentIndexDataRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'collection_name'?: (string);
  'index_name'?: (string);
  'segmentsIDs'?: (number | string | Long)[];
}

export interface DescribeSegmentIndexDataRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'collection_name': (string);
  'index_name': (string);
  'segmentsIDs': (string)[];
}
