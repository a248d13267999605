// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';

export interface LoadCollectionRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'db_name'?: (string);
  'collection_name'?: (string);
  'replica_number'?: (number);
  'resource_groups'?: (string)[];
  'refresh'?: (boolean);
  'load_fields'?: (string)[];
  'skip_load_dynamic_field'?: (boolean);
  'load_params'?: ({[key: string]: string});
}

export interface LoadCollectionRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'db_name': (string);
  'collection_name': (string);
  'replica_number': (number);
  'resource_groups': (string)[];
  'refresh': (boolean);
  'load_fields': (string)[];
  'skip_load_dynamic_field': (boolean);
  'load_params': ({[key: string]: string});
}
