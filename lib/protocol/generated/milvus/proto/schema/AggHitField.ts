// Original file: proto/schema.proto

import type { Long } from '@grpc/proto-loader';

export interface AggHitField {
  'field_id'?: (number | string | Long);
  'field_name'?: (string);
  'int_val'?: (number | string | Long);
  'bool_val'?: (boolean);
  'float_val'?: (number | string);
  'double_val'?: (number | string);
  'string_val'?: (string);
  'bytes_val'?: (Buffer | Uint8Array | string);
  'value'?: "int_val"|"bool_val"|"float_val"|"double_val"|"string_val"|"bytes_val";
}

export interface AggHitField__Output {
  'field_id': (string);
  'field_name': (string);
  'int_val'?: (string);
  'bool_val'?: (boolean);
  'float_val'?: (number);
  'double_val'?: (number);
  'string_val'?: (string);
  'bytes_val'?: (Buffer);
  'value'?: "int_val"|"bool_val"|"float_val"|"double_val"|"string_val"|"bytes_val";
}
