// Original file: proto/common.proto

import type { MsgType as _milvus_proto_common_MsgType, MsgType__Output as _milvus_proto_common_MsgType__Output } from '../../../milvus/proto/common/MsgType.js';
import type { ReplicateInfo as _milvus_proto_common_ReplicateInfo, ReplicateInfo__Output as _milvus_proto_common_ReplicateInfo__Output } from '../../../milvus/proto/common/ReplicateInfo.js';
import type { Long } from '@grpc/proto-loader';

export interface MsgBase {
  'msg_type'?: (_milvus_proto_common_MsgType);
  'msgID'?: (number | string | Long);
  'timestamp'?: (number | string | Long);
  'sourceID'?: (number | string | Long);
  'targetID'?: (number | string | Long);
  'properties'?: ({[key: string]: string});
  'replicateInfo'?: (_milvus_proto_common_ReplicateInfo | null);
}

export interface MsgBase__Output {
  'msg_type': (_milvus_proto_common_MsgType__Output);
  'msgID': (string);
  'timestamp': (string);
  'sourceID': (string);
  'targetID': (string);
  'properties': ({[key: string]: string});
  'replicateInfo': (_milvus_proto_common_ReplicateInfo__Output | null);
}
