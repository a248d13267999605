// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { NamespaceInfo as _milvus_proto_milvus_NamespaceInfo, NamespaceInfo__Output as _milvus_proto_milvus_NamespaceInfo__Output } from '../../../milvus/proto/milvus/NamespaceInfo.js';

export interface DescribeNamespaceResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'namespace'?: (_milvus_proto_milvus_NamespaceInfo | null);
}

export interface DescribeNamespaceResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'namespace': (_milvus_proto_milvus_NamespaceInfo__Output | null);
}
