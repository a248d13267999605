import { expect } from 'chai';
import { DataType } from '../../../lib/index.js';
import { milvusService } from '../../../lib/protocol/proto.js';
import { withVectorDecoding } from '../../../lib/testing/memory/vector-wire.js';

describe('memory vector decoding of inserts', () => {
  const service = milvusService();
  const decoding = withVectorDecoding(service);
  const request = {
    collection_name: 'docs',
    num_rows: 2,
    fields_data: [
      { field_name: 'id', type: DataType.Int64, scalars: { long_data: { data: ['1', '2'] } } },
      { field_name: 'v', type: DataType.FloatVector, vectors: { dim: 2, float_vector: { data: [0.5, -1, 2, 3] } } },
      { field_name: 'f', type: DataType.Float, scalars: { float_data: { data: [1.5, 2.5] } } },
      { field_name: 'a', type: DataType.Array, scalars: { array_data: { element_type: DataType.Float, data: [{ float_data: { data: [0.25] } }] } } },
    ],
  };

  for (const method of ['Insert', 'Upsert'] as const) {
    it(`${method}: what any client encoded decodes as proto-loader decodes it, a float vector column as one Float32Array`, () => {
      const bytes = service[method]?.requestSerialize(request) as Buffer;
      const standard = service[method]?.requestDeserialize(bytes) as { fields_data: Array<Record<string, unknown>> };
      const fast = decoding[method]?.requestDeserialize(bytes) as typeof standard;
      const vectors = fast.fields_data[1]?.['vectors'] as { float_vector: { data: unknown } };
      expect(vectors.float_vector.data).to.be.instanceOf(Float32Array);
      expect(Array.from(vectors.float_vector.data as Float32Array)).to.deep.equal([0.5, -1, 2, 3]);
      vectors.float_vector.data = Array.from(vectors.float_vector.data as Float32Array);
      expect(fast).to.deep.equal(standard);
    });
  }

  it('leaves every other method as it was', () => {
    expect(decoding['Search']).to.equal(service['Search']);
    expect(decoding['Insert']?.requestSerialize).to.equal(service['Insert']?.requestSerialize);
  });
});
