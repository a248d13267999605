// Original file: proto/milvus.proto

import type { KeyValuePair as _milvus_proto_common_KeyValuePair, KeyValuePair__Output as _milvus_proto_common_KeyValuePair__Output } from '../../../milvus/proto/common/KeyValuePair.js';
import type { Long } from '@grpc/proto-loader';

export interface NamespaceStats {
  'stats'?: (_milvus_proto_common_KeyValuePair)[];
  'approx_entity_count'?: (number | string | Long);
  'entity_count'?: (number | string | Long);
  'entity_count_type'?: (string);
  'logical_bytes'?: (number | string | Long);
  'last_write_timestamp'?: (number | string | Long);
  'last_write_utc_timestamp'?: (number | string | Long);
}

export interface NamespaceStats__Output {
  'stats': (_milvus_proto_common_KeyValuePair__Output)[];
  'approx_entity_count': (string);
  'entity_count': (string);
  'entity_count_type': (string);
  'logical_bytes': (string);
  'last_write_timestamp': (string);
  'last_write_utc_timestamp': (string);
}
