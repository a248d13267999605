// Original file: proto/schema.proto

import type { FunctionParamArray as _milvus_proto_schema_FunctionParamArray, FunctionParamArray__Output as _milvus_proto_schema_FunctionParamArray__Output } from '../../../milvus/proto/schema/FunctionParamArray.js';
import type { FunctionParamObject as _milvus_proto_schema_FunctionParamObject, FunctionParamObject__Output as _milvus_proto_schema_FunctionParamObject__Output } from '../../../milvus/proto/schema/FunctionParamObject.js';
import type { Long } from '@grpc/proto-loader';

export interface FunctionParamValue {
  'bool_value'?: (boolean);
  'int64_value'?: (number | string | Long);
  'double_value'?: (number | string);
  'string_value'?: (string);
  'array_value'?: (_milvus_proto_schema_FunctionParamArray | null);
  'object_value'?: (_milvus_proto_schema_FunctionParamObject | null);
  'bytes_value'?: (Buffer | Uint8Array | string);
  'value'?: "bool_value"|"int64_value"|"double_value"|"string_value"|"array_value"|"object_value"|"bytes_value";
}

export interface FunctionParamValue__Output {
  'bool_value'?: (boolean);
  'int64_value'?: (string);
  'double_value'?: (number);
  'string_value'?: (string);
  'array_value'?: (_milvus_proto_schema_FunctionParamArray__Output | null);
  'object_value'?: (_milvus_proto_schema_FunctionParamObject__Output | null);
  'bytes_value'?: (Buffer);
  'value'?: "bool_value"|"int64_value"|"double_value"|"string_value"|"array_value"|"object_value"|"bytes_value";
}
