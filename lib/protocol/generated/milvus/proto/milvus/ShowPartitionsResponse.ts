// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { Long } from '@grpc/proto-loader';

export interface ShowPartitionsResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'partition_names'?: (string)[];
  'partitionIDs'?: (number | string | Long)[];
  'created_timestamps'?: (number | string | Long)[];
  'created_utc_timestamps'?: (number | string | Long)[];
  'inMemory_percentages'?: (number | string | Long)[];
}

export interface ShowPartitionsResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'partition_names': (string)[];
  'partitionIDs': (string)[];
  'created_timestamps': (string)[];
  'created_utc_timestamps': (string)[];
  'inMemory_percentages': (string)[];
}
