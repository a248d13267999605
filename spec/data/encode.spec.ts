/**
 * A float vector column as `encodeRows` leaves it: rows written into the request's bytes when
 * the request is encoded, whatever the alignment of their place in it, and checked on the way.
 */
import { expect } from 'chai';
import { InvalidError, field, schema } from '../../lib/index.js';
import { encodeRows } from '../../lib/data/encode.js';
import type { FloatVectorColumn } from '../../lib/protocol/write-bytes.js';

const Docs = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: 3 }) });
const floats = [
  [0.5, -1.25, 3],
  [7, -0, 1e-3],
];

/** The float vector column of `rows`. */
function vectorColumn(rows: ReadonlyArray<{ id: number; v: unknown }>): FloatVectorColumn {
  const { columns } = encodeRows(Docs, rows, 'insert');
  return columns[1] as FloatVectorColumn;
}

describe('data API: float vector rows written into the request', () => {
  for (const [name, vector] of [
    ['number[] rows', (row: number[]) => row],
    ['Float32Array rows', (row: number[]) => Float32Array.from(row)],
  ] as const) {
    for (const offset of [0, 1, 2, 4]) {
      it(`${name} at byte offset ${offset}: their little-endian float32 bytes, every byte written`, () => {
        const column = vectorColumn(floats.map((row, id) => ({ id, v: vector(row) })));
        expect(column).to.include({ field_name: 'v', dim: 3, count: 2 });
        const backing = Buffer.alloc(offset + 24, 0xee);
        column.writeFloats(backing.subarray(offset, offset + 24));
        expect([...backing.subarray(0, offset)]).to.deep.equal(new Array<number>(offset).fill(0xee));
        expect([...backing.subarray(offset)]).to.deep.equal([...Buffer.from(Float32Array.from(floats.flat()).buffer)]);
      });
    }
  }

  it('refuses NaN, infinities and a value that is not a number at either alignment, naming the row', () => {
    const bad: Array<[unknown, RegExp]> = [
      [[1, NaN, 0], /row 1, field "v": expected 3 finite floats/],
      [Float32Array.from([1, -Infinity, 0]), /row 1, field "v": expected 3 finite floats/],
      [[1, '2', 0], /row 1, field "v": expected 3 finite floats/],
      [new Float64Array(3), /row 1, field "v": expected 3 floats \(a Float32Array or number\[\]\)/],
    ];
    for (const [value, message] of bad) {
      for (const offset of [0, 1]) {
        const column = vectorColumn([
          { id: 0, v: [1, 2, 3] },
          { id: 1, v: value },
        ]);
        const target = Buffer.alloc(offset + 24).subarray(offset);
        expect(() => column.writeFloats(target), `${String(value)} at ${offset}`)
          .to.throw(InvalidError, message)
          .with.property('field', 'rows[1].v');
      }
    }
  });
});
