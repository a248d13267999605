// Original file: proto/milvus.proto

import type { RestoreSnapshotState as _milvus_proto_milvus_RestoreSnapshotState, RestoreSnapshotState__Output as _milvus_proto_milvus_RestoreSnapshotState__Output } from '../../../milvus/proto/milvus/RestoreSnapshotState.js';
import type { Long } from '@grpc/proto-loader';

export interface RestoreSnapshotInfo {
  'job_id'?: (number | string | Long);
  'snapshot_name'?: (string);
  'db_name'?: (string);
  'collection_name'?: (string);
  'state'?: (_milvus_proto_milvus_RestoreSnapshotState);
  'progress'?: (number);
  'reason'?: (string);
  'start_time'?: (number | string | Long);
  'time_cost'?: (number | string | Long);
}

export interface RestoreSnapshotInfo__Output {
  'job_id': (string);
  'snapshot_name': (string);
  'db_name': (string);
  'collection_name': (string);
  'state': (_milvus_proto_milvus_RestoreSnapshotState__Output);
  'progress': (number);
  'reason': (string);
  'start_time': (string);
  'time_cost': (string);
}
