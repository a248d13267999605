// Original file: proto/milvus.proto

import type { Long } from '@grpc/proto-loader';

export interface ManualCompactionRequest {
  'collectionID'?: (number | string | Long);
  'timetravel'?: (number | string | Long);
  'majorCompaction'?: (boolean);
  'collection_name'?: (string);
  'db_name'?: (string);
  'partition_id'?: (number | string | Long);
  'channel'?: (string);
  'segment_ids'?: (number | string | Long)[];
  'l0Compaction'?: (boolean);
  'target_size'?: (number | string | Long);
}

export interface ManualCompactionRequest__Output {
  'collectionID': (string);
  'timetravel': (string);
  'majorCompaction': (boolean);
  'collection_name': (string);
  'db_name': (string);
  'partition_id': (string);
  'channel': (string);
  'segment_ids': (string)[];
  'l0Compaction': (boolean);
  'target_size': (string);
}
