// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { FlushAllState as _milvus_proto_milvus_FlushAllState, FlushAllState__Output as _milvus_proto_milvus_FlushAllState__Output } from '../../../milvus/proto/milvus/FlushAllState.js';

export interface GetFlushAllStateResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'flushed'?: (boolean);
  'flush_states'?: (_milvus_proto_milvus_FlushAllState)[];
}

export interface GetFlushAllStateResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'flushed': (boolean);
  'flush_states': (_milvus_proto_milvus_FlushAllState__Output)[];
}
