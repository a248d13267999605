// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { NamespaceInfo as _milvus_proto_milvus_NamespaceInfo, NamespaceInfo__Output as _milvus_proto_milvus_NamespaceInfo__Output } from '../../../milvus/proto/milvus/NamespaceInfo.js';

export interface ListNamespacesResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'namespaces'?: (_milvus_proto_milvus_NamespaceInfo)[];
  'next_page_token'?: (string);
}

export interface ListNamespacesResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'namespaces': (_milvus_proto_milvus_NamespaceInfo__Output)[];
  'next_page_token': (string);
}
