// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { ServerInfo as _milvus_proto_common_ServerInfo, ServerInfo__Output as _milvus_proto_common_ServerInfo__Output } from '../../../milvus/proto/common/ServerInfo.js';
import type { Long } from '@grpc/proto-loader';

export interface ConnectResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'server_info'?: (_milvus_proto_common_ServerInfo | null);
  'identifier'?: (number | string | Long);
}

export interface ConnectResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'server_info': (_milvus_proto_common_ServerInfo__Output | null);
  'identifier': (string);
}
