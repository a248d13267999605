// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { CompactionState as _milvus_proto_common_CompactionState, CompactionState__Output as _milvus_proto_common_CompactionState__Output } from '../../../milvus/proto/common/CompactionState.js';
import type { Long } from '@grpc/proto-loader';

export interface GetCompactionStateResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'state'?: (_milvus_proto_common_CompactionState);
  'executingPlanNo'?: (number | string | Long);
  'timeoutPlanNo'?: (number | string | Long);
  'completedPlanNo'?: (number | string | Long);
  'failedPlanNo'?: (number | string | Long);
}

export interface GetCompactionStateResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'state': (_milvus_proto_common_CompactionState__Output);
  'executingPlanNo': (string);
  'timeoutPlanNo': (string);
  'completedPlanNo': (string);
  'failedPlanNo': (string);
}
