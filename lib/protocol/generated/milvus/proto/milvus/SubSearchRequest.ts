// Original file: proto/milvus.proto

import type { DslType as _milvus_proto_common_DslType, DslType__Output as _milvus_proto_common_DslType__Output } from '../../../milvus/proto/common/DslType.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { TemplateValue as _milvus_proto_schema_TemplateValue, TemplateValue__Output as _milvus_proto_schema_TemplateValue__Output } from '../../../milvus/proto/schema/TemplateValue.js';
import type { Long } from '@grpc/proto-loader';

export interface SubSearchRequest {
  'dsl'?: (string);
  'placeholder_group'?: (Buffer | Uint8Array | string);
  'dsl_type'?: (_milvus_proto_common_DslType);
  'search_params'?: (_milvus_proto_common_KeyValuePair)[];
  'nq'?: (number | string | Long);
  'expr_template_values'?: ({[key: string]: _milvus_proto_schema_TemplateValue});
  'namespace'?: (string);
  '_namespace'?: "namespace";
}

export interface SubSearchRequest__Output {
  'dsl': (string);
  'placeholder_group': (Buffer);
  'dsl_type': (_milvus_proto_common_DslType__Output);
  'search_params': (_milvus_proto_common_KeyValuePair__Output)[];
  'nq': (string);
  'expr_template_values': ({[key: string]: _milvus_proto_schema_TemplateValue__Output});
  'namespace'?: (string);
  '_namespace'?: "namespace";
}
