// Original file: proto/schema.proto

import type { FunctionSchema as _milvus_proto_schema_FunctionSchema, FunctionSchema__Output as _milvus_proto_schema_FunctionSchema__Output } from '../../../milvus/proto/schema/FunctionSchema.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';

export interface FunctionScore {
  'functions'?: (_milvus_proto_schema_FunctionSchema)[];
  'params'?: (_milvus_proto_common_KeyValuePair)[];
}

export interface FunctionScore__Output {
  'functions': (_milvus_proto_schema_FunctionSchema__Output)[];
  'params': (_milvus_proto_common_KeyValuePair__Output)[];
}
