// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { FieldData as _milvus_proto_schema_FieldData, FieldData__Output as _milvus_proto_schema_FieldData__Output } from '../../../milvus/proto/schema/FieldData.js';
import type { ElementIndices as _milvus_proto_milvus_ElementIndices, ElementIndices__Output as _milvus_proto_milvus_ElementIndices__Output } from '../../../milvus/proto/milvus/ElementIndices.js';
import type { Long } from '@grpc/proto-loader';

export interface QueryResults {
  'status'?: (_milvus_proto_common_Status | null);
  'fields_data'?: (_milvus_proto_schema_FieldData)[];
  'collection_name'?: (string);
  'output_fields'?: (string)[];
  'session_ts'?: (number | string | Long);
  'primary_field_name'?: (string);
  'element_indices'?: (_milvus_proto_milvus_ElementIndices)[];
}

export interface QueryResults__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'fields_data': (_milvus_proto_schema_FieldData__Output)[];
  'collection_name': (string);
  'output_fields': (string)[];
  'session_ts': (string);
  'primary_field_name': (string);
  'element_indices': (_milvus_proto_milvus_ElementIndices__Output)[];
}
