// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { Long } from '@grpc/proto-loader';

export interface GetLoadingProgressResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'progress'?: (number | string | Long);
  'refresh_progress'?: (number | string | Long);
}

export interface GetLoadingProgressResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'progress': (string);
  'refresh_progress': (string);
}
