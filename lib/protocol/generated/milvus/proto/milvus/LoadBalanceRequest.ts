// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface LoadBalanceRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'src_nodeID'?: (number | string | Long);
  'dst_nodeIDs'?: (number | string | Long)[];
  'sealed_segmentIDs'?: (number | string | Long)[];
  'collectionName'?: (string);
  'db_name'?: (string);
}

export interface LoadBalanceRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'src_nodeID': (string);
  'dst_nodeIDs': (string)[];
  'sealed_segmentIDs': (string)[];
  'collectionName': (string);
  'db_name': (string);
}
