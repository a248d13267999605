// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { SearchResultData as _milvus_proto_schema_SearchResultData, SearchResultData__Output as _milvus_proto_schema_SearchResultData__Output } from '../../../milvus/proto/schema/SearchResultData.js';
import type { Long } from '@grpc/proto-loader';

export interface SearchResults {
  'status'?: (_milvus_proto_common_Status | null);
  'results'?: (_milvus_proto_schema_SearchResultData | null);
  'collection_name'?: (string);
  'session_ts'?: (number | string | Long);
}

export interface SearchResults__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'results': (_milvus_proto_schema_SearchResultData__Output | null);
  'collection_name': (string);
  'session_ts': (string);
}
