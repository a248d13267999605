// Original file: proto/schema.proto

import type { FunctionType as _milvus_proto_schema_FunctionType, FunctionType__Output as _milvus_proto_schema_FunctionType__Output } from '../../../milvus/proto/schema/FunctionType.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { Long } from '@grpc/proto-loader';

export interface FunctionSchema {
  'name'?: (string);
  'id'?: (number | string | Long);
  'description'?: (string);
  'type'?: (_milvus_proto_schema_FunctionType);
  'input_field_names'?: (string)[];
  'input_field_ids'?: (number | string | Long)[];
  'output_field_names'?: (string)[];
  'output_field_ids'?: (number | string | Long)[];
  'params'?: (_milvus_proto_common_KeyValuePair)[];
}

export interface FunctionSchema__Output {
  'name': (string);
  'id': (string);
  'description': (string);
  'type': (_milvus_proto_schema_FunctionType__Output);
  'input_field_names': (string)[];
  'input_field_ids': (string)[];
  'output_field_names': (string)[];
  'output_field_ids': (string)[];
  'params': (_milvus_proto_common_KeyValuePair__Output)[];
}
