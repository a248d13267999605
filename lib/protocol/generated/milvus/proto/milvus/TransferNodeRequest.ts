// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface TransferNodeRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'source_resource_group'?: (string);
  'target_resource_group'?: (string);
  'num_node'?: (number);
}

export interface TransferNodeRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'source_resource_group': (string);
  'target_resource_group': (string);
  'num_node': (number);
}
