// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { Long } from '@grpc/proto-loader';

export interface AllocTimestampResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'timestamp'?: (number | string | Long);
}

export interface AllocTimestampResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'timestamp': (string);
}
