// Original file: proto/milvus.proto

import type { Long } from '@grpc/proto-loader';

export interface ListImportTasksRequest {
  'collection_name'?: (string);
  'limit'?: (number | string | Long);
  'db_name'?: (string);
}

export interface ListImportTasksRequest__Output {
  'collection_name': (string);
  'limit': (string);
  'db_name': (string);
}
