// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface ListUsersWithTagRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'tag_key'?: (string);
  'tag_value'?: (string);
}

export interface ListUsersWithTagRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'tag_key': (string);
  'tag_value': (string);
}
