// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { IndexState as _milvus_proto_common_IndexState, IndexState__Output as _milvus_proto_common_IndexState__Output } from '../../../milvus/proto/common/IndexState.js';

export interface GetIndexStateResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'state'?: (_milvus_proto_common_IndexState);
  'fail_reason'?: (string);
}

export interface GetIndexStateResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'state': (_milvus_proto_common_IndexState__Output);
  'fail_reason': (string);
}
