/**
 * Every field kind written through the data API and read back through the embedded Milvus
 * (`startMilvusTestServer`), value for value, in the types the schema promises. A kind the
 * embedded server does not hold yet fails here with the server's refusal, on purpose: the
 * spec states what the data API does, whatever the server.
 */
import { expect } from 'chai';
import { type Field, type IndexSpec, type Schema, field, schema } from '../../lib/index.js';
import { connect, server } from '../support/live.js';

/** A kind under test: its field, the values three rows write, and what reading them back gives. */
interface KindCase {
  readonly name: string;
  readonly field: Field;
  readonly written: readonly unknown[];
  readonly read: readonly unknown[];
  /** The index its vector field needs (non-vector kinds ride along a float vector). */
  readonly index?: IndexSpec;
}

const f32 = (values: number[]): Float32Array => Float32Array.from(values);

const CASES: readonly KindCase[] = [
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
    written: [{ a: [1, { b: null }] }, { t: 'text' }, [42]],
    read: [{ a: [1, { b: null }] }, { t: 'text' }, [42]],
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

describe('data API: every field kind round-trips through the embedded Milvus', () => {
  for (const kind of CASES) {
    it(kind.name, async () => {
      const conn = connect(await server());
      const isVector = kind.index !== undefined;
      const Kind: Schema = schema(
        isVector
          ? { id: field.int64({ primaryKey: true }), value: kind.field }
          : { id: field.int64({ primaryKey: true }), value: kind.field, v: field.floatVector({ dim: 2 }) },
      );
      const index = isVector ? { value: kind.index } : { v: { type: 'FLAT', metric: 'L2' } };
      const collection = await conn.createCollection('kinds', Kind, { index, load: true });
      const rows = kind.written.map((value, i) => ({ id: i + 1, value, ...(isVector ? {} : { v: [i, 1] }) }));
      const written = await collection.insert(rows);
      expect(written).to.deep.equal({ ids: [1n, 2n, 3n], count: 3 });
      const read = await collection.get([1, 2, 3], { outputFields: ['value'], consistency: 'Strong' });
      const byId = new Map(read.map((row) => [row['id'], row['value']]));
      expect([1n, 2n, 3n].map((id) => byId.get(id))).to.deep.equal(kind.read);
    });
  }

  it('float vectors come back as Float32Array views, and int64 as bigint', async () => {
    const conn = connect(await server());
    const Docs = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: 2 }), n: field.int64() });
    const docs = await conn.createCollection('docs', Docs, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true });
    await docs.insert([{ id: 1, v: [1, 2], n: 2n ** 62n }]);
    const [row] = await docs.get([1]);
    expect(row?.v).to.be.instanceOf(Float32Array);
    expect(row?.n).to.equal(2n ** 62n);
    const [hit] = await docs.search([1, 2], { limit: 1, outputFields: ['v', 'n'], consistency: 'Strong' });
    expect(hit?.id).to.equal(1n);
    expect(hit?.row.v).to.be.instanceOf(Float32Array);
    expect(Array.from(hit?.row.v ?? [])).to.deep.equal([1, 2]);
    expect(hit?.score).to.equal(0);
  });
});
