// Original file: proto/feder.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { SegmentIndexData as _milvus_proto_feder_SegmentIndexData, SegmentIndexData__Output as _milvus_proto_feder_SegmentIndexData__Output } from '../../../milvus/proto/feder/SegmentIndexData.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';

export interface DescribeSegmentIndexDataResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'index_data'?: ({[key: number]: _milvus_proto_feder_SegmentIndexData});
  'index_params'?: (_milvus_proto_common_KeyValuePair)[];
}

export interface DescribeSegmentIndexDataResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'index_data': ({[key: number]: _milvus_proto_feder_SegmentIndexData__Output});
  'index_params': (_milvus_proto_common_KeyValuePair__Output)[];
}
