// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { ReplicateConfiguration as _milvus_proto_common_ReplicateConfiguration, ReplicateConfiguration__Output as _milvus_proto_common_ReplicateConfiguration__Output } from '../../../milvus/proto/common/ReplicateConfiguration.js';

export interface GetReplicateConfigurationResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'configuration'?: (_milvus_proto_common_ReplicateConfiguration | null);
}

export interface GetReplicateConfigurationResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'configuration': (_milvus_proto_common_ReplicateConfiguration__Output | null);
}
