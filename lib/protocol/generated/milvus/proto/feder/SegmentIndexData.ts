// Original file: proto/feder.proto

import type { Long } from '@grpc/proto-loader';

export interface SegmentIndexData {
  'segmentID'?: (number | string | Long);
  'index_data'?: (string);
}

export interface SegmentIndexData__Output {
  'segmentID': (string);
  'index_data': (string);
}
