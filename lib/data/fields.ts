/**
 * Field builders: `field.int64({ primaryKey: true })`, `field.floatVector({ dim: 384 })` and
 * the rest. Each returns a {@link Field}: what the field is at run time (its kind, Milvus
 * data type and parameters) and, as types only, what a row holds for it going in and coming
 * out, and its flags (nullable, optional, primary key, vector). `schema()` gathers fields;
 * `RowOf` and `StoredRowOf` read the types back.
 *
 * Values, going in and coming out:
 *
 * | kind | in | out |
 * |---|---|---|
 * | bool | boolean | boolean |
 * | int8, int16, int32 | number (an integer in range) | number |
 * | int64 | number (a safe integer, up to 2^53) or bigint | bigint (exact) |
 * | float, double | number | number |
 * | varchar | string | string |
 * | json | any JSON value | the parsed JSON |
 * | array | an array of its element's values | an array of its element's values |
 * | floatVector | Float32Array or number[] | Float32Array |
 * | binaryVector | Uint8Array (dim / 8 bytes, bits packed) | Uint8Array |
 * | float16Vector, bfloat16Vector | Float32Array, number[], or Uint8Array (raw 2 bytes a value) | Float32Array |
 * | sparseFloatVector | `{ indices, values }` or a `Map<index, value>` | `{ indices: Uint32Array, values: Float32Array }` |
 */
import { DataType } from '../protocol/generated/milvus/proto/schema/DataType.js';
import { InvalidError } from '../errors.js';

/** What kind of value a field holds. */
export type FieldKind =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'float'
  | 'double'
  | 'varchar'
  | 'json'
  | 'array'
  | 'floatVector'
  | 'binaryVector'
  | 'float16Vector'
  | 'bfloat16Vector'
  | 'sparseFloatVector';

/** A JSON value, as a JSON field or the dynamic field returns it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A sparse vector going in: ascending or not, indices unique, each below 2^32 - 1. */
export type SparseVectorInput = { readonly indices: ArrayLike<number>; readonly values: ArrayLike<number> } | ReadonlyMap<number, number>;

/** A sparse vector coming out: indices ascending. */
export interface SparseVectorOutput {
  readonly indices: Uint32Array;
  readonly values: Float32Array;
}

/** The type-level flags of a field, read by `RowOf` and the option types. */
export interface FieldFlags {
  /** A row may hold `null` (and may leave it out). */
  readonly nullable: boolean;
  /** A row may leave it out: it has a default value, or it is an auto-id primary key. */
  readonly optional: boolean;
  /** The primary key. */
  readonly primary: boolean;
  /** A vector field (searchable). */
  readonly vector: boolean;
}

/** Where a field keeps its value types: never set at run time, read by the row types. */
declare const VALUE_TYPES: unique symbol;

/**
 * One field of a schema, made by a `field.*` builder. The run-time part describes the field
 * to Milvus; `In`, `Out` and `Flags` exist only as types.
 *
 * @typeParam In - what a row holds for it when written
 * @typeParam Out - what a row holds for it when read back
 * @typeParam Flags - nullable, optional, primary key, vector
 */
export interface Field<In = unknown, Out = unknown, Flags extends FieldFlags = FieldFlags> {
  /** What kind of value it holds. */
  readonly kind: FieldKind;
  /** Its Milvus `DataType`. */
  readonly dataType: number;
  /** Whether a row may hold `null` for it. */
  readonly nullable: boolean;
  /** Whether it is the primary key. */
  readonly primaryKey: boolean;
  /** Whether the server makes its values (primary key only). */
  readonly autoId: boolean;
  /** Whether it is the partition key. */
  readonly partitionKey: boolean;
  /** The value stored when a row leaves it out, if any. */
  readonly defaultValue: unknown;
  /** Vector dimension (dense vectors), else 0. */
  readonly dim: number;
  /** VarChar maximum length in characters, else 0. */
  readonly maxLength: number;
  /** Array maximum number of elements, else 0. */
  readonly maxCapacity: number;
  /** The element of an array field. */
  readonly element: Field | undefined;
  /** A description stored with the schema. */
  readonly description: string;
  /** Types only. */
  readonly [VALUE_TYPES]?: { readonly in: In; readonly out: Out; readonly flags: Flags };
}

/** Options every field takes. */
export interface CommonOptions {
  /** Stored with the schema. */
  readonly description?: string;
}

/** Options of a scalar field. */
export interface ScalarOptions<T> extends CommonOptions {
  /** A row may hold `null`. @default false */
  readonly nullable?: boolean;
  /** Stored when a row leaves the field out. */
  readonly defaultValue?: T;
}

/** Options of a field that may be the primary key (int64, varchar). */
export interface KeyOptions<T> extends ScalarOptions<T> {
  /** The primary key (one field a schema). @default false */
  readonly primaryKey?: boolean;
  /** The server makes the primary key's values; rows leave it out on insert. @default false */
  readonly autoId?: boolean;
  /** Rows are spread over partitions by this field's value. @default false */
  readonly partitionKey?: boolean;
}

/** Options of a VarChar field. */
export interface VarcharOptions extends KeyOptions<string> {
  /** Maximum length in characters, 1..65535. */
  readonly maxLength: number;
}

/** Options of a dense vector field. */
export interface VectorOptions extends CommonOptions {
  /** Dimension, 1..32768 (binary vectors: a multiple of 8). */
  readonly dim: number;
}

/** Options of an array field. */
export interface ArrayOptions extends CommonOptions {
  /** Maximum number of elements, 1..4096. */
  readonly maxCapacity: number;
  /** A row may hold `null`. @default false */
  readonly nullable?: boolean;
}

/** The flags a scalar builder's options give. */
export type FlagsOf<O> = {
  readonly nullable: O extends { readonly nullable: true } ? true : false;
  readonly optional: O extends { readonly defaultValue: NonNullable<unknown> } ? true : O extends { readonly autoId: true } ? true : false;
  readonly primary: O extends { readonly primaryKey: true } ? true : false;
  readonly vector: false;
};

/** The flags of a vector field. */
export type VectorFlags = { readonly nullable: false; readonly optional: false; readonly primary: false; readonly vector: true };

/** A scalar field that may be an array's element (not a vector; json and array are refused at run time). */
export type ElementField = Field<unknown, unknown, FieldFlags & { readonly vector: false }>;

const DATA_TYPES: Readonly<Record<FieldKind, number>> = {
  bool: DataType.Bool,
  int8: DataType.Int8,
  int16: DataType.Int16,
  int32: DataType.Int32,
  int64: DataType.Int64,
  float: DataType.Float,
  double: DataType.Double,
  varchar: DataType.VarChar,
  json: DataType.JSON,
  array: DataType.Array,
  floatVector: DataType.FloatVector,
  binaryVector: DataType.BinaryVector,
  float16Vector: DataType.Float16Vector,
  bfloat16Vector: DataType.BFloat16Vector,
  sparseFloatVector: DataType.SparseFloatVector,
};

/** The field kind of each Milvus data type this library reads and writes. */
export const KIND_OF_DATA_TYPE: ReadonlyMap<number, FieldKind> = new Map(Object.entries(DATA_TYPES).map(([kind, type]) => [type, kind as FieldKind]));

const OPTION_NAMES: Readonly<Record<string, readonly string[]>> = {
  scalar: ['description', 'nullable', 'defaultValue'],
  key: ['description', 'nullable', 'defaultValue', 'primaryKey', 'autoId', 'partitionKey'],
  varchar: ['description', 'nullable', 'defaultValue', 'primaryKey', 'autoId', 'partitionKey', 'maxLength'],
  vector: ['description', 'dim'],
  sparse: ['description'],
  array: ['description', 'maxCapacity', 'nullable'],
};

function checkOptions(kind: FieldKind, options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidError('options', `Invalid options of field.${kind}(): expected an object with ${allowed.join(', ')}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new InvalidError(key, `Invalid option "${key}" of field.${kind}(): expected one of ${allowed.join(', ')}`);
  }
  return options as Record<string, unknown>;
}

function checkInteger(kind: FieldKind, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidError(name, `Invalid option "${name}" of field.${kind}(): expected an integer ${min}..${max}, got ${String(value)}`);
  }
  return value;
}

function checkFlag(kind: FieldKind, name: string, value: unknown): boolean {
  if (value !== undefined && typeof value !== 'boolean')
    throw new InvalidError(name, `Invalid option "${name}" of field.${kind}(): expected true or false`);
  return value === true;
}

/** Builds a field; its value types are the caller's (types only, nothing at run time holds them). */
function make<In, Out, Flags extends FieldFlags>(
  kind: FieldKind,
  options: Record<string, unknown>,
  extra: Partial<Field> = {},
): Field<In, Out, Flags> {
  const description = options['description'];
  if (description !== undefined && typeof description !== 'string') {
    throw new InvalidError('description', `Invalid option "description" of field.${kind}(): expected a string`);
  }
  const built: Field = {
    kind,
    dataType: DATA_TYPES[kind],
    nullable: checkFlag(kind, 'nullable', options['nullable']),
    primaryKey: checkFlag(kind, 'primaryKey', options['primaryKey']),
    autoId: checkFlag(kind, 'autoId', options['autoId']),
    partitionKey: checkFlag(kind, 'partitionKey', options['partitionKey']),
    defaultValue: options['defaultValue'],
    dim: 0,
    maxLength: 0,
    maxCapacity: 0,
    element: undefined,
    description: description ?? '',
    ...extra,
  };
  if (built.autoId && !built.primaryKey) throw new InvalidError('autoId', `Invalid option "autoId" of field.${kind}(): only a primary key has it`);
  if (built.primaryKey && (built.nullable || built.defaultValue !== undefined)) {
    throw new InvalidError('primaryKey', `Invalid options of field.${kind}(): a primary key is neither nullable nor has a default value`);
  }
  return Object.freeze(built) as Field<In, Out, Flags>;
}

/** A scalar builder of `kind` whose rows hold `T`, in and out. */
function scalar<T>(kind: FieldKind) {
  return <const O extends ScalarOptions<T> = object>(options?: O): Field<T, T, FlagsOf<O>> =>
    make(kind, checkOptions(kind, options, OPTION_NAMES['scalar'] ?? []));
}

function vector<In, Out>(kind: FieldKind, multipleOf: number) {
  return (options: VectorOptions): Field<In, Out, VectorFlags> => {
    const checked = checkOptions(kind, options, OPTION_NAMES['vector'] ?? []);
    const dim = checkInteger(kind, 'dim', checked['dim'], 1, 32_768);
    if (dim % multipleOf !== 0)
      throw new InvalidError('dim', `Invalid option "dim" of field.${kind}(): expected a multiple of ${multipleOf}, got ${dim}`);
    return make(kind, checked, { dim });
  };
}

/**
 * The field builders.
 *
 * ## Example
 * ```ts
 * const Docs = schema({
 *   id: field.int64({ primaryKey: true }),
 *   embedding: field.floatVector({ dim: 4 }),
 *   title: field.varchar({ maxLength: 200 }),
 *   year: field.int32({ nullable: true }),
 *   tags: field.array(field.varchar({ maxLength: 32 }), { maxCapacity: 16 }),
 * });
 * console.log(Docs.fields.embedding.dim);
 * // Output: 4
 * ```
 */
export const field = Object.freeze({
  /** A boolean. */
  bool: scalar<boolean>('bool'),
  /** An integer -128..127. */
  int8: scalar<number>('int8'),
  /** An integer -32768..32767. */
  int16: scalar<number>('int16'),
  /** An integer -2^31..2^31-1. */
  int32: scalar<number>('int32'),
  /** A 64-bit integer: written as a safe-integer number or a bigint, read back as bigint. May be the primary key. */
  int64: <const O extends KeyOptions<number | bigint> = object>(options?: O): Field<number | bigint, bigint, FlagsOf<O>> =>
    make('int64', checkOptions('int64', options, OPTION_NAMES['key'] ?? [])),
  /** A 32-bit float. */
  float: scalar<number>('float'),
  /** A 64-bit float. */
  double: scalar<number>('double'),
  /** A string of at most `maxLength` UTF-8 bytes (as Milvus counts it). May be the primary key. */
  varchar: <const O extends VarcharOptions>(options: O): Field<string, string, FlagsOf<O>> => {
    const checked = checkOptions('varchar', options, OPTION_NAMES['varchar'] ?? []);
    return make('varchar', checked, { maxLength: checkInteger('varchar', 'maxLength', checked['maxLength'], 1, 65_535) });
  },
  /** Any JSON value. */
  json: <const O extends ScalarOptions<unknown> = object>(options?: O): Field<unknown, JsonValue, FlagsOf<O>> =>
    make('json', checkOptions('json', options, OPTION_NAMES['scalar'] ?? [])),
  /** An array of at most `maxCapacity` values of a scalar element (not json, array or a vector). */
  array: <E extends ElementField, const O extends ArrayOptions>(
    element: E,
    options: O,
  ): Field<ReadonlyArray<InOf<E>>, Array<OutOf<E>>, FlagsOf<Omit<O, 'defaultValue'>>> => {
    const checked = checkOptions('array', options, OPTION_NAMES['array'] ?? []);
    const kind = (element as Partial<Field> | undefined)?.kind;
    if (kind === undefined || kind === 'json' || kind === 'array' || kind.endsWith('Vector')) {
      throw new InvalidError(
        'element',
        'Invalid element of field.array(): expected a scalar field such as field.int32() or field.varchar({ maxLength })',
      );
    }
    if (element.primaryKey || element.nullable || element.defaultValue !== undefined) {
      throw new InvalidError('element', 'Invalid element of field.array(): an element is neither a primary key, nullable, nor has a default value');
    }
    return make('array', checked, { element, maxCapacity: checkInteger('array', 'maxCapacity', checked['maxCapacity'], 1, 4096) });
  },
  /** A dense vector of 32-bit floats, `dim` of them. */
  floatVector: vector<Float32Array | readonly number[], Float32Array>('floatVector', 1),
  /** A binary vector of `dim` bits (a multiple of 8), as `dim / 8` bytes. */
  binaryVector: vector<Uint8Array, Uint8Array>('binaryVector', 8),
  /** A dense vector of half-precision floats: written as floats or as raw little-endian bytes (2 a value), read back as floats. */
  float16Vector: vector<Float32Array | readonly number[] | Uint8Array, Float32Array>('float16Vector', 1),
  /** A dense vector of bfloat16 values: written as floats or as raw little-endian bytes (2 a value), read back as floats. */
  bfloat16Vector: vector<Float32Array | readonly number[] | Uint8Array, Float32Array>('bfloat16Vector', 1),
  /** A sparse vector of 32-bit floats. */
  sparseFloatVector: (options?: CommonOptions): Field<SparseVectorInput, SparseVectorOutput, VectorFlags> =>
    make('sparseFloatVector', checkOptions('sparseFloatVector', options, OPTION_NAMES['sparse'] ?? [])),
});

/** What a row holds for a field when written. */
export type InOf<F> = F extends Field<infer In, unknown, FieldFlags> ? In : never;
/** What a row holds for a field when read back. */
export type OutOf<F> = F extends Field<unknown, infer Out, FieldFlags> ? Out : never;
/** The type-level flags of a field. */
export type FlagsOfField<F> = F extends Field<unknown, unknown, infer Flags> ? Flags : never;

/** Whether a field kind is a vector. */
export function isVectorKind(kind: FieldKind): boolean {
  return kind.endsWith('Vector');
}
