// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';

export interface ExportSnapshotResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'snapshot_metadata_uri'?: (string);
}

export interface ExportSnapshotResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'snapshot_metadata_uri': (string);
}
