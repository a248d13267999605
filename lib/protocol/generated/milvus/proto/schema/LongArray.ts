// Original file: proto/schema.proto

import type { Long } from '@grpc/proto-loader';

export interface LongArray {
  'data'?: (number | string | Long)[];
}

export interface LongArray__Output {
  'data': (string)[];
}
