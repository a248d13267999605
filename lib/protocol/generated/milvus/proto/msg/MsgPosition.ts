// Original file: proto/msg.proto

import type { WALName as _milvus_proto_common_WALName, WALName__Output as _milvus_proto_common_WALName__Output } from '../../../milvus/proto/common/WALName.js';
import type { Long } from '@grpc/proto-loader';

export interface MsgPosition {
  'channel_name'?: (string);
  'msgID'?: (Buffer | Uint8Array | string);
  'msgGroup'?: (string);
  'timestamp'?: (number | string | Long);
  'WAL_name'?: (_milvus_proto_common_WALName);
}

export interface MsgPosition__Output {
  'channel_name': (string);
  'msgID': (Buffer);
  'msgGroup': (string);
  'timestamp': (string);
  'WAL_name': (_milvus_proto_common_WALName__Output);
}
