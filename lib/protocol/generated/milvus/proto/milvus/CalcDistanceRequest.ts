// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { VectorsArray as _milvus_proto_milvus_VectorsArray, VectorsArray__Output as _milvus_proto_milvus_VectorsArray__Output } from '../../../milvus/proto/milvus/VectorsArray.js';
import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';

export interface CalcDistanceRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'op_left'?: (_milvus_proto_milvus_VectorsArray | null);
  'op_right'?: (_milvus_proto_milvus_VectorsArray | null);
  'params'?: (_milvus_proto_common_KeyValuePair)[];
}

export interface CalcDistanceRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'op_left': (_milvus_proto_milvus_VectorsArray__Output | null);
  'op_right': (_milvus_proto_milvus_VectorsArray__Output | null);
  'params': (_milvus_proto_common_KeyValuePair__Output)[];
}
