// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { GrantEntity as _milvus_proto_milvus_GrantEntity, GrantEntity__Output as _milvus_proto_milvus_GrantEntity__Output } from '../../../milvus/proto/milvus/GrantEntity.js';

export interface SelectGrantRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'entity'?: (_milvus_proto_milvus_GrantEntity | null);
}

export interface SelectGrantRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'entity': (_milvus_proto_milvus_GrantEntity__Output | null);
}
