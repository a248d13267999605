// Original file: proto/milvus.proto

import type { SegmentState as _milvus_proto_common_SegmentState, SegmentState__Output as _milvus_proto_common_SegmentState__Output } from '../../../milvus/proto/common/SegmentState.js';
import type { SegmentLevel as _milvus_proto_common_SegmentLevel, SegmentLevel__Output as _milvus_proto_common_SegmentLevel__Output } from '../../../milvus/proto/common/SegmentLevel.js';
import type { Long } from '@grpc/proto-loader';

export interface QuerySegmentInfo {
  'segmentID'?: (number | string | Long);
  'collectionID'?: (number | string | Long);
  'partitionID'?: (number | string | Long);
  'mem_size'?: (number | string | Long);
  'num_rows'?: (number | string | Long);
  'index_name'?: (string);
  'indexID'?: (number | string | Long);
  'nodeID'?: (number | string | Long);
  'state'?: (_milvus_proto_common_SegmentState);
  'nodeIds'?: (number | string | Long)[];
  'level'?: (_milvus_proto_common_SegmentLevel);
  'is_sorted'?: (boolean);
  'storage_version'?: (number | string | Long);
}

export interface QuerySegmentInfo__Output {
  'segmentID': (string);
  'collectionID': (string);
  'partitionID': (string);
  'mem_size': (string);
  'num_rows': (string);
  'index_name': (string);
  'indexID': (string);
  'nodeID': (string);
  'state': (_milvus_proto_common_SegmentState__Output);
  'nodeIds': (string)[];
  'level': (_milvus_proto_common_SegmentLevel__Output);
  'is_sorted': (boolean);
  'storage_version': (string);
}
