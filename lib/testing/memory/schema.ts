/**
 * Collection schemas: checks a `CollectionSchema` the way Milvus's proxy does before it
 * creates a collection, and turns it into the engine's field list. Field IDs start at 100 as
 * in Milvus; a dynamic schema gains the hidden JSON field `$meta`.
 */
import { type Bm25Function, checkFunctions } from './bm25.js';
import { checkName } from './names.js';
import { fail } from './status.js';
import { VECTOR_KINDS, type VectorKind } from './vector-kinds.js';
import { type CollectionSchemaMessage, DataType, type DataTypeNumber, type FieldSchemaMessage, type KeyValuePair, type ValueField } from './wire.js';

/** A JSON value as stored in a JSON or dynamic field. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One element of an Array field's value: as the scalar of its element type. */
export type Element = boolean | number | bigint | string;

/**
 * A stored scalar: booleans, numbers for Int8..Int32, Float, Double, bigint for Int64, strings
 * for VarChar, parsed JSON (`Json` already holds the booleans, numbers and strings), and for
 * Array fields a list of elements.
 */
export type Scalar = bigint | Json | readonly Element[];

/** One field of a collection as the engine uses it. */
export interface Field {
  readonly id: number;
  readonly name: string;
  /** Its `DataType`. */
  readonly type: DataTypeNumber;
  readonly primary: boolean;
  readonly autoId: boolean;
  /** Vector dimension (bits for a binary vector); 0 for scalars and sparse vectors. */
  readonly dim: number;
  /** What kind of vector the field holds; undefined for scalars. */
  readonly vector: VectorKind | undefined;
  /** VarChar `max_length` (also of VarChar array elements); 0 otherwise. */
  readonly maxLength: number;
  /** For Array fields: the `DataType` of the elements and `max_capacity`; otherwise None (0) and 0. */
  readonly elementType: DataTypeNumber;
  readonly maxCapacity: number;
  readonly nullable: boolean;
  /** The hidden `$meta` field of a dynamic schema. */
  readonly dynamic: boolean;
  /** The partition key (`is_partition_key`): its value picks the row's partition. */
  readonly partitionKey: boolean;
  /** Written by a schema function (BM25), never by a client. */
  readonly functionOutput: boolean;
  /** The value stored when a row omits the field, if the schema gives one. */
  readonly defaultValue: Scalar | undefined;
  /** The field as DescribeCollection returns it. */
  readonly message: FieldSchemaMessage;
}

/** A checked collection schema. */
export interface Schema {
  readonly description: string;
  readonly fields: readonly Field[];
  readonly primary: Field;
  /** Every vector field, in schema order. */
  readonly vectors: readonly Field[];
  /** The `$meta` field when the dynamic field is enabled. */
  readonly dynamicField: Field | undefined;
  /** The partition key field, if the schema has one. */
  readonly partitionKey: Field | undefined;
  /** The BM25 functions. */
  readonly functions: readonly Bm25Function[];
  /** The schema as DescribeCollection returns it (without its name, which can change). */
  readonly message: Omit<CollectionSchemaMessage, 'name'>;
}

/** The name Milvus gives the hidden JSON field of a dynamic schema. */
export const DYNAMIC_FIELD = '$meta';

/** The first field ID Milvus hands out. */
const FIRST_FIELD_ID = 100;
const MAX_DIM = 32_768;
const MAX_VARCHAR_LENGTH = 65_535;
const MAX_ARRAY_CAPACITY = 4096;

const SCALAR_TYPES = new Set<number>([
  DataType.Bool,
  DataType.Int8,
  DataType.Int16,
  DataType.Int32,
  DataType.Int64,
  DataType.Float,
  DataType.Double,
  DataType.VarChar,
  DataType.JSON,
  DataType.Timestamptz,
  DataType.Geometry,
  DataType.Array,
]);

/** The element types an Array field may have (Milvus's `ValidateArrayElementType`). */
const ARRAY_ELEMENT_TYPES = new Set<number>([
  DataType.Bool,
  DataType.Int8,
  DataType.Int16,
  DataType.Int32,
  DataType.Int64,
  DataType.Float,
  DataType.Double,
  DataType.VarChar,
]);

const TYPE_NAMES: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(DataType).map(([name, value]) => [value, name]));

/** The `DataType` name of a number, for messages. */
export function typeName(type: number): string {
  return TYPE_NAMES[type] ?? `DataType(${type})`;
}

/** The value of `key` in Milvus key/value params, if present. */
export function param(params: readonly KeyValuePair[] | undefined, key: string): string | undefined {
  return params?.find((pair) => pair.key === key)?.value;
}

/** An integer type param, or undefined when absent. @throws MilvusFailure 1100 when not an integer */
function integerParam(field: FieldSchemaMessage, key: string, problem: string): number | undefined {
  const text = param(field.type_params, key);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value)) fail('parameterInvalid', problem);
  return value;
}

/** A dense vector's `dim`: binary vectors count bits, a multiple of 8 (Milvus allows up to 32768 x 8 of them). */
function vectorDim(field: FieldSchemaMessage, type: number): number {
  if (type !== DataType.BinaryVector) return dimension(field, MAX_DIM);
  const dim = dimension(field, MAX_DIM * 8);
  if (dim % 8 !== 0) fail('parameterInvalid', `invalid dimension: ${dim} of field ${field.name}. binary vector dimension should be multiple of 8`);
  return dim;
}

/** A vector's `dim`, checked with Milvus's `validateDimension` wording. */
function dimension(field: FieldSchemaMessage, max: number): number {
  const dim = integerParam(field, 'dim', `invalid dimension: ${param(field.type_params, 'dim') ?? ''} of field ${field.name}`);
  if (dim === undefined) {
    fail('parameterInvalid', `dimension is not defined in field type params of field ${field.name}, check type param \`dim\` for vector field`);
  }
  if (dim <= 1) fail('parameterInvalid', `invalid dimension: ${dim}. should be in range 2 ~ ${max}`);
  if (dim > max) fail('parameterInvalid', `invalid dimension: ${dim} of field ${field.name}. float vector dimension should be in range 2 ~ ${max}`);
  return dim;
}

/** A VarChar's (or VarChar array's) `max_length`, checked with Milvus's `validateMaxLengthPerRow` wording. */
function maxLength(field: FieldSchemaMessage, collection: string): number {
  const length = integerParam(field, 'max_length', `the value for max_length of field ${field.name} must be an integer`);
  if (length === undefined)
    fail('parameterMissing', `type param(max_length) should be specified for the field(${field.name}) of collection ${collection}`);
  if (length <= 0 || length > MAX_VARCHAR_LENGTH) {
    fail(
      'parameterInvalid',
      `the maximum length specified for the field(${field.name}) should be in (0, ${MAX_VARCHAR_LENGTH}], but got ${length} instead`,
    );
  }
  return length;
}

/** An Array's `max_capacity`, checked with Milvus's `getMaxCapacityPerRow` wording. */
function maxCapacity(field: FieldSchemaMessage, collection: string): number {
  const capacity = integerParam(field, 'max_capacity', `the value for max_capacity of field ${field.name} must be an integer`);
  if (capacity === undefined)
    fail('parameterMissing', `type param(max_capacity) should be specified for array field ${field.name} of collection ${collection}`);
  if (capacity <= 0 || capacity > MAX_ARRAY_CAPACITY)
    fail('parameterInvalid', `the maximum capacity specified for a Array should be in (0, ${MAX_ARRAY_CAPACITY}]`);
  return capacity;
}

/** An Array's element type, checked as Milvus's `ValidateArrayElementType` does. */
function elementType(field: FieldSchemaMessage): DataTypeNumber {
  const type = field.element_type ?? DataType.None;
  if (type === DataType.String) fail('parameterInvalid', 'string data type not supported yet, please use VarChar type instead');
  if (type === DataType.None) fail('parameterInvalid', 'element data type None is not valid');
  if (!ARRAY_ELEMENT_TYPES.has(type)) fail('parameterInvalid', `element type ${typeName(type)} is not supported`);
  return type;
}

function defaultOf(field: FieldSchemaMessage): Scalar | undefined {
  const value: ValueField | null | undefined = field.default_value;
  if (value?.data === undefined) return undefined;
  if (value.data === 'long_data') return BigInt(value.long_data ?? 0);
  // A Timestamptz default is int64 microseconds (the official SDK converts an ISO default to them).
  if (value.data === 'timestamptz_data') return BigInt(value.timestamptz_data ?? 0);
  if (value.data === 'bytes_data') return value.bytes_data?.toString() ?? '';
  return (value as Record<string, Scalar>)[value.data];
}

function checkField(message: FieldSchemaMessage, id: number, collection: string): Field {
  checkName('field', message.name);
  const type = message.data_type;
  const kind = VECTOR_KINDS.get(type);
  const vector = kind?.dense === true;
  if (kind === undefined && !SCALAR_TYPES.has(type)) {
    fail('parameterInvalid', `data type ${typeName(type)} of field ${message.name} is not supported by the milvex test server`);
  }
  const primary = message.is_primary_key === true;
  if (primary && type !== DataType.Int64 && type !== DataType.VarChar) {
    fail('parameterInvalid', `the data type of primary key should be Int64 or VarChar, field ${message.name} is ${typeName(type)}`);
  }
  if (message.autoID === true && !primary) fail('parameterInvalid', `only the primary key can be auto_id, not field ${message.name}`);
  if (primary && message.nullable === true) fail('parameterInvalid', `primary key field ${message.name} can not be nullable`);
  if (kind !== undefined && message.nullable === true)
    fail('parameterInvalid', `vector field ${message.name} can not be nullable in the milvex test server`);
  const partitionKey = message.is_partition_key === true;
  if (partitionKey && primary) fail('parameterInvalid', `the partition key field must not be primary field`);
  if (partitionKey && type !== DataType.Int64 && type !== DataType.VarChar)
    fail('parameterInvalid', `the data type of partition key should be Int64 or VarChar`);
  if (partitionKey && message.nullable === true) fail('parameterInvalid', `partition key field not support nullable`);
  const array = type === DataType.Array;
  const elements = array ? elementType(message) : DataType.None;
  return {
    id,
    name: message.name,
    type,
    primary,
    autoId: primary && message.autoID === true,
    dim: vector ? vectorDim(message, type) : 0,
    vector: kind,
    maxLength: type === DataType.VarChar || elements === DataType.VarChar ? maxLength(message, collection) : 0,
    elementType: elements,
    maxCapacity: array ? maxCapacity(message, collection) : 0,
    nullable: message.nullable === true,
    dynamic: false,
    partitionKey,
    functionOutput: false,
    defaultValue: defaultOf(message),
    message: { ...message, fieldID: String(id), is_dynamic: false },
  };
}

function dynamicField(id: number): Field {
  const message: FieldSchemaMessage = {
    fieldID: String(id),
    name: DYNAMIC_FIELD,
    description: 'dynamic schema',
    data_type: DataType.JSON,
    is_dynamic: true,
  };
  return {
    id,
    name: DYNAMIC_FIELD,
    type: DataType.JSON,
    primary: false,
    autoId: false,
    dim: 0,
    vector: undefined,
    maxLength: 0,
    elementType: DataType.None,
    maxCapacity: 0,
    nullable: false,
    dynamic: true,
    partitionKey: false,
    functionOutput: false,
    defaultValue: undefined,
    message,
  };
}

/**
 * Checks a schema for CreateCollection and builds the engine's view of it.
 *
 * @param message - the decoded `CollectionSchema`
 * @param collection - the collection's name, which Milvus's messages name
 * @throws MilvusFailure 1100 or 1101 naming the field and what is allowed
 */
export function checkSchema(message: CollectionSchemaMessage, collection: string): Schema {
  if (message.fields.length === 0) fail('parameterInvalid', 'the schema has no fields');
  const checked = message.fields.map((field, i) => checkField(field, FIRST_FIELD_ID + i, collection));
  const names = new Set<string>();
  for (const field of checked) {
    if (names.has(field.name)) fail('parameterInvalid', `duplicated field name ${field.name} found`);
    names.add(field.name);
  }
  const { fields, functions, messages } = checkFunctions(message.functions ?? [], checked);
  const primaries = fields.filter((field) => field.primary);
  const primary = primaries[0];
  if (primary === undefined) fail('parameterInvalid', 'primary key is not specified');
  if (primaries.length > 1) fail('parameterInvalid', 'there are more than one primary key');
  const keys = fields.filter((field) => field.partitionKey);
  if (keys.length > 1) fail('parameterInvalid', 'there are more than one partition key');
  const vectors = fields.filter((field) => field.vector !== undefined);
  if (vectors.length === 0) fail('parameterInvalid', 'schema does not contain vector field');
  const dynamic = message.enable_dynamic_field === true ? dynamicField(FIRST_FIELD_ID + fields.length) : undefined;
  const all = dynamic === undefined ? fields : [...fields, dynamic];
  return {
    description: message.description ?? '',
    fields: all,
    primary,
    vectors,
    dynamicField: dynamic,
    partitionKey: keys[0],
    functions,
    message: {
      description: message.description ?? '',
      autoID: primary.autoId,
      fields: all.map((field) => field.message),
      enable_dynamic_field: dynamic !== undefined,
      properties: message.properties ?? [],
      functions: messages,
    },
  };
}
