// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface UnpinSnapshotDataRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'pin_id'?: (number | string | Long);
}

export interface UnpinSnapshotDataRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'pin_id': (string);
}
