import { expect } from 'chai';
import { decodeHits, decodeRows } from '../../lib/data/decode.js';
import type { FieldData__Output } from '../../lib/protocol/generated/milvus/proto/schema/FieldData.js';
import type { SearchResultData__Output } from '../../lib/protocol/generated/milvus/proto/schema/SearchResultData.js';

/** A reply's dynamic column (`$meta`), one JSON object a row, as Milvus sends it. */
function dynamicColumn(values: readonly object[]): FieldData__Output {
  return {
    type: 'JSON',
    field_name: '$meta',
    field_id: '102',
    is_dynamic: true,
    valid_data: [],
    field: 'scalars',
    scalars: { data: 'json_data', json_data: { data: values.map((value) => Buffer.from(JSON.stringify(value))) } },
  } as unknown as FieldData__Output;
}

describe('decoding replies', () => {
  const meta = dynamicColumn([
    { color: 'red', size: 1 },
    { color: 'blue', size: 2 },
  ]);

  it('merges every key of the dynamic field into its row when all were asked for', () => {
    const all = [
      { color: 'red', size: 1 },
      { color: 'blue', size: 2 },
    ];
    expect(decodeRows([meta])).to.deep.equal(all);
    expect(decodeRows([meta], undefined, ['*'])).to.deep.equal(all);
    expect(decodeRows([meta], undefined, ['$meta'])).to.deep.equal(all);
  });

  it('keeps only the dynamic keys asked for (Milvus 2.3 sends the whole dynamic object for one key)', () => {
    expect(decodeRows([meta], undefined, ['color'])).to.deep.equal([{ color: 'red' }, { color: 'blue' }]);
    const results = {
      num_queries: '1',
      top_k: '2',
      topks: ['2'],
      scores: [0, 1],
      ids: { id_field: 'int_id', int_id: { data: ['3', '4'] } },
      fields_data: [meta],
    } as unknown as SearchResultData__Output;
    expect(decodeHits(results, ['size'])).to.deep.equal([
      [
        { id: 3n, score: 0, row: { size: 1 } },
        { id: 4n, score: 1, row: { size: 2 } },
      ],
    ]);
  });
});
