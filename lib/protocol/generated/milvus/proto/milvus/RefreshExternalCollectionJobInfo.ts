// Original file: proto/milvus.proto

import type { RefreshExternalCollectionState as _milvus_proto_milvus_RefreshExternalCollectionState, RefreshExternalCollectionState__Output as _milvus_proto_milvus_RefreshExternalCollectionState__Output } from '../../../milvus/proto/milvus/RefreshExternalCollectionState.js';
import type { Long } from '@grpc/proto-loader';

export interface RefreshExternalCollectionJobInfo {
  'job_id'?: (number | string | Long);
  'collection_name'?: (string);
  'state'?: (_milvus_proto_milvus_RefreshExternalCollectionState);
  'progress'?: (number | string | Long);
  'reason'?: (string);
  'external_source'?: (string);
  'start_time'?: (number | string | Long);
  'end_time'?: (number | string | Long);
  'external_spec'?: (string);
}

export interface RefreshExternalCollectionJobInfo__Output {
  'job_id': (string);
  'collection_name': (string);
  'state': (_milvus_proto_milvus_RefreshExternalCollectionState__Output);
  'progress': (string);
  'reason': (string);
  'external_source': (string);
  'start_time': (string);
  'end_time': (string);
  'external_spec': (string);
}
