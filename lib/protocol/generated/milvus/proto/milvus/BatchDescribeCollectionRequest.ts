// Original file: proto/milvus.proto

import type { Long } from '@grpc/proto-loader';

export interface BatchDescribeCollectionRequest {
  'db_name'?: (string);
  'collection_name'?: (string)[];
  'collectionID'?: (number | string | Long)[];
}

export interface BatchDescribeCollectionRequest__Output {
  'db_name': (string);
  'collection_name': (string)[];
  'collectionID': (string)[];
}
