// Original file: proto/milvus.proto

import type { ReplicateMessage as _milvus_proto_milvus_ReplicateMessage, ReplicateMessage__Output as _milvus_proto_milvus_ReplicateMessage__Output } from '../../../milvus/proto/milvus/ReplicateMessage.js';

export interface ReplicateRequest {
  'replicate_message'?: (_milvus_proto_milvus_ReplicateMessage | null);
  'request'?: "replicate_message";
}

export interface ReplicateRequest__Output {
  'replicate_message'?: (_milvus_proto_milvus_ReplicateMessage__Output | null);
  'request'?: "replicate_message";
}
