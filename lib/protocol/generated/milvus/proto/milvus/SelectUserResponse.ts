// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { UserResult as _milvus_proto_milvus_UserResult, UserResult__Output as _milvus_proto_milvus_UserResult__Output } from '../../../milvus/proto/milvus/UserResult.js';

export interface SelectUserResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'results'?: (_milvus_proto_milvus_UserResult)[];
}

export interface SelectUserResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'results': (_milvus_proto_milvus_UserResult__Output)[];
}
