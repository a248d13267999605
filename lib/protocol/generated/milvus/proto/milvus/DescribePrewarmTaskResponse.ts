// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { PrewarmTaskState as _milvus_proto_milvus_PrewarmTaskState, PrewarmTaskState__Output as _milvus_proto_milvus_PrewarmTaskState__Output } from '../../../milvus/proto/milvus/PrewarmTaskState.js';

export interface DescribePrewarmTaskResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'taskID'?: (string);
  'state'?: (_milvus_proto_milvus_PrewarmTaskState);
  'progress'?: (number);
  'error_message'?: (string);
}

export interface DescribePrewarmTaskResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'taskID': (string);
  'state': (_milvus_proto_milvus_PrewarmTaskState__Output);
  'progress': (number);
  'error_message': (string);
}
