// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { Long } from '@grpc/proto-loader';

export interface DescribeDatabaseResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'db_name'?: (string);
  'dbID'?: (number | string | Long);
  'created_timestamp'?: (number | string | Long);
  'properties'?: (_milvus_proto_common_KeyValuePair)[];
}

export interface DescribeDatabaseResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'db_name': (string);
  'dbID': (string);
  'created_timestamp': (string);
  'properties': (_milvus_proto_common_KeyValuePair__Output)[];
}
