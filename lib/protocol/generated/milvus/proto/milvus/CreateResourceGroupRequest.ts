// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { ResourceGroupConfig as _milvus_proto_rg_ResourceGroupConfig, ResourceGroupConfig__Output as _milvus_proto_rg_ResourceGroupConfig__Output } from '../../../milvus/proto/rg/ResourceGroupConfig.js';

export interface CreateResourceGroupRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'resource_group'?: (string);
  'config'?: (_milvus_proto_rg_ResourceGroupConfig | null);
}

export interface CreateResourceGroupRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'resource_group': (string);
  'config': (_milvus_proto_rg_ResourceGroupConfig__Output | null);
}
