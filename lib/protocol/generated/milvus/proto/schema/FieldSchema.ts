// Original file: proto/schema.proto

import type { DataType as _milvus_proto_schema_DataType, DataType__Output as _milvus_proto_schema_DataType__Output } from '../../../milvus/proto/schema/DataType.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { FieldState as _milvus_proto_schema_FieldState, FieldState__Output as _milvus_proto_schema_FieldState__Output } from '../../../milvus/proto/schema/FieldState.js';
import type { ValueField as _milvus_proto_schema_ValueField, ValueField__Output as _milvus_proto_schema_ValueField__Output } from '../../../milvus/proto/schema/ValueField.js';
import type { Long } from '@grpc/proto-loader';

export interface FieldSchema {
  'fieldID'?: (number | string | Long);
  'name'?: (string);
  'is_primary_key'?: (boolean);
  'description'?: (string);
  'data_type'?: (_milvus_proto_schema_DataType);
  'type_params'?: (_milvus_proto_common_KeyValuePair)[];
  'index_params'?: (_milvus_proto_common_KeyValuePair)[];
  'autoID'?: (boolean);
  'state'?: (_milvus_proto_schema_FieldState);
  'element_type'?: (_milvus_proto_schema_DataType);
  'default_value'?: (_milvus_proto_schema_ValueField | null);
  'is_dynamic'?: (boolean);
  'is_partition_key'?: (boolean);
  'is_clustering_key'?: (boolean);
  'nullable'?: (boolean);
  'is_function_output'?: (boolean);
  'external_field'?: (string);
}

export interface FieldSchema__Output {
  'fieldID': (string);
  'name': (string);
  'is_primary_key': (boolean);
  'description': (string);
  'data_type': (_milvus_proto_schema_DataType__Output);
  'type_params': (_milvus_proto_common_KeyValuePair__Output)[];
  'index_params': (_milvus_proto_common_KeyValuePair__Output)[];
  'autoID': (boolean);
  'state': (_milvus_proto_schema_FieldState__Output);
  'element_type': (_milvus_proto_schema_DataType__Output);
  'default_value': (_milvus_proto_schema_ValueField__Output | null);
  'is_dynamic': (boolean);
  'is_partition_key': (boolean);
  'is_clustering_key': (boolean);
  'nullable': (boolean);
  'is_function_output': (boolean);
  'external_field': (string);
}
