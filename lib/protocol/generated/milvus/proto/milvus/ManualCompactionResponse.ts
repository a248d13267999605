// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { Long } from '@grpc/proto-loader';

export interface ManualCompactionResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'compactionID'?: (number | string | Long);
  'compactionPlanCount'?: (number);
}

export interface ManualCompactionResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'compactionID': (string);
  'compactionPlanCount': (number);
}
