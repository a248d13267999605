// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface GetFlushStateResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'flushed'?: (boolean);
}

export interface GetFlushStateResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'flushed': (boolean);
}
