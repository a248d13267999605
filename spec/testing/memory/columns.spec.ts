import { expect } from 'chai';
import { checkBatch } from '../../../lib/testing/memory/batch.js';
import { outputColumns, toBatch, toIds } from '../../../lib/testing/memory/columns.js';
import { RowStore } from '../../../lib/testing/memory/rows.js';
import { checkSchema } from '../../../lib/testing/memory/schema.js';
import { MilvusFailure } from '../../../lib/testing/memory/status.js';
import { type ColumnMessage, DataType } from '../../../lib/testing/memory/wire.js';

const schema = checkSchema({
  name: 'c',
  enable_dynamic_field: true,
  fields: [
    { name: 'id', data_type: DataType.Int64, is_primary_key: true },
    { name: 'score', data_type: DataType.Float, nullable: true },
    { name: 'meta', data_type: DataType.JSON },
    { name: 'vec', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
  ],
}, 'books');

const columns = (score: ColumnMessage): ColumnMessage[] => [
  { type: DataType.Int64, field_name: 'id', scalars: { data: 'long_data', long_data: { data: ['9007199254740993', '2', '3'] } } },
  score,
  {
    type: DataType.JSON,
    field_name: 'meta',
    scalars: { data: 'json_data', json_data: { data: ['{"a":1}', '[]', '"s"'].map((s) => Buffer.from(s)) } },
  },
  {
    type: DataType.JSON,
    field_name: '$meta',
    is_dynamic: true,
    scalars: { data: 'json_data', json_data: { data: ['{"x":1,"y":2}', '{}', '{"x":3}'].map((s) => Buffer.from(s)) } },
  },
  { type: DataType.FloatVector, field_name: 'vec', vectors: { dim: '2', float_vector: { data: [1, 2, 3, 4, 5, 6] } } },
];

describe('memory columns (FieldData on the wire)', () => {
  for (const [form, data] of [
    ['one value per row', [1.5, 0, 2.5]],
    ['values of valid rows only', [1.5, 2.5]],
  ] as const) {
    it(`reads a nullable column sent with ${form}`, () => {
      const batch = toBatch(
        schema,
        columns({
          type: DataType.Float,
          field_name: 'score',
          scalars: { data: 'float_data', float_data: { data: [...data] } },
          valid_data: [true, false, true],
        }),
        3,
      );
      expect(batch.columns.get('score')).to.deep.equal([1.5, null, 2.5]);
      expect(batch.columns.get('id')).to.deep.equal([9007199254740993n, 2n, 3n]);
      expect(batch.columns.get('meta')).to.deep.equal([{ a: 1 }, [], 's']);
      expect([...(batch.vectors.get('vec') ?? [])]).to.deep.equal([1, 2, 3, 4, 5, 6]);
    });
  }

  it('refuses a column whose data member does not fit its field, and JSON that does not parse', () => {
    const wrong = columns({ type: DataType.Float, field_name: 'score', scalars: { data: 'string_data', string_data: { data: ['a', 'b', 'c'] } } });
    expect(() => toBatch(schema, wrong, 3)).to.throw(MilvusFailure, /field score is Float, but its data is not float_data/);
    const badJson = columns({ type: DataType.Float, field_name: 'score', scalars: { data: 'float_data', float_data: { data: [1, 2, 3] } } });
    (badJson[2]?.scalars?.json_data?.data as Buffer[])[0] = Buffer.from('{oops');
    expect(() => toBatch(schema, badJson, 3)).to.throw(MilvusFailure, /JSON field meta is not valid JSON/);
  });

  it('writes stored rows back: Int64 as strings, nulls with valid_data, only the dynamic keys asked for', () => {
    const rows = new RowStore(schema);
    const batch = toBatch(
      schema,
      columns({
        type: DataType.Float,
        field_name: 'score',
        scalars: { data: 'float_data', float_data: { data: [1.5, 2.5] } },
        valid_data: [true, false, true],
      }),
      3,
    );
    rows.write(
      checkBatch(schema, batch, () => 0n, false),
      '_default',
    );
    const slots = rows.select(() => true);
    const [id, score, , vec, meta] = outputColumns(rows, slots, schema.fields, ['x']);
    expect(id?.scalars?.long_data?.data).to.deep.equal(['2', '3', '9007199254740993']);
    expect(score?.scalars?.float_data?.data).to.deep.equal([0, 2.5, 1.5]);
    expect(score?.valid_data).to.deep.equal([false, true, true]);
    expect(meta?.is_dynamic).to.equal(true);
    expect((meta?.scalars?.json_data?.data ?? []).map(String)).to.deep.equal(['{}', '{"x":3}', '{"x":1}']);
    expect(vec?.vectors?.float_vector?.data).to.deep.equal([3, 4, 5, 6, 1, 2]);
  });

  it('keys go out as Int64 IDs, in decimal', () => {
    expect(toIds(schema, [1n, 9007199254740993n])).to.deep.equal({ id_field: 'int_id', int_id: { data: ['1', '9007199254740993'] } });
  });
});
