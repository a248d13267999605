// Original file: proto/milvus.proto

import type { ReplicateConfiguration as _milvus_proto_common_ReplicateConfiguration, ReplicateConfiguration__Output as _milvus_proto_common_ReplicateConfiguration__Output } from '../../../milvus/proto/common/ReplicateConfiguration.js';

export interface UpdateReplicateConfigurationRequest {
  'replicate_configuration'?: (_milvus_proto_common_ReplicateConfiguration | null);
  'force_promote'?: (boolean);
}

export interface UpdateReplicateConfigurationRequest__Output {
  'replicate_configuration': (_milvus_proto_common_ReplicateConfiguration__Output | null);
  'force_promote': (boolean);
}
