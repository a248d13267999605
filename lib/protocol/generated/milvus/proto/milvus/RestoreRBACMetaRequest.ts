// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { RBACMeta as _milvus_proto_milvus_RBACMeta, RBACMeta__Output as _milvus_proto_milvus_RBACMeta__Output } from '../../../milvus/proto/milvus/RBACMeta.js';

export interface RestoreRBACMetaRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'RBAC_meta'?: (_milvus_proto_milvus_RBACMeta | null);
}

export interface RestoreRBACMetaRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'RBAC_meta': (_milvus_proto_milvus_RBACMeta__Output | null);
}
