// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface GetMetricsResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'response'?: (string);
  'component_name'?: (string);
}

export interface GetMetricsResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'response': (string);
  'component_name': (string);
}
