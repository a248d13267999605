import { expect } from 'chai';
import { milvusMethod } from '../../lib/protocol/proto.js';
import { floatBytes } from '../../lib/protocol/vector-bytes.js';
import { type FloatVectorColumn, encodeWriteRequest, encodedWriteRequest } from '../../lib/protocol/write-bytes.js';
import { wireCodecOf } from '../../lib/protocol/wire-codec.js';
import { DataType } from '../../lib/index.js';

/** A float vector column that writes `vectors` (dim 3) into the request, as the data layer's does. */
function floatColumn(name: string, vectors: number[][], valid?: boolean[]): FloatVectorColumn {
  return {
    field_name: name,
    type: DataType.FloatVector,
    dim: 3,
    count: vectors.length,
    ...(valid === undefined ? {} : { valid_data: valid }),
    writeFloats: (target) => floatBytes(Float32Array.from(vectors.flat())).copy(target),
  };
}

describe('write requests (float vector columns written in place)', () => {
  const vectors = [
    [0.5, -1.25, 3.4028234663852886e38],
    [1.401298464324817e-45, -0, 7],
  ];
  const ids = { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: ['1', '2'] } } };
  const title = { field_name: 'title', type: DataType.VarChar, scalars: { string_data: { data: ['a', 'é'] } } };

  for (const method of ['Insert', 'Upsert'] as const) {
    it(`encodes an ${method} byte for byte as proto-loader encodes it with the floats as numbers`, () => {
      const plain = {
        collection_name: 'docs',
        partition_name: 'p1',
        num_rows: 2,
        fields_data: [
          ids,
          { field_name: 'v', type: DataType.FloatVector, vectors: { dim: 3, float_vector: { data: vectors.flat() } } },
          title,
          // Nullable: one row has a vector, valid_data says which.
          { field_name: 'w', type: DataType.FloatVector, vectors: { dim: 3, float_vector: { data: vectors[1] } }, valid_data: [false, true] },
        ],
      };
      const expected = milvusMethod(method)?.requestSerialize(plain) as Buffer;
      const actual = encodeWriteRequest({
        collection_name: 'docs',
        partition_name: 'p1',
        num_rows: 2,
        fields_data: [ids, floatColumn('v', vectors), title, floatColumn('w', [vectors[1] as number[]], [false, true])],
      });
      expect(actual.toString('hex')).to.equal(expected.toString('hex'));
    });
  }

  it('writes a column without vectors as an empty float list, and a request without a partition, as proto-loader does', () => {
    const plain = {
      collection_name: 'docs',
      num_rows: 1,
      fields_data: [{ field_name: 'w', type: DataType.FloatVector, vectors: { dim: 3, float_vector: {} }, valid_data: [false] }],
    };
    const expected = milvusMethod('Insert')?.requestSerialize(plain) as Buffer;
    const actual = encodeWriteRequest({ collection_name: 'docs', num_rows: 1, fields_data: [floatColumn('w', [], [false])] });
    expect(actual.toString('hex')).to.equal(expected.toString('hex'));
  });

  it('encodes before the call: a refused row throws at once, and every attempt sends the same bytes', () => {
    const refused = new Error('row 1 refused');
    const bad: FloatVectorColumn = {
      ...floatColumn('v', vectors),
      writeFloats: () => {
        throw refused;
      },
    };
    expect(() => encodedWriteRequest('Insert', { collection_name: 'docs', num_rows: 2, fields_data: [ids, bad] })).to.throw(refused);
    const request = encodedWriteRequest('Insert', { collection_name: 'docs', num_rows: 2, fields_data: [ids, floatColumn('v', vectors)] });
    // What call tracing and a reader of the request see: its names, not its columns.
    expect({ ...request }).to.deep.equal({ collection_name: 'docs', num_rows: 2 });
    const codec = wireCodecOf(request);
    expect(codec?.serialize(request)).to.equal(codec?.serialize(request));
    const decoded = milvusMethod('Insert')?.requestDeserialize(codec?.serialize(request) as Buffer) as {
      fields_data: Array<{ vectors?: { float_vector?: { data: number[] } } }>;
    };
    expect(decoded.fields_data[1]?.vectors?.float_vector?.data).to.deep.equal(Array.from(Float32Array.from(vectors.flat())));
  });
});
