// Original file: proto/common.proto

import type { HighlightData as _milvus_proto_common_HighlightData, HighlightData__Output as _milvus_proto_common_HighlightData__Output } from '../../../milvus/proto/common/HighlightData.js';

export interface HighlightResult {
  'field_name'?: (string);
  'datas'?: (_milvus_proto_common_HighlightData)[];
}

export interface HighlightResult__Output {
  'field_name': (string);
  'datas': (_milvus_proto_common_HighlightData__Output)[];
}
