import { expect } from 'chai';
import { checkBatch } from '../../../lib/testing/memory/batch.js';
import { outputColumns, toBatch, toIds } from '../../../lib/testing/memory/columns.js';
import { RowStore } from '../../../lib/testing/memory/rows.js';
import { checkSchema } from '../../../lib/testing/memory/schema.js';
import { MilvusFailure } from '../../../lib/testing/memory/status.js';
import { type ColumnMessage, DataType } from '../../../lib/testing/memory/wire.js';

const schema = checkSchema(
  {
    name: 'c',
    enable_dynamic_field: true,
    fields: [
      { name: 'id', data_type: DataType.Int64, is_primary_key: true },
      { name: 'score', data_type: DataType.Float, nullable: true },
      { name: 'meta', data_type: DataType.JSON },
      { name: 'vec', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
    ],
  },
  'books',
);

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
      () => '_default',
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

  describe('Array and nullable JSON columns', () => {
    const arrays = checkSchema(
      {
        name: 'a',
        fields: [
          { name: 'id', data_type: DataType.Int64, is_primary_key: true },
          { name: 'vec', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
          { name: 'doc', data_type: DataType.JSON, nullable: true },
          { name: 'nums', data_type: DataType.Array, element_type: DataType.Int64, type_params: [{ key: 'max_capacity', value: '3' }] },
          {
            name: 'small',
            data_type: DataType.Array,
            element_type: DataType.Int8,
            nullable: true,
            type_params: [{ key: 'max_capacity', value: '3' }],
          },
        ],
      },
      'a',
    );
    const arrayColumns = (nums: ColumnMessage['scalars'], small: ColumnMessage['scalars']): ColumnMessage[] => [
      { type: DataType.Int64, field_name: 'id', scalars: { data: 'long_data', long_data: { data: ['1', '2'] } } },
      { type: DataType.FloatVector, field_name: 'vec', vectors: { dim: '2', float_vector: { data: [1, 2, 3, 4] } } },
      // The null row carries empty bytes (a dense column), as some SDKs send it.
      {
        type: DataType.JSON,
        field_name: 'doc',
        scalars: { data: 'json_data', json_data: { data: [Buffer.alloc(0), Buffer.from('{"a":[1]}')] } },
        valid_data: [false, true],
      },
      { type: DataType.Array, field_name: 'nums', scalars: nums ?? null },
      { type: DataType.Array, field_name: 'small', scalars: small ?? null, valid_data: [true, false] },
    ];
    const longs = (...rows: string[][]): ColumnMessage['scalars'] => ({
      data: 'array_data',
      array_data: { element_type: DataType.Int64, data: rows.map((data) => ({ data: 'long_data', long_data: { data } })) },
    });
    const ints = (...rows: number[][]): ColumnMessage['scalars'] => ({
      data: 'array_data',
      array_data: { element_type: DataType.Int8, data: rows.map((data) => ({ data: 'int_data', int_data: { data } })) },
    });
    const failure = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        if (error instanceof MilvusFailure) return error.message;
        throw error;
      }
      throw new Error('no failure');
    };

    it('reads Arrays (Int64 elements as bigint) and a null JSON sent as empty bytes, and writes them back', () => {
      const batch = toBatch(arrays, arrayColumns(longs(['9007199254740993', '2'], []), ints([1, -2], [])), 2);
      expect(batch.columns.get('nums')).to.deep.equal([[9007199254740993n, 2n], []]);
      expect(batch.columns.get('small')).to.deep.equal([[1, -2], null]);
      expect(batch.columns.get('doc')).to.deep.equal([null, { a: [1] }]);
      const rows = new RowStore(arrays);
      rows.write(
        checkBatch(arrays, batch, () => 0n, false),
        () => '_default',
      );
      const [, , doc, nums, small] = outputColumns(
        rows,
        rows.select(() => true),
        arrays.fields,
        [],
      );
      expect(nums?.scalars?.array_data).to.deep.equal({
        element_type: DataType.Int64,
        data: [
          { data: 'long_data', long_data: { data: ['9007199254740993', '2'] } },
          { data: 'long_data', long_data: { data: [] } },
        ],
      });
      expect(small?.valid_data).to.deep.equal([true, false]);
      expect(small?.scalars?.array_data?.data?.[1]).to.deep.equal({ data: 'int_data', int_data: { data: [] } });
      expect(doc?.valid_data).to.deep.equal([false, true]);
      expect((doc?.scalars?.json_data?.data ?? []).map(String)).to.deep.equal(['', '{"a":[1]}']);
    });

    it('reads empty JSON bytes as no value, as the official SDK sends a missing JSON even with valid_data true', () => {
      const sent = arrayColumns(longs(['1'], ['2']), ints([1], []));
      (sent[2] as ColumnMessage).valid_data = [true, true];
      expect(toBatch(arrays, sent, 2).columns.get('doc')).to.deep.equal([null, { a: [1] }]);
      const meta: ColumnMessage = { type: DataType.JSON, field_name: 'meta', scalars: { data: 'json_data', json_data: { data: [Buffer.alloc(0)] } } };
      const one = columns({ type: DataType.Float, field_name: 'score', scalars: { data: 'float_data', float_data: { data: [1] } } });
      expect(toBatch(schema, [...one.filter((column) => column.field_name !== 'meta'), meta], 1).columns.get('meta')).to.deep.equal([{}]);
    });

    it('refuses Arrays of the wrong element data, beyond max_capacity or out of the element range, in Milvus words', () => {
      const strings: ColumnMessage['scalars'] = {
        data: 'array_data',
        array_data: { element_type: DataType.VarChar, data: [{ data: 'string_data', string_data: { data: ['a'] } }] },
      };
      expect(failure(() => toBatch(arrays, arrayColumns(strings, ints([1], [])), 2))).to.equal(
        'insert data does not match: invalid parameter[expected=int64 array][actual=*schemapb.ScalarField_StringData array]',
      );
      expect(failure(() => toBatch(arrays, arrayColumns(undefined, ints([1], [])), 2))).to.equal(
        "array field 'nums' is illegal, array type mismatch: invalid parameter[expected=need Int64 array][actual=got nil]",
      );
      const over = toBatch(arrays, arrayColumns(longs(['1'], ['1', '2', '3', '4']), ints([1], [])), 2);
      expect(failure(() => checkBatch(arrays, over, () => 0n, false))).to.equal(
        'the length (4) of 1th array exceeds max capacity (3): invalid parameter[expected=valid length array][actual=array length exceeds max capacity]',
      );
      const overflow = toBatch(arrays, arrayColumns(longs(['1'], []), ints([1, 300], [])), 2);
      expect(failure(() => checkBatch(arrays, overflow, () => 0n, false))).to.equal(
        "the 1th element (300) out of range: [-128, 127]: invalid parameter[expected=integer doesn't overflow][actual=out of range]",
      );
    });
  });
});
