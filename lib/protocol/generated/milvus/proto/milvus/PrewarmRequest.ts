// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { Long } from '@grpc/proto-loader';

export interface PrewarmRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'db_name'?: (string);
  'collection_name'?: (string);
  'namespace'?: (string);
  'replica_number'?: (number);
  'resource_groups'?: (string)[];
  'load_fields'?: (string)[];
  'skip_load_dynamic_field'?: (boolean);
  'load_params'?: ({[key: string]: string});
  'ttl_seconds'?: (number | string | Long);
  'priority'?: (string);
  '_namespace'?: "namespace";
}

export interface PrewarmRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'db_name': (string);
  'collection_name': (string);
  'namespace'?: (string);
  'replica_number': (number);
  'resource_groups': (string)[];
  'load_fields': (string)[];
  'skip_load_dynamic_field': (boolean);
  'load_params': ({[key: string]: string});
  'ttl_seconds': (string);
  'priority': (string);
  '_namespace'?: "namespace";
}
