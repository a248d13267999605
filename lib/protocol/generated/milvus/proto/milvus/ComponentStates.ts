// Original file: proto/milvus.proto

import type { ComponentInfo as _milvus_proto_milvus_ComponentInfo, ComponentInfo__Output as _milvus_proto_milvus_ComponentInfo__Output } from '../../../milvus/proto/milvus/ComponentInfo.js';
import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface ComponentStates {
  'state'?: (_milvus_proto_milvus_ComponentInfo | null);
  'subcomponent_states'?: (_milvus_proto_milvus_ComponentInfo)[];
  'status'?: (_milvus_proto_common_Status | null);
}

export interface ComponentStates__Output {
  'state': (_milvus_proto_milvus_ComponentInfo__Output | null);
  'subcomponent_states': (_milvus_proto_milvus_ComponentInfo__Output)[];
  'status': (_milvus_proto_common_Status__Output | null);
}
