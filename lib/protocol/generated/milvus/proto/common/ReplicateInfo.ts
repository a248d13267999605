// Original file: proto/common.proto

import type { Long } from '@grpc/proto-loader';

export interface ReplicateInfo {
  'isReplicate'?: (boolean);
  'msgTimestamp'?: (number | string | Long);
  'replicateID'?: (string);
}

export interface ReplicateInfo__Output {
  'isReplicate': (boolean);
  'msgTimestamp': (string);
  'replicateID': (string);
}
