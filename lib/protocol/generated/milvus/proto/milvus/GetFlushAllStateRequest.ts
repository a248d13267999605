// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { FlushAllTarget as _milvus_proto_milvus_FlushAllTarget, FlushAllTarget__Output as _milvus_proto_milvus_FlushAllTarget__Output } from '../../../milvus/proto/milvus/FlushAllTarget.js';
import type { Long } from '@grpc/proto-loader';

export interface GetFlushAllStateRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'flush_all_ts'?: (number | string | Long);
  'db_name'?: (string);
  'flush_targets'?: (_milvus_proto_milvus_FlushAllTarget)[];
  'flush_all_tss'?: ({[key: string]: number | string | Long});
}

export interface GetFlushAllStateRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'flush_all_ts': (string);
  'db_name': (string);
  'flush_targets': (_milvus_proto_milvus_FlushAllTarget__Output)[];
  'flush_all_tss': ({[key: string]: string});
}
