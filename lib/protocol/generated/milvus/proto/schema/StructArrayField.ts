// Original file: proto/schema.proto

import type { FieldData as _milvus_proto_schema_FieldData, FieldData__Output as _milvus_proto_schema_FieldData__Output } from '../../../milvus/proto/schema/FieldData.js';

export interface StructArrayField {
  'fields'?: (_milvus_proto_schema_FieldData)[];
}

export interface StructArrayField__Output {
  'fields': (_milvus_proto_schema_FieldData__Output)[];
}
