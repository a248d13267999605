// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { GetImportStateResponse as _milvus_proto_milvus_GetImportStateResponse, GetImportStateResponse__Output as _milvus_proto_milvus_GetImportStateResponse__Output } from '../../../milvus/proto/milvus/GetImportStateResponse.js';

export interface ListImportTasksResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'tasks'?: (_milvus_proto_milvus_GetImportStateResponse)[];
}

export interface ListImportTasksResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'tasks': (_milvus_proto_milvus_GetImportStateResponse__Output)[];
}
