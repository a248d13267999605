// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface ListUsersWithTagResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'user_names'?: (string)[];
}

export interface ListUsersWithTagResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'user_names': (string)[];
}
