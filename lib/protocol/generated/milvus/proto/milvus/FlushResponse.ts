// Original file: proto/milvus.proto

import type { Status as _milvus_proto_common_Status, Status__Output as _milvus_proto_common_Status__Output } from '../../../milvus/proto/common/Status.js';
import type { LongArray as _milvus_proto_schema_LongArray, LongArray__Output as _milvus_proto_schema_LongArray__Output } from '../../../milvus/proto/schema/LongArray.js';
import type { MsgPosition as _milvus_proto_msg_MsgPosition, MsgPosition__Output as _milvus_proto_msg_MsgPosition__Output } from '../../../milvus/proto/msg/MsgPosition.js';
import type { Long } from '@grpc/proto-loader';

export interface FlushResponse {
  'status'?: (_milvus_proto_common_Status | null);
  'db_name'?: (string);
  'coll_segIDs'?: ({[key: string]: _milvus_proto_schema_LongArray});
  'flush_coll_segIDs'?: ({[key: string]: _milvus_proto_schema_LongArray});
  'coll_seal_times'?: ({[key: string]: number | string | Long});
  'coll_flush_ts'?: ({[key: string]: number | string | Long});
  'channel_cps'?: ({[key: string]: _milvus_proto_msg_MsgPosition});
}

export interface FlushResponse__Output {
  'status': (_milvus_proto_common_Status__Output | null);
  'db_name': (string);
  'coll_segIDs': ({[key: string]: _milvus_proto_schema_LongArray__Output});
  'flush_coll_segIDs': ({[key: string]: _milvus_proto_schema_LongArray__Output});
  'coll_seal_times': ({[key: string]: string});
  'coll_flush_ts': ({[key: string]: string});
  'channel_cps': ({[key: string]: _milvus_proto_msg_MsgPosition__Output});
}
