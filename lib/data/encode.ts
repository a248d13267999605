/**
 * Rows to the columns Milvus takes (`FieldData`), every value checked on the way: a bad row
 * throws `InvalidError` naming the row index and the field before anything is sent. A float
 * vector column is not gathered at all: its rows are written straight into the request's bytes
 * (`protocol/write-bytes.ts`), a `Float32Array` row as its bytes, a `number[]` row in one pass,
 * each checked on the way; float16 / bfloat16 / binary vectors go into one `Buffer` per column.
 */
import { InvalidError } from '../errors.js';
import { floatBytes, sparseRowBytes, toBfloat16Bits, toFloat16Bits } from '../protocol/vector-bytes.js';
import type { WriteColumn } from '../protocol/write-bytes.js';
import type { Field, FieldKind, SparseVectorInput } from './fields.js';
import { DYNAMIC_FIELD, type Schema } from './schema.js';
import { DataType } from '../protocol/generated/milvus/proto/schema/DataType.js';

/** One column of a request: a float vector column to write in place, or the vector codec's shape (float data as bytes). */
export type Column = WriteColumn;

/** Whether rows go to an insert (auto-id keys made by the server) or an upsert (keys given). */
export type WriteMode = 'insert' | 'upsert';

const INT_RANGES: Partial<Record<FieldKind, readonly [number, number]>> = {
  int8: [-128, 127],
  int16: [-32_768, 32_767],
  int32: [-2_147_483_648, 2_147_483_647],
};
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** Sparse indices are uint32 below 2^32 - 1 (Milvus reserves the last). */
const SPARSE_INDEX_LIMIT = 2 ** 32 - 1;

/** Where a bad value is: its path (`rows[3].embedding`) and its words (`row 3, field "embedding"`). */
class Place {
  constructor(
    readonly path: string,
    readonly words: string,
  ) {}
}

/** The place of a row's field. */
function rowPlace(row: number, field: string): Place {
  return new Place(`rows[${row}].${field}`, `row ${row}, field "${field}"`);
}

/** Throws the `InvalidError` of a bad value at a place. */
function fail(place: Place, expected: string, value: unknown): never {
  throw new InvalidError(place.path, `Invalid ${place.words}: expected ${expected}, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name} of ${(value as unknown as ArrayLike<unknown>).length}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? `an object` : typeof value;
}

/** A checked int8/16/32. */
function int(place: Place, kind: FieldKind, value: unknown): number {
  const [min, max] = INT_RANGES[kind] ?? [0, 0];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(place, `an integer ${min}..${max}`, value);
  return value;
}

/** A checked int64, as protobufjs takes it: a number when safe, else its decimal text. */
function int64(place: Place, value: unknown): number | string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) fail(place, 'an integer; beyond 2^53 a number is not exact, give a bigint', value);
    return value;
  }
  if (typeof value !== 'bigint' || value < INT64_MIN || value > INT64_MAX) fail(place, 'a safe integer number or a bigint in the int64 range', value);
  return value.toString();
}

function finite(place: Place, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(place, 'a finite number', value);
  return value;
}

function varchar(place: Place, maxLength: number, value: unknown): string {
  if (typeof value !== 'string') fail(place, `a string of at most ${maxLength} UTF-8 bytes`, value);
  // Milvus counts max_length in UTF-8 bytes (the Go proxy takes len() of the string), so 'é'
  // weighs 2. A string of fewer UTF-16 units than a third of the bound cannot exceed it.
  if (value.length * 3 > maxLength && Buffer.byteLength(value, 'utf8') > maxLength)
    fail(place, `a string of at most ${maxLength} UTF-8 bytes`, value);
  return value;
}

function json(place: Place, value: unknown): Buffer {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    fail(place, 'a JSON value', value);
  }
  if (text === undefined) fail(place, 'a JSON value', value);
  return Buffer.from(text);
}

/** The checked scalar values of one column (or one array cell) as a `ScalarField`; `maxLength` bounds varchar values. */
function scalarField(kind: FieldKind, maxLength: number, values: readonly unknown[], places: (index: number) => Place): Record<string, unknown> {
  switch (kind) {
    case 'bool':
      return {
        bool_data: {
          data: values.map((value, i) => (typeof value === 'boolean' ? value : fail(places(i), 'true or false', value))),
        },
      };
    case 'int8':
    case 'int16':
    case 'int32':
      return { int_data: { data: values.map((value, i) => int(places(i), kind, value)) } };
    case 'int64':
      return { long_data: { data: values.map((value, i) => int64(places(i), value)) } };
    case 'float': {
      const floats = new Float32Array(values.length);
      values.forEach((value, i) => (floats[i] = finite(places(i), value)));
      // An empty packed list is no bytes at all on the wire; an empty `bytes` field would be two.
      return { float_data: floats.length === 0 ? {} : { data: floatBytes(floats) } };
    }
    case 'double':
      return { double_data: { data: values.map((value, i) => finite(places(i), value)) } };
    case 'varchar':
      return { string_data: { data: values.map((value, i) => varchar(places(i), maxLength, value)) } };
    case 'json':
      return { json_data: { data: values.map((value, i) => json(places(i), value)) } };
    default:
      throw new Error(`not a scalar kind: ${kind}`);
  }
}

function arrayColumn(field: Field, values: readonly unknown[], places: (index: number) => Place): Record<string, unknown> {
  const element = field.element as Field;
  const data = values.map((value, i) => {
    const place = places(i);
    if (!Array.isArray(value) || value.length > field.maxCapacity)
      fail(place, `an array of at most ${field.maxCapacity} ${element.kind} values`, value);
    return scalarField(element.kind, element.maxLength, value, () => place);
  });
  return { array_data: { data, element_type: element.dataType } };
}

/**
 * Float vectors written into `target` (`values.length * dim` little-endian float32, every
 * byte): a `Float32Array` row is copied as its bytes, a `number[]` row converted in one pass;
 * NaN and infinities refused.
 */
function writeFloatRows(field: Field, values: readonly unknown[], places: (index: number) => Place, target: Buffer): void {
  const { dim } = field;
  const width = dim * 4;
  // Numbers go straight into the target when it sits at a 4-byte boundary, else through one row of scratch.
  const direct = target.byteOffset % 4 === 0 ? new Float32Array(target.buffer, target.byteOffset, target.byteLength / 4) : undefined;
  let scratch: Float32Array | undefined;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value instanceof Float32Array && value.length === dim) {
      if (!allFinite(value)) fail(places(i), `${dim} finite floats`, value);
      target.set(new Uint8Array(value.buffer, value.byteOffset, width), i * width);
    } else if (Array.isArray(value) && value.length === dim) {
      if (direct !== undefined) {
        if (!copyFinite(value, direct, i * dim)) fail(places(i), `${dim} finite floats`, value);
        continue;
      }
      scratch ??= new Float32Array(dim);
      if (!copyFinite(value, scratch, 0)) fail(places(i), `${dim} finite floats`, value);
      target.set(new Uint8Array(scratch.buffer, 0, width), i * width);
    } else fail(places(i), `${dim} floats (a Float32Array or number[])`, value);
  }
}

/** Whether every float is finite. */
function allFinite(floats: Float32Array): boolean {
  // x * 0 is 0 (or -0) for a finite x only: NaN and infinities give NaN. Summed in four
  // chains, so that the additions do not wait on each other, and tested once at the end.
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const whole = floats.length - (floats.length % 4);
  let j = 0;
  for (; j < whole; j += 4) {
    a += (floats[j] as number) * 0;
    b += (floats[j + 1] as number) * 0;
    c += (floats[j + 2] as number) * 0;
    d += (floats[j + 3] as number) * 0;
  }
  for (; j < floats.length; j += 1) a += (floats[j] as number) * 0;
  return a + b + c + d === 0;
}

/** Copies numbers into `block` at `offset`; false at the first that is not a finite number. */
function copyFinite(numbers: readonly unknown[], block: Float32Array, offset: number): boolean {
  for (let j = 0; j < numbers.length; j += 1) {
    const x = numbers[j];
    if (typeof x !== 'number' || x - x !== 0) return false;
    block[offset + j] = x;
  }
  return true;
}

/** float16 / bfloat16 vectors into one block of raw little-endian values. */
function halfBlock(field: Field, values: readonly unknown[], places: (index: number) => Place): Buffer {
  const { dim } = field;
  const convert = field.kind === 'float16Vector' ? toFloat16Bits : toBfloat16Bits;
  const block = Buffer.alloc(values.length * dim * 2);
  values.forEach((value, i) => {
    const offset = i * dim * 2;
    if (value instanceof Uint8Array) {
      if (value.byteLength !== dim * 2) fail(places(i), `${dim} values: ${dim * 2} raw bytes, or floats`, value);
      block.set(value, offset);
      return;
    }
    if (!(value instanceof Float32Array || Array.isArray(value)) || value.length !== dim)
      fail(places(i), `${dim} floats, or ${dim * 2} raw bytes`, value);
    for (let j = 0; j < dim; j += 1) block.writeUInt16LE(convert(finite(places(i), (value as ArrayLike<unknown>)[j])), offset + j * 2);
  });
  return block;
}

function binaryBlock(field: Field, values: readonly unknown[], places: (index: number) => Place): Buffer {
  const bytes = field.dim / 8;
  const block = Buffer.alloc(values.length * bytes);
  values.forEach((value, i) => {
    if (!(value instanceof Uint8Array) || value.byteLength !== bytes) fail(places(i), `a Uint8Array of ${bytes} bytes (${field.dim} bits)`, value);
    block.set(value, i * bytes);
  });
  return block;
}

/** A sparse vector's pairs, checked and sorted by index. */
function sparsePairs(place: Place, value: unknown): { indices: number[]; values: number[] } {
  let pairs: Array<[unknown, unknown]>;
  if (value instanceof Map) pairs = [...(value as Map<unknown, unknown>).entries()];
  else if (typeof value === 'object' && value !== null && 'indices' in value && 'values' in value) {
    const { indices, values } = value as { indices: ArrayLike<unknown>; values: ArrayLike<unknown> };
    if (indices.length !== values.length) fail(place, 'indices and values of the same length', value);
    pairs = Array.from({ length: indices.length }, (_, i) => [indices[i], values[i]]);
  } else return fail(place, 'a sparse vector: { indices, values } or a Map of index to value', value);
  pairs.sort((a, b) => (a[0] as number) - (b[0] as number));
  const indices: number[] = [];
  const values: number[] = [];
  for (const [index, x] of pairs) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= SPARSE_INDEX_LIMIT)
      fail(place, `indices that are integers 0..${SPARSE_INDEX_LIMIT - 1}`, index);
    if (index === indices[indices.length - 1]) fail(place, 'indices without repeats', index);
    indices.push(index);
    values.push(finite(place, x));
  }
  return { indices, values };
}

function sparseColumn(values: readonly unknown[], places: (index: number) => Place): Record<string, unknown> {
  let dim = 0;
  const contents = values.map((value, i) => {
    const vector: SparseVectorInput = sparsePairs(places(i), value);
    const last = vector.indices[vector.indices.length - 1];
    if (last !== undefined && last + 1 > dim) dim = last + 1;
    return sparseRowBytes(vector);
  });
  return { dim, sparse_float_vector: { dim, contents } };
}

/** One field's column from its values (those of the valid rows); a float vector column is written in place later. */
function column(field: Field, name: string, values: readonly unknown[], rowOf: (index: number) => number): Column {
  const places = (index: number): Place => rowPlace(rowOf(index), name);
  const base = { field_name: name, type: field.dataType };
  switch (field.kind) {
    case 'floatVector':
      return { ...base, dim: field.dim, count: values.length, writeFloats: (target: Buffer) => writeFloatRows(field, values, places, target) };
    case 'float16Vector':
      return { ...base, vectors: { dim: field.dim, float16_vector: halfBlock(field, values, places) } };
    case 'bfloat16Vector':
      return { ...base, vectors: { dim: field.dim, bfloat16_vector: halfBlock(field, values, places) } };
    case 'binaryVector':
      return { ...base, vectors: { dim: field.dim, binary_vector: binaryBlock(field, values, places) } };
    case 'sparseFloatVector':
      return { ...base, vectors: sparseColumn(values, places) };
    case 'array':
      return { ...base, scalars: arrayColumn(field, values, places) };
    default:
      return { ...base, scalars: scalarField(field.kind, field.maxLength, values, places) };
  }
}

/**
 * Checks rows against a schema and turns them into columns.
 *
 * @param declared - the schema
 * @param rows - the rows
 * @param mode - `insert` refuses an auto-id key in a row; `upsert` needs it in every row
 * @returns the columns (float data as bytes, for the vector codec; float vector columns to
 *   write, whose rows are checked as they are written) and the number of rows
 * @throws InvalidError naming the row index and the field
 */
export function encodeRows(declared: Schema, rows: readonly unknown[], mode: WriteMode): { columns: Column[]; count: number } {
  if (!Array.isArray(rows) || rows.length === 0)
    throw new InvalidError('rows', `Invalid argument "rows" of ${mode}: expected a non-empty array of rows`);
  const names = new Set(declared.names);
  const dynamic: unknown[] = [];
  // Array.isArray narrows to any[]; the rows are unknown until checked.
  const checked: readonly unknown[] = rows;
  for (const [index, row] of checked.entries()) {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new InvalidError(`rows[${index}]`, `Invalid row ${index}: expected an object of field values, got ${describe(row)}`);
    }
    let extra: Record<string, unknown> | undefined;
    for (const key of Object.keys(row)) {
      if (names.has(key)) continue;
      if (!declared.dynamicField) {
        throw new InvalidError(
          `rows[${index}].${key}`,
          `Invalid row ${index}, field "${key}": no such field in the schema (${declared.names.join(', ')}), and the dynamic field is off`,
        );
      }
      if (key === DYNAMIC_FIELD)
        throw new InvalidError(
          `rows[${index}].${key}`,
          `Invalid row ${index}: "${DYNAMIC_FIELD}" is the dynamic field itself; give its keys as keys of the row`,
        );
      (extra ??= {})[key] = (row as Record<string, unknown>)[key];
    }
    if (declared.dynamicField) dynamic.push(extra ?? {});
  }
  const columns: Column[] = [];
  for (const name of declared.names) {
    const field = declared.fields[name] as Field;
    const valid: boolean[] = [];
    const values: unknown[] = [];
    const rowIndex: number[] = [];
    const keyByServer = field.autoId && mode === 'insert';
    for (const [index, row] of (rows as Array<Record<string, unknown>>).entries()) {
      const value = row[name];
      if (keyByServer) {
        if (value !== undefined)
          throw new InvalidError(
            `rows[${index}].${name}`,
            `Invalid row ${index}, field "${name}": an autoId primary key is made by the server; leave it out (upsert takes it)`,
          );
        continue;
      }
      const absent = value === undefined || value === null;
      if (absent && !(field.nullable || (value === undefined && field.defaultValue !== undefined))) {
        fail(rowPlace(index, name), field.nullable ? 'a value or null' : `a ${field.kind} value (the field is required)`, value);
      }
      valid.push(!absent);
      if (!absent) {
        values.push(value);
        rowIndex.push(index);
      }
    }
    if (keyByServer) continue;
    const built = column(field, name, values, (i) => rowIndex[i] as number);
    // Nullable and defaulted columns carry valid_data, their values only for the valid rows.
    columns.push(field.nullable || field.defaultValue !== undefined ? { ...built, valid_data: valid } : built);
  }
  if (declared.dynamicField) {
    const places = (index: number): Place => rowPlace(index, DYNAMIC_FIELD);
    columns.push({ field_name: DYNAMIC_FIELD, type: DataType.JSON, is_dynamic: true, scalars: scalarField('json', 0, dynamic, places) });
  }
  return { columns, count: rows.length };
}

/**
 * Query vectors of a search as the bytes the placeholder group carries, one `Buffer` a vector,
 * each checked against the field.
 *
 * @param field - the vector field searched
 * @param name - its name
 * @param vectors - the query vectors
 * @throws InvalidError naming the query vector's index and the field
 */
export function queryVectorBytes(field: Field, name: string, vectors: readonly unknown[]): Buffer[] {
  const places = (index: number): Place => new Place(`vectors[${index}]`, `query vector ${index} (field "${name}")`);
  if (field.kind === 'sparseFloatVector') return vectors.map((value, i) => sparseRowBytes(sparsePairs(places(i), value)));
  let block: Buffer;
  if (field.kind === 'floatVector') {
    // Every byte is written, or the search throws before it is sent.
    block = Buffer.allocUnsafe(vectors.length * field.dim * 4);
    writeFloatRows(field, vectors, places, block);
  } else block = field.kind === 'binaryVector' ? binaryBlock(field, vectors, places) : halfBlock(field, vectors, places);
  const width = block.byteLength / vectors.length;
  return vectors.map((_, i) => block.subarray(i * width, (i + 1) * width));
}
