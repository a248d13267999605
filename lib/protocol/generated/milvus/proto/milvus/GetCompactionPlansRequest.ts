// Original file: proto/milvus.proto

import type { Long } from '@grpc/proto-loader';

export interface GetCompactionPlansRequest {
  'compactionID'?: (number | string | Long);
}

export interface GetCompactionPlansRequest__Output {
  'compactionID': (string);
}
