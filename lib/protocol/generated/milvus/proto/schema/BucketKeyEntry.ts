// Original file: proto/schema.proto

import type { Long } from '@grpc/proto-loader';

export interface BucketKeyEntry {
  'field_id'?: (number | string | Long);
  'field_name'?: (string);
  'int_val'?: (number | string | Long);
  'string_val'?: (string);
  'bool_val'?: (boolean);
  'value'?: "int_val"|"string_val"|"bool_val";
}

export interface BucketKeyEntry__Output {
  'field_id': (string);
  'field_name': (string);
  'int_val'?: (string);
  'string_val'?: (string);
  'bool_val'?: (boolean);
  'value'?: "int_val"|"string_val"|"bool_val";
}
