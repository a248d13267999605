// Original file: proto/common.proto

import type { MetricAggSpec as _milvus_proto_common_MetricAggSpec, MetricAggSpec__Output as _milvus_proto_common_MetricAggSpec__Output } from '../../../milvus/proto/common/MetricAggSpec.js';
import type { OrderSpec as _milvus_proto_common_OrderSpec, OrderSpec__Output as _milvus_proto_common_OrderSpec__Output } from '../../../milvus/proto/common/OrderSpec.js';
import type { TopHitsSpec as _milvus_proto_common_TopHitsSpec, TopHitsSpec__Output as _milvus_proto_common_TopHitsSpec__Output } from '../../../milvus/proto/common/TopHitsSpec.js';
import type { SearchAggregationSpec as _milvus_proto_common_SearchAggregationSpec, SearchAggregationSpec__Output as _milvus_proto_common_SearchAggregationSpec__Output } from '../../../milvus/proto/common/SearchAggregationSpec.js';
import type { Long } from '@grpc/proto-loader';

export interface SearchAggregationSpec {
  'fields'?: (string)[];
  'size'?: (number | string | Long);
  'metrics'?: ({[key: string]: _milvus_proto_common_MetricAggSpec});
  'order'?: (_milvus_proto_common_OrderSpec)[];
  'top_hits'?: (_milvus_proto_common_TopHitsSpec | null);
  'sub_aggregation'?: (_milvus_proto_common_SearchAggregationSpec | null);
  'search_size'?: (number | string | Long);
}

export interface SearchAggregationSpec__Output {
  'fields': (string)[];
  'size': (string);
  'metrics': ({[key: string]: _milvus_proto_common_MetricAggSpec__Output});
  'order': (_milvus_proto_common_OrderSpec__Output)[];
  'top_hits': (_milvus_proto_common_TopHitsSpec__Output | null);
  'sub_aggregation': (_milvus_proto_common_SearchAggregationSpec__Output | null);
  'search_size': (string);
}
