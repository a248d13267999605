// Original file: proto/common.proto

import type { SortSpec as _milvus_proto_common_SortSpec, SortSpec__Output as _milvus_proto_common_SortSpec__Output } from '../../../milvus/proto/common/SortSpec.js';
import type { Long } from '@grpc/proto-loader';

export interface TopHitsSpec {
  'size'?: (number | string | Long);
  'sort'?: (_milvus_proto_common_SortSpec)[];
}

export interface TopHitsSpec__Output {
  'size': (string);
  'sort': (_milvus_proto_common_SortSpec__Output)[];
}
