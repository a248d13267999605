// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { FlushAllTarget as _milvus_proto_milvus_FlushAllTarget, FlushAllTarget__Output as _milvus_proto_milvus_FlushAllTarget__Output } from '../../../milvus/proto/milvus/FlushAllTarget.js';

export interface FlushAllRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'db_name'?: (string);
  'flush_targets'?: (_milvus_proto_milvus_FlushAllTarget)[];
}

export interface FlushAllRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'db_name': (string);
  'flush_targets': (_milvus_proto_milvus_FlushAllTarget__Output)[];
}
