// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface ComputePhraseMatchSlopRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'analyzer_params'?: (string);
  'query_text'?: (string);
  'data_texts'?: (string)[];
}

export interface ComputePhraseMatchSlopRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'analyzer_params': (string);
  'query_text': (string);
  'data_texts': (string)[];
}
