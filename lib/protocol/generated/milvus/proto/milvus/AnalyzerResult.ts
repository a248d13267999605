// Original file: proto/milvus.proto

import type { AnalyzerToken as _milvus_proto_milvus_AnalyzerToken, AnalyzerToken__Output as _milvus_proto_milvus_AnalyzerToken__Output } from '../../../milvus/proto/milvus/AnalyzerToken.js';

export interface AnalyzerResult {
  'tokens'?: (_milvus_proto_milvus_AnalyzerToken)[];
}

export interface AnalyzerResult__Output {
  'tokens': (_milvus_proto_milvus_AnalyzerToken__Output)[];
}
