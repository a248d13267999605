// Original file: proto/schema.proto


// Original file: proto/schema.proto

export const _milvus_proto_schema_FieldPartialUpdateOp_OpType = {
  REPLACE: 0,
  ARRAY_APPEND: 1,
  ARRAY_REMOVE: 2,
} as const;

export type _milvus_proto_schema_FieldPartialUpdateOp_OpType =
  | 'REPLACE'
  | 0
  | 'ARRAY_APPEND'
  | 1
  | 'ARRAY_REMOVE'
  | 2

export type _milvus_proto_schema_FieldPartialUpdateOp_OpType__Output = typeof _milvus_proto_schema_FieldPartialUpdateOp_OpType[keyof typeof _milvus_proto_schema_FieldPartialUpdateOp_OpType]

export interface FieldPartialUpdateOp {
  'field_name'?: (string);
  'op'?: (_milvus_proto_schema_FieldPartialUpdateOp_OpType);
}

export interface FieldPartialUpdateOp__Output {
  'field_name': (string);
  'op': (_milvus_proto_schema_FieldPartialUpdateOp_OpType__Output);
}
