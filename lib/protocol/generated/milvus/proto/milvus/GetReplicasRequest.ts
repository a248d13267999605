// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface GetReplicasRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'collectionID'?: (number | string | Long);
  'with_shard_nodes'?: (boolean);
  'collection_name'?: (string);
  'db_name'?: (string);
}

export interface GetReplicasRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'collectionID': (string);
  'with_shard_nodes': (boolean);
  'collection_name': (string);
  'db_name': (string);
}
