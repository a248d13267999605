/**
 * Column data on the wire (`FieldData`, `IDs`) to the engine's values and back. Int64 values
 * travel as decimal strings and live as bigint; JSON travels as UTF-8 bytes and lives parsed;
 * vectors travel as flat float lists and live in `Float32Array`s; an Array value travels as one
 * `ScalarField` of its element type and lives as a list. Nullable columns carry
 * `valid_data`; their values come either one per row or only for the valid rows, and both
 * are read (the official SDKs send either).
 */
import type { Batch, Key } from './batch.js';
import type { RowStore } from './rows.js';
import { DYNAMIC_FIELD, type Element, type Field, type Json, type Scalar, type Schema, typeName } from './schema.js';
import { fail } from './status.js';
import { checkWkt, formatTimestamptz, parseTimestamptz } from './timestamptz.js';
import { type SparseRow, type VectorColumn, denseColumn, denseOutput, sparseColumn, sparseOutput } from './vector-kinds.js';
import { type ColumnMessage, DataType, type FieldData, type IDs, type ScalarField } from './wire.js';

/** A member of the ScalarField oneof. */
type ScalarMember = NonNullable<ScalarField['data']>;

/** The ScalarField member that carries each scalar type. */
const SCALAR_MEMBER: Readonly<Record<number, ScalarMember>> = {
  [DataType.Bool]: 'bool_data',
  [DataType.Int8]: 'int_data',
  [DataType.Int16]: 'int_data',
  [DataType.Int32]: 'int_data',
  [DataType.Int64]: 'long_data',
  [DataType.Float]: 'float_data',
  [DataType.Double]: 'double_data',
  [DataType.VarChar]: 'string_data',
  [DataType.JSON]: 'json_data',
  // ISO 8601 text, as the official SDKs send it (timestamptz_data, microseconds, is read too).
  [DataType.Timestamptz]: 'string_data',
  [DataType.Geometry]: 'geometry_wkt_data',
  [DataType.Array]: 'array_data',
};

/** How Milvus's array check names each element type's data in its messages. */
const ARRAY_KIND: Readonly<Record<number, string>> = {
  [DataType.Bool]: 'bool',
  [DataType.Int8]: 'int',
  [DataType.Int16]: 'int',
  [DataType.Int32]: 'int',
  [DataType.Int64]: 'int64',
  [DataType.Float]: 'float',
  [DataType.Double]: 'double',
  [DataType.VarChar]: 'string',
};

/** A ScalarField member as Go names its oneof wrapper (`string_data` -> `*schemapb.ScalarField_StringData`). */
function goMember(member: string): string {
  return `*schemapb.ScalarField_${member.replace(/(^|_)([a-z])/g, (_, __: string, letter: string) => letter.toUpperCase())}`;
}

/** The elements of one Array value, checked against the element type as Milvus's `checkArrayElement` does. */
function arrayElements(field: Field, value: ScalarField): Element[] {
  const member = SCALAR_MEMBER[field.elementType] as ScalarMember;
  const kind = `${ARRAY_KIND[field.elementType] ?? typeName(field.elementType)} array`;
  const sent = value.data;
  if (sent === undefined) fail('parameterInvalid', 'insert data does not match', { expected: kind, actual: 'nil array' });
  if (sent !== member) fail('parameterInvalid', 'insert data does not match', { expected: kind, actual: `${goMember(sent)} array` });
  const data = (value[member] as { data?: unknown[] } | null | undefined)?.data ?? [];
  return field.elementType === DataType.Int64 ? data.map((item) => BigInt(item as string)) : (data as Element[]);
}

/**
 * A JSON value from its bytes. No bytes at all stand for no value, as the official SDK sends a
 * missing JSON value (and Milvus takes it): null in a nullable field, `{}` in another.
 */
function parseJson(field: Field, bytes: Buffer | string): Json {
  if (bytes.length === 0) return field.nullable ? null : {};
  try {
    return JSON.parse(bytes.toString()) as Json;
  } catch {
    return fail('parameterInvalid', `the value of JSON field ${field.name} is not valid JSON`);
  }
}

/** The values of one scalar column, one per row (null where `valid_data` says so). */
function scalarValues(column: ColumnMessage, field: Field, count: number): Array<Scalar | null> {
  const micros = field.type === DataType.Timestamptz && column.scalars?.data === 'timestamptz_data';
  const member = micros ? 'timestamptz_data' : (SCALAR_MEMBER[field.type] as ScalarMember);
  const sent = column.scalars?.[member] as { data: unknown[] } | null | undefined;
  if (sent === undefined || sent === null) {
    if (field.type === DataType.Array) {
      fail('parameterInvalid', `array field '${field.name}' is illegal, array type mismatch`, {
        expected: `need ${typeName(field.elementType)} array`,
        actual: 'got nil',
      });
    }
    fail('parameterInvalid', `field ${field.name} is ${typeName(field.type)}, but its data is not ${member}`);
  }
  const raw = sent.data;
  const convert = (value: unknown): Scalar => {
    if (field.type === DataType.Int64 || micros) return BigInt(value as string);
    if (field.type === DataType.JSON) return parseJson(field, value as Buffer);
    if (field.type === DataType.Array) return arrayElements(field, value as ScalarField);
    if (field.type === DataType.Timestamptz) return parseTimestamptz(value as string, field.name);
    if (field.type === DataType.Geometry) checkWkt(value as string, field.name);
    return value as Scalar;
  };
  const valid = column.valid_data ?? [];
  if (valid.length === 0) return raw.map(convert);
  if (valid.length !== count)
    fail('parameterInvalid', `the length of valid_data of field ${field.name} (${valid.length}) is not the number of rows (${count})`);
  const dense = raw.length === valid.length;
  let next = 0;
  return valid.map((isValid, row) => {
    const value = dense ? raw[row] : raw[next];
    if (isValid && !dense) next += 1;
    return isValid ? convert(value) : null;
  });
}

/**
 * The columns of an Insert or Upsert as a batch.
 *
 * @throws MilvusFailure 1100 when a column's type or shape does not fit its field
 */
export function toBatch(schema: Schema, columns: readonly ColumnMessage[], numRows: number): Batch {
  const scalars = new Map<string, Array<Scalar | null>>();
  const vectors = new Map<string, Float32Array>();
  const sparse = new Map<string, SparseRow[]>();
  for (const column of columns) {
    const name = column.is_dynamic === true ? DYNAMIC_FIELD : column.field_name;
    const field = schema.fields.find((candidate) => candidate.name === name);
    if (field === undefined) {
      // Left for the batch check, which names the unexpected field.
      scalars.set(name, []);
      continue;
    }
    const kind = field.vector;
    if (kind !== undefined) {
      const sent = (column.vectors ?? {}) as VectorColumn;
      if (kind.dense) vectors.set(name, denseColumn(kind, sent, numRows, field.dim, name));
      else sparse.set(name, sparseColumn(sent, numRows, name));
    } else {
      scalars.set(name, scalarValues(column, field, numRows));
    }
  }
  return { count: numRows, columns: scalars, vectors, sparse };
}

/** Primary keys on the wire. */
export function toIds(schema: Schema, keys: readonly Key[]): IDs {
  const data = keys.map(String);
  return schema.primary.type === DataType.Int64 ? { id_field: 'int_id', int_id: { data } } : { id_field: 'str_id', str_id: { data } };
}

/** An Array value on the wire: one ScalarField of the element type. */
function arrayField(elementType: number, elements: readonly Element[]): ScalarField {
  const member = SCALAR_MEMBER[elementType] as ScalarMember;
  return { data: member, [member]: { data: elementType === DataType.Int64 ? elements.map(String) : elements } };
}

/** The value written on the wire for a null (valid_data says it is not there), as Milvus writes it. */
function placeholder(field: Field): unknown {
  const { type } = field;
  if (type === DataType.Bool) return false;
  if (type === DataType.VarChar || type === DataType.Timestamptz || type === DataType.Geometry) return '';
  if (type === DataType.JSON) return Buffer.alloc(0);
  if (type === DataType.Array) return arrayField(field.elementType, []);
  return type === DataType.Int64 ? '0' : 0;
}

function wireValue(field: Field, value: Scalar, dynamicKeys: readonly string[] | 'all'): unknown {
  if (field.type === DataType.Timestamptz) return formatTimestamptz(value as bigint);
  // Int64 values are stored as bigint (checkBatch holds them to it) and sent as decimal text.
  if (typeof value === 'bigint') return value.toString();
  if (field.type === DataType.Array) return arrayField(field.elementType, value as readonly Element[]);
  if (field.type !== DataType.JSON) return value;
  if (!field.dynamic || dynamicKeys === 'all') return Buffer.from(JSON.stringify(value));
  const meta = value as Record<string, Json>;
  return Buffer.from(JSON.stringify(Object.fromEntries(dynamicKeys.filter((key) => key in meta).map((key) => [key, meta[key] as Json]))));
}

/**
 * One output column of stored rows.
 *
 * @param dynamicKeys - for `$meta`: which keys to return (`all`, or those asked for by name)
 */
function outputColumn(rows: RowStore, slots: readonly number[], field: Field, dynamicKeys: readonly string[] | 'all'): FieldData {
  const base = { type: field.type, field_name: field.name, field_id: String(field.id), is_dynamic: field.dynamic };
  const kind = field.vector;
  if (kind !== undefined) {
    if (!kind.dense)
      return {
        ...base,
        field: 'vectors',
        vectors: sparseOutput(slots.map((slot) => rows.sparse(field.name, slot))) as NonNullable<FieldData['vectors']>,
      };
    const data: number[] = [];
    for (const slot of slots) for (const x of rows.vector(field.name, slot)) data.push(x);
    return { ...base, field: 'vectors', vectors: denseOutput(kind, data, field.dim) as NonNullable<FieldData['vectors']> };
  }
  const values = slots.map((slot) => rows.values(slot)[field.name] ?? null);
  const member = SCALAR_MEMBER[field.type] as ScalarMember;
  const data = values.map((value) => (value === null ? placeholder(field) : wireValue(field, value, dynamicKeys)));
  const column = field.type === DataType.Array ? { data, element_type: field.elementType } : { data };
  return {
    ...base,
    field: 'scalars',
    scalars: { data: member, [member]: column },
    valid_data: field.nullable ? values.map((value) => value !== null) : [],
  };
}

/** The output columns for stored rows, one `FieldData` a field, rows in `slots` order. */
export function outputColumns(
  rows: RowStore,
  slots: readonly number[],
  fields: readonly Field[],
  dynamicKeys: readonly string[] | 'all',
): FieldData[] {
  return fields.map((field) => outputColumn(rows, slots, field, dynamicKeys));
}

/** The `count(*)` column of a Query. */
export function countColumn(count: number): FieldData {
  return { type: DataType.Int64, field_name: 'count(*)', field: 'scalars', scalars: { data: 'long_data', long_data: { data: [String(count)] } } };
}
