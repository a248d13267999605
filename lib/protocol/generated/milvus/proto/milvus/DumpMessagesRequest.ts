// Original file: proto/milvus.proto

import type { MessageID as _milvus_proto_common_MessageID, MessageID__Output as _milvus_proto_common_MessageID__Output } from '../../../milvus/proto/common/MessageID.js';
import type { Long } from '@grpc/proto-loader';

export interface DumpMessagesRequest {
  'pchannel'?: (string);
  'start_message_id'?: (_milvus_proto_common_MessageID | null);
  'start_timetick'?: (number | string | Long);
  'end_timetick'?: (number | string | Long);
  'include_start_message'?: (boolean);
}

export interface DumpMessagesRequest__Output {
  'pchannel': (string);
  'start_message_id': (_milvus_proto_common_MessageID__Output | null);
  'start_timetick': (string);
  'end_timetick': (string);
  'include_start_message': (boolean);
}
