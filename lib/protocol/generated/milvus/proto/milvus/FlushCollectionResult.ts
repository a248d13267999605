// Original file: proto/milvus.proto

import type { LongArray as _milvus_proto_schema_LongArray, LongArray__Output as _milvus_proto_schema_LongArray__Output } from '../../../milvus/proto/schema/LongArray.js';
import type { MsgPosition as _milvus_proto_msg_MsgPosition, MsgPosition__Output as _milvus_proto_msg_MsgPosition__Output } from '../../../milvus/proto/msg/MsgPosition.js';
import type { Long } from '@grpc/proto-loader';

export interface FlushCollectionResult {
  'collection_name'?: (string);
  'segment_ids'?: (_milvus_proto_schema_LongArray | null);
  'flush_segment_ids'?: (_milvus_proto_schema_LongArray | null);
  'seal_time'?: (number | string | Long);
  'flush_ts'?: (number | string | Long);
  'channel_cps'?: ({[key: string]: _milvus_proto_msg_MsgPosition});
}

export interface FlushCollectionResult__Output {
  'collection_name': (string);
  'segment_ids': (_milvus_proto_schema_LongArray__Output | null);
  'flush_segment_ids': (_milvus_proto_schema_LongArray__Output | null);
  'seal_time': (string);
  'flush_ts': (string);
  'channel_cps': ({[key: string]: _milvus_proto_msg_MsgPosition__Output});
}
