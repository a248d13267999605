/**
 * Insert and upsert data checked against the schema before anything is stored, so a bad
 * batch changes nothing: every field present (or nullable, or defaulted), no unknown field
 * unless the dynamic field takes it, vectors of the schema's dimension, integers in their
 * type's range, VarChar within `max_length`, arrays within `max_capacity` (their elements held
 * to the same rules). Auto IDs are handed out here. The messages are Milvus's own.
 */
import { type Element, type Field, type Scalar, type Schema, typeName } from './schema.js';
import { fail } from './status.js';
import type { SparseRow } from './vector-kinds.js';
import { DataType } from './wire.js';

/** A primary key: bigint for Int64, string for VarChar. */
export type Key = bigint | string;

/** Columns as they arrive: scalar values by field name, dense vectors flat (`count * dim` floats), sparse ones a row each. */
export interface Batch {
  readonly count: number;
  readonly columns: ReadonlyMap<string, ReadonlyArray<Scalar | null>>;
  readonly vectors: ReadonlyMap<string, Float32Array>;
  readonly sparse?: ReadonlyMap<string, readonly SparseRow[]> | undefined;
}

/** A checked batch: one key and one row of scalar values per entity. */
export interface CheckedBatch {
  readonly count: number;
  readonly keys: readonly Key[];
  readonly rows: ReadonlyArray<Record<string, Scalar | null>>;
  readonly vectors: ReadonlyMap<string, Float32Array>;
  readonly sparse: ReadonlyMap<string, readonly SparseRow[]>;
}

const INT_RANGES: Readonly<Record<number, readonly [number, number]>> = {
  [DataType.Int8]: [-128, 127],
  [DataType.Int16]: [-32_768, 32_767],
  [DataType.Int32]: [-2_147_483_648, 2_147_483_647],
};

/** A string's length as Milvus measures `max_length`: in UTF-8 bytes. */
function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Milvus's overflow check of Int8 / Int16 values (Int32 ones cannot overflow their wire type). */
function checkRange(type: number, value: number, index: number): void {
  const range = INT_RANGES[type];
  if (range === undefined || type === DataType.Int32) return;
  const [low, high] = range;
  if (value < low || value > high) {
    fail('parameterInvalid', `the ${index}th element (${value}) out of range: [${low}, ${high}]`, {
      expected: "integer doesn't overflow",
      actual: 'out of range',
    });
  }
}

/** An Array value: within `max_capacity`, each element in range and within `max_length`. */
function checkArray(field: Field, elements: readonly Element[], row: number): void {
  if (elements.length > field.maxCapacity) {
    fail('parameterInvalid', `the length (${elements.length}) of ${row}th array exceeds max capacity (${field.maxCapacity})`, {
      expected: 'valid length array',
      actual: 'array length exceeds max capacity',
    });
  }
  elements.forEach((element, index) => {
    if (typeof element === 'number') checkRange(field.elementType, element, index);
    if (typeof element === 'string' && utf8Length(element) > field.maxLength) {
      fail(
        'parameterInvalid',
        `length of Array array field "${field.name}" exceeds max length, row number: ${row}, array index: ${index}, length: ${utf8Length(element)}, max length: ${field.maxLength}`,
      );
    }
  });
}

function checkValue(field: Field, value: Scalar, row: number): void {
  const bad = (why: string): never => fail('parameterInvalid', `${why}, field: ${field.name}, row number: ${row}`);
  switch (field.type) {
    case DataType.Bool:
      if (typeof value !== 'boolean') bad('the value of a Bool field must be a boolean');
      break;
    case DataType.Int8:
    case DataType.Int16:
    case DataType.Int32:
      if (typeof value !== 'number' || !Number.isInteger(value)) bad(`the value of an ${typeName(field.type)} field must be an integer`);
      else checkRange(field.type, value, row);
      break;
    case DataType.Int64:
    case DataType.Timestamptz:
      if (typeof value !== 'bigint') bad(`the value of an ${typeName(field.type)} field must be an integer`);
      break;
    case DataType.Geometry:
      if (typeof value !== 'string') bad('the value of a Geometry field must be WKT text');
      break;
    case DataType.Float:
    case DataType.Double:
      if (typeof value !== 'number') bad(`the value of a ${typeName(field.type)} field must be a number`);
      break;
    case DataType.VarChar:
      if (typeof value !== 'string') bad('the value of a VarChar field must be a string');
      else if (utf8Length(value) > field.maxLength)
        fail(
          'parameterInvalid',
          `length of varchar field ${field.name} exceeds max length, row number: ${row}, length: ${utf8Length(value)}, max length: ${field.maxLength}`,
        );
      break;
    case DataType.JSON:
      if (field.dynamic && (value === null || typeof value !== 'object' || Array.isArray(value))) bad('the dynamic field must hold a JSON object');
      break;
    case DataType.Array:
      if (!Array.isArray(value)) bad('the value of an Array field must be a list');
      else checkArray(field, value as readonly Element[], row);
      break;
  }
}

/**
 * Checks a batch and gives every entity its key.
 *
 * @param schema - the collection's schema
 * @param batch - the columns sent
 * @param nextAutoId - hands out a new key for an auto-ID primary key
 * @param upsert - upserts must carry their keys, even with auto ID
 * @throws MilvusFailure 1100 naming the field and what is allowed
 */
export function checkBatch(schema: Schema, batch: Batch, nextAutoId: () => Key, upsert: boolean): CheckedBatch {
  const { count } = batch;
  const sparse = batch.sparse ?? new Map<string, readonly SparseRow[]>();
  for (const name of [...batch.columns.keys(), ...batch.vectors.keys(), ...sparse.keys()]) {
    if (!schema.fields.some((field) => field.name === name)) {
      fail('parameterInvalid', `Attempt to insert an unexpected field \`${name}\` to collection without enabling dynamic field`);
    }
  }
  for (const [name, values] of batch.columns) {
    if (values.length !== count)
      fail('parameterInvalid', `the num_rows (${values.length}) of field (${name}) is not equal to passed num_rows (${count})`, {
        expected: String(count),
        actual: String(values.length),
      });
  }
  const rows: Array<Record<string, Scalar | null>> = Array.from({ length: count }, () => ({}));
  for (const field of schema.fields) {
    if (field.functionOutput) {
      if (sparse.has(field.name)) fail('parameterInvalid', `attempt to insert function output field ${field.name}, it is computed by the function`);
      continue;
    }
    if (field.vector?.dense === false) {
      if (!sparse.has(field.name)) fail('parameterInvalid', `Insert missed an field \`${field.name}\` to collection`);
      continue;
    }
    if (field.dim > 0) {
      const data = batch.vectors.get(field.name);
      if (data === undefined) fail('parameterInvalid', `Insert missed an field \`${field.name}\` to collection`);
      if (data.length !== count * field.dim) {
        const dim = data.length / Math.max(count, 1);
        fail('parameterInvalid', `the dim (${dim}) of field data(${field.name}) is not equal to schema dim (${field.dim})`, {
          expected: String(field.dim),
          actual: String(dim),
        });
      }
      continue;
    }
    const values = batch.columns.get(field.name);
    const generated = field.autoId && !upsert;
    if (generated && values !== undefined)
      fail('parameterInvalid', `the auto-generated primary key field (${field.name}) can not be set, its values are generated`);
    if (field.primary && !generated && values === undefined) fail('parameterInvalid', `Insert missed the primary key field \`${field.name}\``);
    for (let i = 0; i < count; i += 1) {
      let value = generated ? nextAutoId() : values?.[i];
      if (value === null || value === undefined) value = field.defaultValue ?? (field.dynamic ? {} : null);
      if (value === null && !field.nullable) {
        fail(
          'parameterInvalid',
          `Insert missed an field \`${field.name}\` to collection without set nullable==true or set default_value, row number: ${i}`,
        );
      }
      if (value !== null) checkValue(field, value, i);
      (rows[i] as Record<string, Scalar | null>)[field.name] = value;
    }
  }
  const keys = rows.map((row) => row[schema.primary.name] as Key);
  return { count, keys, rows, vectors: batch.vectors, sparse };
}
