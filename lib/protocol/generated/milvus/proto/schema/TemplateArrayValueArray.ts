// Original file: proto/schema.proto

import type { TemplateArrayValue as _milvus_proto_schema_TemplateArrayValue, TemplateArrayValue__Output as _milvus_proto_schema_TemplateArrayValue__Output } from '../../../milvus/proto/schema/TemplateArrayValue.js';

export interface TemplateArrayValueArray {
  'data'?: (_milvus_proto_schema_TemplateArrayValue)[];
}

export interface TemplateArrayValueArray__Output {
  'data': (_milvus_proto_schema_TemplateArrayValue__Output)[];
}
