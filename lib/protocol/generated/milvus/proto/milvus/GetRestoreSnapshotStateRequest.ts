// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface GetRestoreSnapshotStateRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'job_id'?: (number | string | Long);
}

export interface GetRestoreSnapshotStateRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'job_id': (string);
}
