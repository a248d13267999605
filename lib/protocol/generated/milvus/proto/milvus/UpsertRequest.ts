// Original file: proto/milvus.proto

import type { MsgBase as _milvus_proto_common_MsgBase, MsgBase__Output as _milvus_proto_common_MsgBase__Output } from '../../../milvus/proto/common/MsgBase.js';
import type { FieldData as _milvus_proto_schema_FieldData, FieldData__Output as _milvus_proto_schema_FieldData__Output } from '../../../milvus/proto/schema/FieldData.js';
import type { FieldPartialUpdateOp as _milvus_proto_schema_FieldPartialUpdateOp, FieldPartialUpdateOp__Output as _milvus_proto_schema_FieldPartialUpdateOp__Output } from '../../../milvus/proto/schema/FieldPartialUpdateOp.js';
import type { Long } from '@grpc/proto-loader';

export interface UpsertRequest {
  'base'?: (_milvus_proto_common_MsgBase | null);
  'db_name'?: (string);
  'collection_name'?: (string);
  'partition_name'?: (string);
  'fields_data'?: (_milvus_proto_schema_FieldData)[];
  'hash_keys'?: (number)[];
  'num_rows'?: (number);
  'schema_timestamp'?: (number | string | Long);
  'partial_update'?: (boolean);
  'namespace'?: (string);
  'field_ops'?: (_milvus_proto_schema_FieldPartialUpdateOp)[];
  '_namespace'?: "namespace";
}

export interface UpsertRequest__Output {
  'base': (_milvus_proto_common_MsgBase__Output | null);
  'db_name': (string);
  'collection_name': (string);
  'partition_name': (string);
  'fields_data': (_milvus_proto_schema_FieldData__Output)[];
  'hash_keys': (number)[];
  'num_rows': (number);
  'schema_timestamp': (string);
  'partial_update': (boolean);
  'namespace'?: (string);
  'field_ops': (_milvus_proto_schema_FieldPartialUpdateOp__Output)[];
  '_namespace'?: "namespace";
}
