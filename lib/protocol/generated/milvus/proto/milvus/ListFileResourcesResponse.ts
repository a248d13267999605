// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { FileResourceInfo as _milvus_proto_milvus_FileResourceInfo, FileResourceInfo__Output as _milvus_proto_milvus_FileResourceInfo__Output } from '../../../milvus/proto/milvus/FileResourceInfo.js';

export interface ListFileResourcesResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'resources'?: (_milvus_proto_milvus_FileResourceInfo)[];
}

export interface ListFileResourcesResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'resources': (_milvus_proto_milvus_FileResourceInfo__Output)[];
}
