/**
 * The Milvus messages the in-memory engine reads and writes, as the types `lib/protocol/generated/`
 * holds for `proto/` (field names as in the .proto, 64-bit integers as decimal strings, enums
 * as numbers). Schemas keep only their name and type required, so the engine's own specs can
 * write a field as `{ name, data_type }`; a decoded request has every field and fits as well.
 * Replies are built in the generators' input types, which decoded messages also fit.
 */
import type { KeyValuePair__Output } from '../../protocol/generated/milvus/proto/common/KeyValuePair.js';
import type { CollectionSchema__Output } from '../../protocol/generated/milvus/proto/schema/CollectionSchema.js';
import type { FieldData as FieldDataMessage, FieldData__Output } from '../../protocol/generated/milvus/proto/schema/FieldData.js';
import type { FieldSchema__Output } from '../../protocol/generated/milvus/proto/schema/FieldSchema.js';
import type { FunctionSchema__Output } from '../../protocol/generated/milvus/proto/schema/FunctionSchema.js';
import type { IDs as IDsMessage } from '../../protocol/generated/milvus/proto/schema/IDs.js';
import type { ScalarField as ScalarFieldMessage } from '../../protocol/generated/milvus/proto/schema/ScalarField.js';
import type { SearchResultData as SearchResultDataMessage } from '../../protocol/generated/milvus/proto/schema/SearchResultData.js';
import type { ValueField__Output } from '../../protocol/generated/milvus/proto/schema/ValueField.js';

export type { ConsistencyLevel__Output as ConsistencyLevel } from '../../protocol/generated/milvus/proto/common/ConsistencyLevel.js';
export { DataType, type DataType__Output as DataTypeNumber } from '../../protocol/generated/milvus/proto/schema/DataType.js';

/** `common.KeyValuePair`. */
export type KeyValuePair = KeyValuePair__Output;

/** `schema.ValueField` (a default value); `data` names the member that is set. */
export type ValueField = ValueField__Output;

/** `schema.FieldSchema`: a name and a type, and whatever else the client set. */
export type FieldSchemaMessage = Pick<FieldSchema__Output, 'name' | 'data_type'> & Partial<FieldSchema__Output>;

/** `schema.FunctionSchema` (a BM25 function, say). */
export type FunctionSchemaMessage = Partial<FunctionSchema__Output> & Pick<FunctionSchema__Output, 'name'>;

/** `schema.CollectionSchema`: its fields, and whatever else the client set. */
export type CollectionSchemaMessage = Partial<Omit<CollectionSchema__Output, 'fields'>> & { fields: FieldSchemaMessage[] };

/** `schema.FieldData` in a reply: one column; `field` names the member that is set. */
export type FieldData = FieldDataMessage;

/** `schema.FieldData` of a request: its name, and whatever else the client set. */
export type ColumnMessage = Pick<FieldData__Output, 'field_name'> & Partial<FieldData__Output>;

/** `schema.ScalarField`: exactly one of the arrays, named by `data`. */
export type ScalarField = ScalarFieldMessage;

/** `schema.IDs`: Int64 (`int_id`) or VarChar (`str_id`) primary keys. */
export type IDs = IDsMessage;

/** `schema.SearchResultData`. */
export type SearchResultData = SearchResultDataMessage;
