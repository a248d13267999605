// Original file: proto/milvus.proto

import type { LongArray as _milvus_proto_schema_LongArray, LongArray__Output as _milvus_proto_schema_LongArray__Output } from '../../../milvus/proto/schema/LongArray.js';

export interface ElementIndices {
  'indices'?: (_milvus_proto_schema_LongArray | null);
}

export interface ElementIndices__Output {
  'indices': (_milvus_proto_schema_LongArray__Output | null);
}
