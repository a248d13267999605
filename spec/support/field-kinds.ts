/**
 * Every field kind of the data API, with the values three rows write and what reading them
 * back gives, and one round trip through a server: the embedded Milvus
 * (`spec/data/round-trip.spec.ts`) and the real ones (`spec/real/field-kinds.spec.ts`) run the
 * same cases.
 */
import { type Connection, type Field, type IndexSpec, field, schema } from '../../lib/index.js';

/** A kind under test: its field, the values three rows write, and what reading them back gives. */
export interface KindCase {
  readonly name: string;
  readonly field: Field;
  readonly written: readonly unknown[];
  readonly read: readonly unknown[];
  /** The index its vector field needs (non-vector kinds ride along a float vector). */
  readonly index?: IndexSpec;
}

const f32 = (values: number[]): Float32Array => Float32Array.from(values);

export const FIELD_KIND_CASES: readonly KindCase[] = [
  { name: 'bool', field: field.bool(), written: [true, false, true], read: [true, false, true] },
  { name: 'int8', field: field.int8(), written: [-128, 0, 127], read: [-128, 0, 127] },
  { name: 'int16', field: field.int16(), written: [-32768, 1, 32767], read: [-32768, 1, 32767] },
  { name: 'int32', field: field.int32(), written: [-2147483648, 2, 2147483647], read: [-2147483648, 2, 2147483647] },
  { name: 'int64', field: field.int64(), written: [-(2n ** 63n), 2 ** 53 - 1, 2n ** 63n - 1n], read: [-(2n ** 63n), 2n ** 53n - 1n, 2n ** 63n - 1n] },
  { name: 'float', field: field.float(), written: [0.1, -2.5, 3.4e38], read: [Math.fround(0.1), -2.5, Math.fround(3.4e38)] },
  { name: 'double', field: field.double(), written: [0.1, -2.5, 1e300], read: [0.1, -2.5, 1e300] },
  { name: 'varchar', field: field.varchar({ maxLength: 9 }), written: ['', 'héllo', '日本語'], read: ['', 'héllo', '日本語'] },
  {
    name: 'json',
    field: field.json(),
    written: [{ a: [1, { b: null }] }, { t: 'text' }, {}],
    read: [{ a: [1, { b: null }] }, { t: 'text' }, {}],
  },
  {
    name: 'json (top-level arrays)',
    field: field.json(),
    written: [[42], [], ['a', { b: 1 }]],
    read: [[42], [], ['a', { b: 1 }]],
  },
  {
    name: 'array of int32',
    field: field.array(field.int32(), { maxCapacity: 4 }),
    written: [[1, 2, 3], [], [-7]],
    read: [[1, 2, 3], [], [-7]],
  },
  {
    name: 'array of varchar',
    field: field.array(field.varchar({ maxLength: 6 }), { maxCapacity: 3 }),
    written: [['a', 'bc'], [], ['日本']],
    read: [['a', 'bc'], [], ['日本']],
  },
  {
    name: 'array of int64',
    field: field.array(field.int64(), { maxCapacity: 2 }),
    written: [[1, 2n ** 60n], [], [-5]],
    read: [[1n, 2n ** 60n], [], [-5n]],
  },
  {
    name: 'array of float',
    field: field.array(field.float(), { maxCapacity: 2 }),
    written: [[0.5, 0.1], [], [-1]],
    read: [[0.5, Math.fround(0.1)], [], [-1]],
  },
  {
    name: 'floatVector',
    field: field.floatVector({ dim: 3 }),
    written: [f32([1, 0, 0]), [0, 1, 0], [0.1, 0.2, 0.3]],
    read: [f32([1, 0, 0]), f32([0, 1, 0]), f32([0.1, 0.2, 0.3])],
    index: { type: 'FLAT', metric: 'L2' },
  },
  {
    name: 'binaryVector',
    field: field.binaryVector({ dim: 16 }),
    written: [Uint8Array.from([1, 2]), Uint8Array.from([255, 0]), Uint8Array.from([0, 128])],
    read: [Uint8Array.from([1, 2]), Uint8Array.from([255, 0]), Uint8Array.from([0, 128])],
    index: { type: 'BIN_FLAT', metric: 'HAMMING' },
  },
  {
    name: 'float16Vector (floats and raw bytes)',
    field: field.float16Vector({ dim: 2 }),
    written: [f32([0.5, -2]), [1.5, 0], Uint8Array.from([0x00, 0x3c, 0x00, 0xc0])],
    read: [f32([0.5, -2]), f32([1.5, 0]), f32([1, -2])],
    index: { type: 'FLAT', metric: 'L2' },
  },
  {
    name: 'bfloat16Vector (floats and raw bytes)',
    field: field.bfloat16Vector({ dim: 2 }),
    written: [f32([0.5, -2]), [1.5, 0], Uint8Array.from([0x80, 0x3f, 0x00, 0xc0])],
    read: [f32([0.5, -2]), f32([1.5, 0]), f32([1, -2])],
    index: { type: 'FLAT', metric: 'L2' },
  },
  {
    name: 'sparseFloatVector ({ indices, values } and Map)',
    field: field.sparseFloatVector(),
    written: [{ indices: [7, 2], values: [0.5, 1] }, new Map([[100000, 0.25]]), { indices: [0], values: [2] }],
    read: [
      { indices: Uint32Array.from([2, 7]), values: f32([1, 0.5]) },
      { indices: Uint32Array.from([100000]), values: f32([0.25]) },
      { indices: Uint32Array.from([0]), values: f32([2]) },
    ],
    index: { type: 'SPARSE_INVERTED_INDEX', metric: 'IP' },
  },
];

/**
 * Writes three rows holding `kinds` (one field each, `k0`, `k1`, ...) into a new collection
 * `name` and reads them back by id.
 *
 * @param kinds - the kinds one collection holds: at most one vector kind (else a 2-dim float
 *   vector rides along, as every collection needs one)
 * @returns for each kind, by name, the three values read back in row order
 */
export async function roundTrip(conn: Connection, name: string, kinds: readonly KindCase[]): Promise<Map<string, unknown[]>> {
  const vector = kinds.find((kind) => kind.index !== undefined);
  const fields: Record<string, Field> = { id: field.int64({ primaryKey: true }) };
  kinds.forEach((kind, k) => (fields[`k${k}`] = kind.field));
  if (vector === undefined) fields['v'] = field.floatVector({ dim: 2 });
  const index = vector === undefined ? { v: { type: 'FLAT', metric: 'L2' } } : { [`k${kinds.indexOf(vector)}`]: vector.index };
  const collection = await conn.createCollection(name, schema(fields), { index, load: true });
  const rows = [0, 1, 2].map((i) => {
    const row: Record<string, unknown> = { id: i + 1 };
    kinds.forEach((kind, k) => (row[`k${k}`] = kind.written[i]));
    if (vector === undefined) row['v'] = [i, 1];
    return row;
  });
  const written = await collection.insert(rows);
  if (written.count !== 3) throw new Error(`${name}: ${written.count} rows written, not 3`);
  const read = await collection.get([1, 2, 3], { outputFields: kinds.map((_, k) => `k${k}`), consistency: 'Strong' });
  const byId = new Map(read.map((row) => [row['id'], row]));
  return new Map(kinds.map((kind, k) => [kind.name, [1n, 2n, 3n].map((id) => byId.get(id)?.[`k${k}`])]));
}
