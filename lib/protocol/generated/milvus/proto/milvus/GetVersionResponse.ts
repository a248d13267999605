// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface GetVersionResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'version'?: (string);
}

export interface GetVersionResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'version': (string);
}
