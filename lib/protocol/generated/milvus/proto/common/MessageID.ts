// Original file: proto/common.proto

import type { WALName as _milvus_proto_common_WALName, WALName__Output as _milvus_proto_common_WALName__Output } from '../../../milvus/proto/common/WALName.js';

export interface MessageID {
  'id'?: (string);
  'WAL_name'?: (_milvus_proto_common_WALName);
}

export interface MessageID__Output {
  'id': (string);
  'WAL_name': (_milvus_proto_common_WALName__Output);
}
