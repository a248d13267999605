// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { PersistentSegmentInfo as _milvus_proto_milvus_PersistentSegmentInfo, PersistentSegmentInfo__Output as _milvus_proto_milvus_PersistentSegmentInfo__Output } from '../../../milvus/proto/milvus/PersistentSegmentInfo.js';

export interface GetPersistentSegmentInfoResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'infos'?: (_milvus_proto_milvus_PersistentSegmentInfo)[];
}

export interface GetPersistentSegmentInfoResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'infos': (_milvus_proto_milvus_PersistentSegmentInfo__Output)[];
}
