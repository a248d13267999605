// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { GrantEntity as _milvus_proto_milvus_GrantEntity, GrantEntity__Output as _milvus_proto_milvus_GrantEntity__Output } from '../../../milvus/proto/milvus/GrantEntity.js';

export interface SelectGrantResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'entities'?: (_milvus_proto_milvus_GrantEntity)[];
}

export interface SelectGrantResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'entities': (_milvus_proto_milvus_GrantEntity__Output)[];
}
