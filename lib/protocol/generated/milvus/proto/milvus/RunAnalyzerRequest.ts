// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface RunAnalyzerRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'analyzer_params'?: (string);
  'placeholder'?: (Buffer | Uint8Array | string)[];
  'with_detail'?: (boolean);
  'with_hash'?: (boolean);
  'db_name'?: (string);
  'collection_name'?: (string);
  'field_name'?: (string);
  'analyzer_names'?: (string)[];
}

export interface RunAnalyzerRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'analyzer_params': (string);
  'placeholder': (Buffer)[];
  'with_detail': (boolean);
  'with_hash': (boolean);
  'db_name': (string);
  'collection_name': (string);
  'field_name': (string);
  'analyzer_names': (string)[];
}
