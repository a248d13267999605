// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { DslType as _milvus_proto_common_DslType, DslType__Output as _milvus_proto_common_DslType__Output } from '../../../milvus/proto/common/DslType.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { ConsistencyLevel as _milvus_proto_common_ConsistencyLevel, ConsistencyLevel__Output as _milvus_proto_common_ConsistencyLevel__Output } from '../../../milvus/proto/common/ConsistencyLevel.js';
import type { SubSearchRequest as _milvus_proto_milvus_SubSearchRequest, SubSearchRequest__Output as _milvus_proto_milvus_SubSearchRequest__Output } from '../../../milvus/proto/milvus/SubSearchRequest.js';
import type { TemplateValue as _milvus_proto_schema_TemplateValue, TemplateValue__Output as _milvus_proto_schema_TemplateValue__Output } from '../../../milvus/proto/schema/TemplateValue.js';
import type { FunctionScore as _milvus_proto_schema_FunctionScore, FunctionScore__Output as _milvus_proto_schema_FunctionScore__Output } from '../../../milvus/proto/schema/FunctionScore.js';
import type { Highlighter as _milvus_proto_common_Highlighter, Highlighter__Output as _milvus_proto_common_Highlighter__Output } from '../../../milvus/proto/common/Highlighter.js';
import type { IDs as _milvus_proto_schema_IDs, IDs__Output as _milvus_proto_schema_IDs__Output } from '../../../milvus/proto/schema/IDs.js';
import type { SearchAggregationSpec as _milvus_proto_common_SearchAggregationSpec, SearchAggregationSpec__Output as _milvus_proto_common_SearchAggregationSpec__Output } from '../../../milvus/proto/common/SearchAggregationSpec.js';
import type { FunctionChain as _milvus_proto_schema_FunctionChain, FunctionChain__Output as _milvus_proto_schema_FunctionChain__Output } from '../../../milvus/proto/schema/FunctionChain.js';
import type { Long } from '@grpc/proto-loader';

export interface SearchRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'db_name'?: (string);
  'collection_name'?: (string);
  'partition_names'?: (string)[];
  'dsl'?: (string);
  'placeholder_group'?: (Buffer | Uint8Array | string);
  'dsl_type'?: (_milvus_proto_common_DslType);
  'output_fields'?: (string)[];
  'search_params'?: (_milvus_proto_common_KeyValuePair)[];
  'travel_timestamp'?: (number | string | Long);
  'guarantee_timestamp'?: (number | string | Long);
  'nq'?: (number | string | Long);
  'not_return_all_meta'?: (boolean);
  'consistency_level'?: (_milvus_proto_common_ConsistencyLevel);
  'use_default_consistency'?: (boolean);
  'search_by_primary_keys'?: (boolean);
  'sub_reqs'?: (_milvus_proto_milvus_SubSearchRequest)[];
  'expr_template_values'?: ({[key: string]: _milvus_proto_schema_TemplateValue});
  'function_score'?: (_milvus_proto_schema_FunctionScore | null);
  'namespace'?: (string);
  'highlighter'?: (_milvus_proto_common_Highlighter | null);
  'ids'?: (_milvus_proto_schema_IDs | null);
  'search_aggregation'?: (_milvus_proto_common_SearchAggregationSpec | null);
  'function_chains'?: (_milvus_proto_schema_FunctionChain)[];
  'search_input'?: "placeholder_group"|"ids";
  '_namespace'?: "namespace";
}

export interface SearchRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'db_name': (string);
  'collection_name': (string);
  'partition_names': (string)[];
  'dsl': (string);
  'placeholder_group'?: (Buffer);
  'dsl_type': (_milvus_proto_common_DslType__Output);
  'output_fields': (string)[];
  'search_params': (_milvus_proto_common_KeyValuePair__Output)[];
  'travel_timestamp': (string);
  'guarantee_timestamp': (string);
  'nq': (string);
  'not_return_all_meta': (boolean);
  'consistency_level': (_milvus_proto_common_ConsistencyLevel__Output);
  'use_default_consistency': (boolean);
  'search_by_primary_keys': (boolean);
  'sub_reqs': (_milvus_proto_milvus_SubSearchRequest__Output)[];
  'expr_template_values': ({[key: string]: _milvus_proto_schema_TemplateValue__Output});
  'function_score': (_milvus_proto_schema_FunctionScore__Output | null);
  'namespace'?: (string);
  'highlighter': (_milvus_proto_common_Highlighter__Output | null);
  'ids'?: (_milvus_proto_schema_IDs__Output | null);
  'search_aggregation': (_milvus_proto_common_SearchAggregationSpec__Output | null);
  'function_chains': (_milvus_proto_schema_FunctionChain__Output)[];
  'search_input'?: "placeholder_group"|"ids";
  '_namespace'?: "namespace";
}
