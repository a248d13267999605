// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { RBACMeta as _milvus_proto_milvus_RBACMeta, RBACMeta__Output as _milvus_proto_milvus_RBACMeta__Output } from '../../../milvus/proto/milvus/RBACMeta.js';

export interface BackupRBACMetaResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'RBAC_meta'?: (_milvus_proto_milvus_RBACMeta | null);
}

export interface BackupRBACMetaResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'RBAC_meta': (_milvus_proto_milvus_RBACMeta__Output | null);
}
