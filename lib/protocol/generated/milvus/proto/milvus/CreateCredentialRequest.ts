// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface CreateCredentialRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'username'?: (string);
  'password'?: (string);
  'created_utc_timestamps'?: (number | string | Long);
  'modified_utc_timestamps'?: (number | string | Long);
  'description'?: (string);
  '_description'?: "description";
}

export interface CreateCredentialRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'username': (string);
  'password': (string);
  'created_utc_timestamps': (string);
  'modified_utc_timestamps': (string);
  'description'?: (string);
  '_description'?: "description";
}
