// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { CollectionSchema as _milvus_proto_schema_CollectionSchema, CollectionSchema__Output as _milvus_proto_schema_CollectionSchema__Output } from '../../../milvus/proto/schema/CollectionSchema.js';
import type { KeyDataPair as _milvus_proto_common_KeyDataPair, KeyDataPair__Output as _milvus_proto_common_KeyDataPair__Output } from '../../../milvus/proto/common/KeyDataPair.js';
import type { ConsistencyLevel as _milvus_proto_common_ConsistencyLevel, ConsistencyLevel__Output as _milvus_proto_common_ConsistencyLevel__Output } from '../../../milvus/proto/common/ConsistencyLevel.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { Long } from '@grpc/proto-loader';

export interface DescribeCollectionResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'schema'?: (_milvus_proto_schema_CollectionSchema | null);
  'collectionID'?: (number | string | Long);
  'virtual_channel_names'?: (string)[];
  'physical_channel_names'?: (string)[];
  'created_timestamp'?: (number | string | Long);
  'created_utc_timestamp'?: (number | string | Long);
  'shards_num'?: (number);
  'aliases'?: (string)[];
  'start_positions'?: (_milvus_proto_common_KeyDataPair)[];
  'consistency_level'?: (_milvus_proto_common_ConsistencyLevel);
  'collection_name'?: (string);
  'properties'?: (_milvus_proto_common_KeyValuePair)[];
  'db_name'?: (string);
  'num_partitions'?: (number | string | Long);
  'db_id'?: (number | string | Long);
  'request_time'?: (number | string | Long);
  'update_timestamp'?: (number | string | Long);
  'update_timestamp_str'?: (string);
}

export interface DescribeCollectionResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'schema': (_milvus_proto_schema_CollectionSchema__Output | null);
  'collectionID': (string);
  'virtual_channel_names': (string)[];
  'physical_channel_names': (string)[];
  'created_timestamp': (string);
  'created_utc_timestamp': (string);
  'shards_num': (number);
  'aliases': (string)[];
  'start_positions': (_milvus_proto_common_KeyDataPair__Output)[];
  'consistency_level': (_milvus_proto_common_ConsistencyLevel__Output);
  'collection_name': (string);
  'properties': (_milvus_proto_common_KeyValuePair__Output)[];
  'db_name': (string);
  'num_partitions': (string);
  'db_id': (string);
  'request_time': (string);
  'update_timestamp': (string);
  'update_timestamp_str': (string);
}
