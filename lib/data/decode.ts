/**
 * Columns (`FieldData`) back to rows, and search results to hits (with their group-by value, when grouped). Each column is read by the
 * type the server gives it: int64 as bigint, JSON parsed, the dynamic field's keys merged into
 * the row, float vectors as `Float32Array` views of the reply (the vector codec leaves their
 * bytes in place), float16 / bfloat16 converted to floats. A nullable column's values come one
 * a row, or only for the valid rows: both are read.
 */
import type { FieldData__Output } from '../protocol/generated/milvus/proto/schema/FieldData.js';
import type { IDs__Output } from '../protocol/generated/milvus/proto/schema/IDs.js';
import type { ScalarField__Output } from '../protocol/generated/milvus/proto/schema/ScalarField.js';
import type { SearchResultData__Output } from '../protocol/generated/milvus/proto/schema/SearchResultData.js';
import { int64ToBigInt, int64ToNumber } from '../protocol/int64.js';
import { floatsOf, fromBfloat16Bits, fromFloat16Bits, sparseRowOf } from '../protocol/vector-bytes.js';

/** A row as decoded, before the collection types it. */
export type DecodedRow = Record<string, unknown>;

/** A decoded hit, before the collection types it. */
export interface DecodedHit {
  readonly id: bigint | string;
  readonly score: number;
  readonly row: DecodedRow;
  /** The group-by field's value, in a search grouped by one. */
  readonly group?: unknown;
}

/** The values of one `ScalarField`, whatever member is set, in the library's types. */
function scalarValues(scalars: ScalarField__Output): readonly unknown[] {
  switch (scalars.data) {
    case 'bool_data':
      return scalars.bool_data?.data ?? [];
    case 'int_data':
      return scalars.int_data?.data ?? [];
    case 'long_data':
      return (scalars.long_data?.data ?? []).map((value) => int64ToBigInt(value));
    case 'float_data':
      return Array.from(floatsOf(scalars.float_data?.data ?? []));
    case 'double_data':
      return scalars.double_data?.data ?? [];
    case 'string_data':
      return scalars.string_data?.data ?? [];
    case 'json_data':
      return (scalars.json_data?.data ?? []).map((bytes) => JSON.parse(bytes.toString()) as unknown);
    case 'array_data':
      return (scalars.array_data?.data ?? []).map((cell) => scalarValues(cell));
    default:
      return [];
  }
}

function halfFloats(bytes: Buffer, count: number, dim: number, fromBits: (bits: number) => number): Float32Array[] {
  return Array.from({ length: count }, (_, row) => {
    const out = new Float32Array(dim);
    for (let j = 0; j < dim; j += 1) out[j] = fromBits(bytes.readUInt16LE((row * dim + j) * 2));
    return out;
  });
}

/** The values of one vector column, one a (valid) row. */
function vectorValues(column: FieldData__Output): readonly unknown[] {
  const vectors = column.vectors;
  if (vectors === null || vectors === undefined) return [];
  const dim = int64ToNumber(vectors.dim);
  switch (vectors.data) {
    case 'float_vector': {
      const floats = floatsOf(vectors.float_vector?.data ?? []);
      return Array.from({ length: dim === 0 ? 0 : floats.length / dim }, (_, row) => floats.subarray(row * dim, (row + 1) * dim));
    }
    case 'binary_vector': {
      const bytes = vectors.binary_vector ?? Buffer.alloc(0);
      const width = dim / 8;
      return Array.from({ length: width === 0 ? 0 : bytes.byteLength / width }, (_, row) => bytes.subarray(row * width, (row + 1) * width));
    }
    case 'float16_vector': {
      const bytes = vectors.float16_vector ?? Buffer.alloc(0);
      return halfFloats(bytes, dim === 0 ? 0 : bytes.byteLength / (2 * dim), dim, fromFloat16Bits);
    }
    case 'bfloat16_vector': {
      const bytes = vectors.bfloat16_vector ?? Buffer.alloc(0);
      return halfFloats(bytes, dim === 0 ? 0 : bytes.byteLength / (2 * dim), dim, fromBfloat16Bits);
    }
    case 'sparse_float_vector':
      return (vectors.sparse_float_vector?.contents ?? []).map((bytes) => sparseRowOf(bytes));
    default:
      return [];
  }
}

/** One value a row of a column, `null` where `valid_data` says there is none. */
function columnValues(column: FieldData__Output): readonly unknown[] {
  const values = column.field === 'vectors' ? vectorValues(column) : column.scalars ? scalarValues(column.scalars) : [];
  const valid = column.valid_data;
  if (valid.length === 0 || values.length === valid.length)
    return valid.length === 0 ? values : values.map((value, row) => (valid[row] ? value : null));
  let next = 0;
  return valid.map((isValid) => (isValid ? values[next++] : null));
}

/**
 * Copies the keys of a dynamic-field value into a row: every key, or only those `asked` names.
 * Milvus 2.3 answers a request for one dynamic key with the whole dynamic object.
 */
function mergeDynamic(target: DecodedRow, value: unknown, asked: ReadonlySet<string> | undefined): void {
  if (value === null || typeof value !== 'object') return;
  if (asked === undefined) {
    Object.assign(target, value);
    return;
  }
  for (const [key, keyValue] of Object.entries(value)) if (asked.has(key)) target[key] = keyValue;
}

/**
 * The dynamic keys a request's output fields ask for: `undefined` for all of them (`*`, or the
 * dynamic field itself by name).
 */
function askedDynamicKeys(outputFields: readonly string[] | undefined, dynamicField: string | undefined): ReadonlySet<string> | undefined {
  if (outputFields === undefined || outputFields.includes('*') || (dynamicField !== undefined && outputFields.includes(dynamicField)))
    return undefined;
  return new Set(outputFields);
}

/**
 * Rows from the columns of a reply.
 *
 * @param columns - one `FieldData` a field; the dynamic field's keys are merged into each row
 * @param count - the number of rows, when the reply says (a search's hits); else the longest column's
 * @param outputFields - the output fields the request named, so that only the dynamic keys
 *   asked for are kept (`undefined`: all)
 * @returns the rows, keys in column order
 */
export function decodeRows(columns: readonly FieldData__Output[], count?: number, outputFields?: readonly string[]): DecodedRow[] {
  const decoded = columns.map((column) => ({ column, values: columnValues(column) }));
  const size = count ?? Math.max(0, ...decoded.map(({ values }) => values.length));
  // Loops, not Array.from with a callback: a search decodes its hits on every call.
  const rows: DecodedRow[] = [];
  for (let row = 0; row < size; row += 1) rows.push({});
  for (const { column, values } of decoded) {
    const asked = column.is_dynamic ? askedDynamicKeys(outputFields, column.field_name) : undefined;
    for (let row = 0; row < size; row += 1) {
      const target = rows[row] as DecodedRow;
      if (column.is_dynamic) mergeDynamic(target, values[row], asked);
      else target[column.field_name] = values[row] ?? null;
    }
  }
  return rows;
}

/** Primary keys from `schema.IDs`: bigint for int64 keys, strings for varchar keys. */
export function decodeIds(ids: IDs__Output | null | undefined): Array<bigint | string> {
  if (ids === null || ids === undefined) return [];
  if (ids.id_field === 'str_id') return ids.str_id?.data ?? [];
  return (ids.int_id?.data ?? []).map((id) => int64ToBigInt(id));
}

/**
 * The column of a grouped search's group values, a value a hit: `group_by_field_value`, or the
 * one column of `group_by_field_values` (where newer Milvus keeps the groups of a search by
 * several fields, and may put those of one field), or `undefined` when the reply has none.
 *
 * @param results - the reply's `results`
 */
export function groupColumnOf(results: SearchResultData__Output): FieldData__Output | undefined {
  const values = results.group_by_field_values as FieldData__Output[] | undefined;
  return results.group_by_field_value ?? (values?.length === 1 ? values[0] : undefined);
}

/**
 * The hits of a search, one list a query vector.
 *
 * @param results - the reply's `results`
 * @param outputFields - the output fields the search named (see {@link decodeRows})
 * @returns for each query vector, its hits best first
 */
export function decodeHits(results: SearchResultData__Output | null | undefined, outputFields?: readonly string[]): DecodedHit[][] {
  if (results === null || results === undefined) return [];
  const ids = decodeIds(results.ids);
  const rows = decodeRows(results.fields_data, ids.length, outputFields);
  // A grouped search names each hit's group in one more column, a value a hit.
  const grouped = groupColumnOf(results);
  const groups = grouped === undefined ? undefined : columnValues(grouped);
  const lists: DecodedHit[][] = [];
  let offset = 0;
  const queries = int64ToNumber(results.num_queries);
  for (let query = 0; query < queries; query += 1) {
    const end = offset + int64ToNumber(results.topks[query] ?? 0);
    const hits: DecodedHit[] = [];
    for (let i = offset; i < end; i += 1) {
      const id = ids[i] as bigint | string;
      const score = results.scores[i] as number;
      const row = rows[i] as DecodedRow;
      hits.push(groups === undefined ? { id, score, row } : { id, score, row, group: groups[i] ?? null });
    }
    lists.push(hits);
    offset = end;
  }
  return lists;
}

/** The `count(*)` of a Query reply. */
export function decodeCount(columns: readonly FieldData__Output[]): number {
  const column = columns.find((candidate) => candidate.field_name === 'count(*)') ?? columns[0];
  const value = column?.scalars?.long_data?.data[0];
  return value === undefined ? 0 : int64ToNumber(value);
}
