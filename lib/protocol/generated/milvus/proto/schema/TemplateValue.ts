// Original file: proto/schema.proto

import type { TemplateArrayValue as _milvus_proto_schema_TemplateArrayValue, TemplateArrayValue__Output as _milvus_proto_schema_TemplateArrayValue__Output } from '../../../milvus/proto/schema/TemplateArrayValue.js';
import type { Long } from '@grpc/proto-loader';

export interface TemplateValue {
  'bool_val'?: (boolean);
  'int64_val'?: (number | string | Long);
  'float_val'?: (number | string);
  'string_val'?: (string);
  'array_val'?: (_milvus_proto_schema_TemplateArrayValue | null);
  'bytes_val'?: (Buffer | Uint8Array | string);
  'val'?: "bool_val"|"int64_val"|"float_val"|"string_val"|"array_val"|"bytes_val";
}

export interface TemplateValue__Output {
  'bool_val'?: (boolean);
  'int64_val'?: (string);
  'float_val'?: (number);
  'string_val'?: (string);
  'array_val'?: (_milvus_proto_schema_TemplateArrayValue__Output | null);
  'bytes_val'?: (Buffer);
  'val'?: "bool_val"|"int64_val"|"float_val"|"string_val"|"array_val"|"bytes_val";
}
