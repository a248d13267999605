// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { Long } from '@grpc/proto-loader';

export interface ListDatabasesResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'db_names'?: (string)[];
  'created_timestamp'?: (number | string | Long)[];
  'db_ids'?: (number | string | Long)[];
}

export interface ListDatabasesResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'db_names': (string)[];
  'created_timestamp': (string)[];
  'db_ids': (string)[];
}
