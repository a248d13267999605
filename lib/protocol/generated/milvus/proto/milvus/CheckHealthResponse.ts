// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { QuotaState as _milvus_proto_milvus_QuotaState, QuotaState__Output as _milvus_proto_milvus_QuotaState__Output } from '../../../milvus/proto/milvus/QuotaState.js';

export interface CheckHealthResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'isHealthy'?: (boolean);
  'reasons'?: (string)[];
  'quota_states'?: (_milvus_proto_milvus_QuotaState)[];
}

export interface CheckHealthResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'isHealthy': (boolean);
  'reasons': (string)[];
  'quota_states': (_milvus_proto_milvus_QuotaState__Output)[];
}
