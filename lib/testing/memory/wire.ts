/**
 * The shapes of the Milvus messages the in-memory engine reads and writes, as proto-loader
 * decodes them with milvex's options (field names as in the .proto, 64-bit integers as decimal
 * strings, enums as numbers, defaults filled, oneofs named). Only the fields the engine uses
 * are listed; replies may carry more, and proto-loader fills the rest with defaults.
 */

/** Milvus `schema.DataType` numbers the engine stores. */
export const DataType = {
  None: 0,
  Bool: 1,
  Int8: 2,
  Int16: 3,
  Int32: 4,
  Int64: 5,
  Float: 10,
  Double: 11,
  String: 20,
  VarChar: 21,
  Array: 22,
  JSON: 23,
  BinaryVector: 100,
  FloatVector: 101,
} as const;

/** `common.KeyValuePair`. */
export interface KeyValuePair {
  key: string;
  value: string;
}

/** `schema.ValueField` (a default value); `data` names the member that is set. */
export interface ValueField {
  data?: string;
  bool_data?: boolean;
  int_data?: number;
  long_data?: string;
  float_data?: number;
  double_data?: number;
  string_data?: string;
  bytes_data?: Buffer;
}

/** `schema.FieldSchema`. */
export interface FieldSchemaMessage {
  fieldID?: string;
  name: string;
  is_primary_key?: boolean;
  description?: string;
  data_type: number;
  type_params?: KeyValuePair[];
  index_params?: KeyValuePair[];
  autoID?: boolean;
  element_type?: number;
  default_value?: ValueField | null;
  is_dynamic?: boolean;
  is_partition_key?: boolean;
  is_clustering_key?: boolean;
  nullable?: boolean;
}

/** `schema.CollectionSchema`. */
export interface CollectionSchemaMessage {
  name: string;
  description?: string;
  autoID?: boolean;
  fields: FieldSchemaMessage[];
  enable_dynamic_field?: boolean;
  properties?: KeyValuePair[];
  functions?: unknown[];
  dbName?: string;
}

/** `schema.ScalarField`: exactly one of the arrays, named by `data`. */
export interface ScalarField {
  data?: string;
  bool_data?: { data: boolean[] };
  int_data?: { data: number[] };
  long_data?: { data: Array<string | number> };
  float_data?: { data: number[] };
  double_data?: { data: number[] };
  string_data?: { data: string[] };
  json_data?: { data: Buffer[] };
}

/** `schema.VectorField`: the engine stores `float_vector` only. */
export interface VectorField {
  dim: string | number;
  data?: string;
  float_vector?: { data: number[] };
}

/** `schema.FieldData`: one column; `field` names the member that is set. */
export interface FieldData {
  type: number;
  field_name: string;
  field?: string;
  scalars?: ScalarField | null;
  vectors?: VectorField | null;
  field_id?: string;
  is_dynamic?: boolean;
  valid_data?: boolean[];
}

/** `schema.IDs`: Int64 (`int_id`) or VarChar (`str_id`) primary keys. */
export interface IDs {
  id_field?: string;
  int_id?: { data: string[] };
  str_id?: { data: string[] };
}

/** `schema.SearchResultData`. */
export interface SearchResultData {
  num_queries: string;
  top_k: string;
  fields_data: FieldData[];
  scores: number[];
  ids: IDs;
  topks: string[];
  output_fields: string[];
  primary_field_name: string;
}
