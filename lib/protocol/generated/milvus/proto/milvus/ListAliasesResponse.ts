// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface ListAliasesResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'db_name'?: (string);
  'collection_name'?: (string);
  'aliases'?: (string)[];
}

export interface ListAliasesResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'db_name': (string);
  'collection_name': (string);
  'aliases': (string)[];
}
