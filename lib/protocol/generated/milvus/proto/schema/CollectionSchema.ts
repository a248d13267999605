// Original file: proto/schema.proto

import type { FieldSchema as _milvus_proto_schema_FieldSchema, FieldSchema__Output as _milvus_proto_schema_FieldSchema__Output } from '../../../milvus/proto/schema/FieldSchema.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { FunctionSchema as _milvus_proto_schema_FunctionSchema, FunctionSchema__Output as _milvus_proto_schema_FunctionSchema__Output } from '../../../milvus/proto/schema/FunctionSchema.js';
import type { StructArrayFieldSchema as _milvus_proto_schema_StructArrayFieldSchema, StructArrayFieldSchema__Output as _milvus_proto_schema_StructArrayFieldSchema__Output } from '../../../milvus/proto/schema/StructArrayFieldSchema.js';
import type { Long } from '@grpc/proto-loader';

export interface CollectionSchema {
  'name'?: (string);
  'description'?: (string);
  'autoID'?: (boolean);
  'fields'?: (_milvus_proto_schema_FieldSchema)[];
  'enable_dynamic_field'?: (boolean);
  'properties'?: (_milvus_proto_common_KeyValuePair)[];
  'functions'?: (_milvus_proto_schema_FunctionSchema)[];
  'dbName'?: (string);
  'struct_array_fields'?: (_milvus_proto_schema_StructArrayFieldSchema)[];
  'version'?: (number);
  'external_source'?: (string);
  'external_spec'?: (string);
  'do_physical_backfill'?: (boolean);
  'file_resource_ids'?: (number | string | Long)[];
  'enable_namespace'?: (boolean);
}

export interface CollectionSchema__Output {
  'name': (string);
  'description': (string);
  'autoID': (boolean);
  'fields': (_milvus_proto_schema_FieldSchema__Output)[];
  'enable_dynamic_field': (boolean);
  'properties': (_milvus_proto_common_KeyValuePair__Output)[];
  'functions': (_milvus_proto_schema_FunctionSchema__Output)[];
  'dbName': (string);
  'struct_array_fields': (_milvus_proto_schema_StructArrayFieldSchema__Output)[];
  'version': (number);
  'external_source': (string);
  'external_spec': (string);
  'do_physical_backfill': (boolean);
  'file_resource_ids': (string)[];
  'enable_namespace': (boolean);
}
