// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { FieldSchema as _milvus_proto_schema_FieldSchema, FieldSchema__Output as _milvus_proto_schema_FieldSchema__Output } from '../../../milvus/proto/schema/FieldSchema.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { FunctionSchema as _milvus_proto_schema_FunctionSchema, FunctionSchema__Output as _milvus_proto_schema_FunctionSchema__Output } from '../../../milvus/proto/schema/FunctionSchema.js';
import type { Long } from '@grpc/proto-loader';

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_Action {
  'add_request'?: (_milvus_proto_milvus_AlterCollectionSchemaRequest_AddRequest | null);
  'drop_request'?: (_milvus_proto_milvus_AlterCollectionSchemaRequest_DropRequest | null);
  'op'?: "add_request"|"drop_request";
}

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_Action__Output {
  'add_request'?: (_milvus_proto_milvus_AlterCollectionSchemaRequest_AddRequest__Output | null);
  'drop_request'?: (_milvus_proto_milvus_AlterCollectionSchemaRequest_DropRequest__Output | null);
  'op'?: "add_request"|"drop_request";
}

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_AddRequest {
  'field_infos'?: (_milvus_proto_milvus_AlterCollectionSchemaRequest_FieldInfo)[];
  'func_schema'?: (_milvus_proto_schema_FunctionSchema)[];
  'do_physical_backfill'?: (boolean);
}

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_AddRequest__Output {
  'field_infos': (_milvus_proto_milvus_AlterCollectionSchemaRequest_FieldInfo__Output)[];
  'func_schema': (_milvus_proto_schema_FunctionSchema__Output)[];
  'do_physical_backfill': (boolean);
}

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_DropRequest {
  'field_name'?: (string);
  'field_id'?: (number | string | Long);
  'function_name'?: (string);
  'drop_function_output_fields'?: (boolean);
  'identifier'?: "field_name"|"field_id"|"function_name";
}

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_DropRequest__Output {
  'field_name'?: (string);
  'field_id'?: (string);
  'function_name'?: (string);
  'drop_function_output_fields': (boolean);
  'identifier'?: "field_name"|"field_id"|"function_name";
}

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_FieldInfo {
  'field_schema'?: (_milvus_proto_schema_FieldSchema | null);
  'index_name'?: (string);
  'extra_params'?: (_milvus_proto_common_KeyValuePair)[];
}

export interface _milvus_proto_milvus_AlterCollectionSchemaRequest_FieldInfo__Output {
  'field_schema': (_milvus_proto_schema_FieldSchema__Output | null);
  'index_name': (string);
  'extra_params': (_milvus_proto_common_KeyValuePair__Output)[];
}

export interface AlterCollectionSchemaRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'db_name'?: (string);
  'collection_name'?: (string);
  'collectionID'?: (number | string | Long);
  'action'?: (_milvus_proto_milvus_AlterCollectionSchemaRequest_Action | null);
}

export interface AlterCollectionSchemaRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'db_name': (string);
  'collection_name': (string);
  'collectionID': (string);
  'action': (_milvus_proto_milvus_AlterCollectionSchemaRequest_Action__Output | null);
}
