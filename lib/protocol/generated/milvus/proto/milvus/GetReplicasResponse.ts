// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { ReplicaInfo as _milvus_proto_milvus_ReplicaInfo, ReplicaInfo__Output as _milvus_proto_milvus_ReplicaInfo__Output } from '../../../milvus/proto/milvus/ReplicaInfo.js';

export interface GetReplicasResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'replicas'?: (_milvus_proto_milvus_ReplicaInfo)[];
}

export interface GetReplicasResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'replicas': (_milvus_proto_milvus_ReplicaInfo__Output)[];
}
