import { expect } from 'chai';
import { decodePlaceholderGroup, encodePlaceholderGroup } from '../../lib/protocol/codec.js';
import { milvusMethod } from '../../lib/protocol/proto.js';
import { type SearchRequestFields, encodeSearchRequest, encodedSearchRequest } from '../../lib/protocol/search-bytes.js';
import { floatBytes, sparseRowBytes } from '../../lib/protocol/vector-bytes.js';
import { wireCodecOf } from '../../lib/protocol/wire-codec.js';
import { DataType } from '../../lib/index.js';

/** The request as proto-loader takes it: the placeholder group encoded on its own, fields at their default left out. */
function plainOf(request: SearchRequestFields): Record<string, unknown> {
  const { placeholder_type, vectors, consistency_level, use_default_consistency, ...rest } = request;
  const plain: Record<string, unknown> = {
    ...rest,
    placeholder_group: encodePlaceholderGroup(
      placeholder_type,
      vectors.map((vector) => Buffer.from(vector)),
    ),
  };
  for (const key of ['dsl', 'collection_name'] as const) if (plain[key] === '') delete plain[key];
  if (consistency_level !== undefined && consistency_level !== 0) plain['consistency_level'] = consistency_level;
  if (use_default_consistency) plain['use_default_consistency'] = true;
  return plain;
}

function expectSameBytes(request: SearchRequestFields): void {
  const expected = milvusMethod('Search')?.requestSerialize(plainOf(request)) as Buffer;
  expect(encodeSearchRequest(request).toString('hex')).to.equal(expected.toString('hex'));
}

const floats = (...rows: number[][]): Buffer[] => rows.map((row) => floatBytes(Float32Array.from(row)));

// proto-loader writes a field set to its default; proto3 (and these bytes) leave it out, which a
// server reads the same: the requests compared below leave such fields out on both sides.
describe('search requests (query vectors written in place)', () => {
  const base: SearchRequestFields = {
    collection_name: 'docs',
    partition_names: [],
    dsl: '',
    dsl_type: 1,
    placeholder_type: DataType.FloatVector,
    vectors: floats([0.5, -1.25, 3.4028234663852886e38]),
    output_fields: [],
    search_params: [
      { key: 'anns_field', value: 'embedding' },
      { key: 'topk', value: '10' },
      { key: 'params', value: '{}' },
    ],
    nq: 1,
    use_default_consistency: true,
  };

  it('encodes a plain search byte for byte as proto-loader does', () => {
    expectSameBytes(base);
  });

  it('encodes partitions, a filter, output fields, a consistency level and several vectors as proto-loader does', () => {
    expectSameBytes({
      ...base,
      collection_name: 'notes_é',
      partition_names: ['p1', 'p2'],
      dsl: 'title like "é%" and year > 2000',
      output_fields: ['title', 'year', ''],
      vectors: floats([1, 2, 3], [1.401298464324817e-45, -0, 7]),
      nq: 2,
      consistency_level: 0,
      use_default_consistency: false,
    });
    expectSameBytes({ ...base, consistency_level: 2, use_default_consistency: false });
  });

  it('leaves an empty parameter value off the wire, as proto3 does, and it reads back empty', () => {
    const bytes = encodeSearchRequest({ ...base, search_params: [{ key: 'offset', value: '' }] });
    const decoded = milvusMethod('Search')?.requestDeserialize(bytes) as { search_params: unknown };
    expect(decoded.search_params).to.deep.equal([{ key: 'offset', value: '' }]);
  });

  it('writes lengths past one varint byte: long strings, a 768-dim vector, many vectors', () => {
    const wide = Array.from({ length: 768 }, (_, i) => i / 7);
    expectSameBytes({
      ...base,
      collection_name: 'c'.repeat(300),
      dsl: `id in [${Array.from({ length: 5000 }, (_, i) => i).join(', ')}]`,
      vectors: floats(...Array.from({ length: 200 }, () => wide)),
      nq: 200,
    });
  });

  it('carries sparse and binary query vectors of their own lengths', () => {
    const sparse = [sparseRowBytes({ indices: [1, 7], values: [0.5, 2] }), sparseRowBytes({ indices: [3], values: [1] })];
    expectSameBytes({ ...base, placeholder_type: DataType.SparseFloatVector, vectors: sparse, nq: 2 });
    const bytes = encodeSearchRequest({ ...base, placeholder_type: DataType.BinaryVector, vectors: [Buffer.from([0xff, 0x01])] });
    const decoded = milvusMethod('Search')?.requestDeserialize(bytes) as { placeholder_group: Buffer };
    expect(decodePlaceholderGroup(decoded.placeholder_group)).to.deep.include({
      placeholders: [{ tag: '$0', type: DataType.BinaryVector, values: [Buffer.from([0xff, 0x01])], element_level: false }],
    });
  });

  it('is encoded before the call: every attempt sends the same bytes, and a reader of the request sees its names', () => {
    const request = encodedSearchRequest(base);
    expect({ ...request }).to.deep.equal({ collection_name: 'docs', nq: 1 });
    const codec = wireCodecOf(request);
    expect(codec?.serialize(request)).to.equal(codec?.serialize(request));
    expect(codec?.serialize(request).toString('hex')).to.equal(encodeSearchRequest(base).toString('hex'));
  });
});
