// Original file: proto/milvus.proto

import type { Long } from '@grpc/proto-loader';

export interface GetImportStateRequest {
  'task'?: (number | string | Long);
}

export interface GetImportStateRequest__Output {
  'task': (string);
}
