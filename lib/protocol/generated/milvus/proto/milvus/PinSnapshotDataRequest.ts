// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface PinSnapshotDataRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'name'?: (string);
  'db_name'?: (string);
  'collection_name'?: (string);
  'ttl_seconds'?: (number | string | Long);
}

export interface PinSnapshotDataRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'name': (string);
  'db_name': (string);
  'collection_name': (string);
  'ttl_seconds': (string);
}
