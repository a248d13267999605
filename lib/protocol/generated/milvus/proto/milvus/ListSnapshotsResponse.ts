// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface ListSnapshotsResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'snapshots'?: (string)[];
}

export interface ListSnapshotsResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'snapshots': (string)[];
}
