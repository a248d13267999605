import { expect } from 'chai';
import { ExpressionError, parseExpression } from '../../../lib/testing/memory/expression.js';
import { type RowValues, compileFilter } from '../../../lib/testing/memory/predicate.js';
import { checkSchema } from '../../../lib/testing/memory/schema.js';
import { MilvusFailure } from '../../../lib/testing/memory/status.js';
import { DataType } from '../../../lib/testing/memory/wire.js';

const schema = checkSchema(
  {
    name: 'books',
    enable_dynamic_field: true,
    fields: [
      { name: 'id', data_type: DataType.Int64, is_primary_key: true },
      { name: 'title', data_type: DataType.VarChar, type_params: [{ key: 'max_length', value: '64' }] },
      { name: 'year', data_type: DataType.Int32 },
      { name: 'price', data_type: DataType.Double },
      { name: 'available', data_type: DataType.Bool },
      { name: 'meta', data_type: DataType.JSON },
      { name: 'vec', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
    ],
  },
  'books',
);

const rows = [
  { id: 1n, title: 'Dune', year: 1965, price: 9.5, available: true, meta: { genre: 'sf', tags: ['classic'] }, $meta: { shelf: 3 } },
  { id: 2n, title: 'Emma', year: 1815, price: 4, available: false, meta: { genre: 'novel' }, $meta: { shelf: 1 } },
  { id: 9007199254740993n, title: 'Dracula', year: 1897, price: 6.25, available: true, meta: {}, $meta: {} },
  { id: 4n, title: "Don't", year: 2001, price: 12, available: true, meta: { genre: 'sf' }, $meta: { shelf: 3 } },
] satisfies RowValues[];

/** The ids of the rows the filter keeps. */
function select(filter: string): string[] {
  const matches = compileFilter(schema, filter);
  return rows.filter((row) => matches(row)).map((row) => String(row.id));
}

/** The message of the Milvus failure a filter raises. */
function failure(filter: string): MilvusFailure {
  try {
    compileFilter(schema, filter);
  } catch (error) {
    if (error instanceof MilvusFailure) return error;
    throw error;
  }
  throw new Error(`${filter} compiled`);
}

describe('memory filter expressions', () => {
  const cases: Array<[string, string[]]> = [
    ['', ['1', '2', '9007199254740993', '4']],
    ['year > 1900', ['1', '4']],
    ['year >= 1965 and price < 10', ['1']],
    ['year < 1900 || price == 12', ['2', '9007199254740993', '4']],
    ['not (year < 1900)', ['1', '4']],
    ['!available', ['2']],
    ['available', ['1', '9007199254740993', '4']],
    ['available == false', ['2']],
    ['id in [1, 4, 7]', ['1', '4']],
    ['id not in [1, 4]', ['2', '9007199254740993']],
    ['id == 9007199254740993', ['9007199254740993']],
    ['id > 9007199254740992', ['9007199254740993']],
    ['price > 6', ['1', '9007199254740993', '4']],
    ['year == 1965.0', ['1']],
    ['1800 < year <= 1897', ['2', '9007199254740993']],
    ['title like "D%"', ['1', '9007199254740993', '4']],
    ["title like 'D_ne'", ['1']],
    ['title like "%a"', ['2', '9007199254740993']],
    [`title == "Don't"`, ['4']],
    [`title == 'Don\\'t'`, ['4']],
    ['title in ["Emma", "Dune"]', ['1', '2']],
    ['meta["genre"] == "sf"', ['1', '4']],
    ['meta["genre"] != "sf"', ['2']],
    ['meta["tags"][0] == "classic"', ['1']],
    ['shelf == 3', ['1', '4']],
    ['$meta["shelf"] < 3', ['2']],
    ['shelf in [1]', ['2']],
    ['YEAR_MISSING_KEY > 1', []],
    ['year > 1800 AND NOT title LIKE "E%" OR id IN [2]', ['1', '2', '9007199254740993', '4']],
    ['(year > 1900 or year < 1850) and available', ['1', '4']],
    ['price >= -1', ['1', '2', '9007199254740993', '4']],
    ['meta["genre"] is null', ['9007199254740993']],
    ['meta["genre"] IS NOT NULL and year > 1900', ['1', '4']],
    ['json_contains(meta["tags"], "classic")', ['1']],
    ['exists meta["genre"] and not exists meta["tags"]', ['2', '4']],
    // Arithmetic on a field by a number: integers stay integers (Int64 exactly), Double is float.
    ['year % 100 == 65', ['1']],
    ['year / 100 == 18', ['2', '9007199254740993']],
    ['id % 2 == 1', ['1', '9007199254740993']],
    ['id + 2 == 9007199254740995', ['9007199254740993']],
    ['price * 2 == 19', ['1']],
    ['price / 2 == 3.125', ['9007199254740993']],
    ['year + -15 == 1800', ['2']],
    ['year - 1 >= 2000', ['4']],
    ['shelf - 1 == 2', ['1', '4']],
    ['meta["genre"] * 2 == 1', []],
  ];
  for (const [filter, expected] of cases) {
    it(`${filter === '' ? '(empty)' : filter} selects ${expected.join(', ') || 'nothing'}`, () => {
      expect(select(filter)).to.deep.equal(expected);
    });
  }

  it('parses and and or with the usual precedence, and parentheses', () => {
    expect(parseExpression('a == 1 or b == 2 and c == 3')).to.have.property('kind', 'or');
    expect(parseExpression('(a == 1 or b == 2) and c == 3')).to.have.property('kind', 'and');
  });

  const invalid: Array<[string, RegExp]> = [
    ['year >', /expected a field or a value but found end of expression/],
    ['year > 1 and', /expected a field or a value/],
    ['year = 1', /unexpected character '='/],
    ['year > 1)', /expected 'and', 'or' or the end but found '\)'/],
    ['title like 5', /like needs a string pattern/],
    ['title == "open', /unterminated string/],
    ['year == "1965"', /comparison between Int32 field year and VarChar value/],
    ['title > 3', /comparison between VarChar field title and Int64 value/],
    ['available > true', /operator > is not supported on Bool fields/],
    ['year like "1%"', /like is not supported on Int32 field year/],
    ['year', /Int32 field year is not a boolean expression/],
    ['vec == 1', /vector field vec can not be used/],
    ['year["x"] == 1', /field year is Int32, not JSON/],
    ['exists year', /exists is only supported on JSON keys and dynamic fields, but year is Int32/],
    ['exists meta', /exists on a whole JSON field is not supported/],
    ['array_contains(year, 1)', /array_contains requires an array or JSON field, but year is Int32/],
    ['array_length(title) == 1', /array_length requires an array or JSON field, but title is VarChar/],
    ['year in {years}', /the value of expression template variable name \{years\} is not found/],
    ['year == {', /a template is \{name\}/],
    ['3 + year > 1', /expected a comparison, in, not in, like or is null but found '\+'/],
    ['price % 2 == 1', /modulo can only apply on integer types, but price is Double/],
    ['title + 1 == 2', /'\+' can only be used between integer or floating or json field expressions, but title is VarChar/],
    ['year / 0 == 1', /divide by zero/],
    ['year + "a" == 1', /arithmetic '\+' on field year needs a number/],
  ];
  for (const [filter, message] of invalid) {
    it(`rejects ${filter} with Milvus code 1100 naming the expression`, () => {
      const error = failure(filter);
      expect(error.code).to.equal(1100);
      expect(error.message).to.include(`cannot parse expression: ${filter}, error:`);
      expect(error.message).to.match(message);
    });
  }

  it('an unknown name is an error without the dynamic field', () => {
    const fixed = checkSchema(
      {
        name: 'c',
        fields: [
          { name: 'id', data_type: DataType.Int64, is_primary_key: true },
          { name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
        ],
      },
      'books',
    );
    expect(() => compileFilter(fixed, 'shelf == 3')).to.throw(MilvusFailure, /field shelf not exist/);
  });

  it('reports positions in parse errors', () => {
    expect(() => parseExpression('a == 1 b')).to.throw(ExpressionError, /at position 7/);
  });
});

/**
 * The rows and answers of a probe against milvus-lite 3.2.2 (pymilvus 3.0.2): the same schema,
 * rows and filters through its query, whose answers are written below as it gave them.
 */
describe('memory filters over Array, nullable and JSON fields (answers as milvus-lite gives them)', () => {
  const probe = checkSchema(
    {
      name: 'p',
      enable_dynamic_field: true,
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
        { name: 'age', data_type: DataType.Int32, nullable: true },
        { name: 'meta', data_type: DataType.JSON, nullable: true },
        {
          name: 'tags',
          data_type: DataType.Array,
          element_type: DataType.VarChar,
          nullable: true,
          type_params: [
            { key: 'max_capacity', value: '4' },
            { key: 'max_length', value: '8' },
          ],
        },
        { name: 'nums', data_type: DataType.Array, element_type: DataType.Int64, type_params: [{ key: 'max_capacity', value: '4' }] },
      ],
    },
    'p',
  );
  const probeRows: RowValues[] = [
    { id: 1n, age: 10, meta: { a: { b: 2 }, t: [1, 2, 3], n: null }, tags: ['x', 'y'], nums: [1n, 2n, 3n], $meta: {} },
    { id: 2n, age: null, meta: null, tags: null, nums: [], $meta: {} },
    { id: 3n, age: 30, meta: { a: { b: 0 }, t: ['x'] }, tags: ['z'], nums: [5n], $meta: {} },
    { id: 4n, age: 40, meta: { c: 1 }, tags: [], nums: [2n, 9n], $meta: { dyn: 5 } },
  ];
  const answers: Array<[string, number[]]> = [
    ['age > 5', [1, 3, 4]],
    ['not (age > 15)', [1]],
    ['age != 10', [3, 4]],
    ['age is null', [2]],
    ['age IS NULL', [2]],
    ['age Is Not Null', [1, 3, 4]],
    ['meta is null', [2]],
    ['tags is null', [2]],
    ['meta["a"]["b"] > 1', [1]],
    ['meta["a"]["b"] != 2', [3]],
    ['not (meta["a"]["b"] > 1)', [3]],
    ['exists meta["a"]', [1, 3]],
    ['exists meta["n"]', []],
    ['EXISTS meta["c"]', [4]],
    ['not exists meta["a"]', [2, 4]],
    ['json_contains(meta["t"], 1)', [1]],
    ['json_contains(meta["t"], "x")', [3]],
    ['json_contains_all(meta["t"], [1,2])', [1]],
    ['json_contains_any(meta["t"], [3, "x"])', [1, 3]],
    ['JSON_CONTAINS(meta["t"], 2)', [1]],
    ['json_contains(meta, 1)', []],
    ['not json_contains(meta["t"], 1)', [2, 3, 4]],
    ['array_contains(tags, "x")', [1]],
    ['not array_contains(tags, "x")', [2, 3, 4]],
    ['array_contains_all(nums, [1,2])', [1]],
    ['array_contains_any(nums, [9, 5])', [3, 4]],
    ['ARRAY_CONTAINS(nums, 5)', [3]],
    ['Array_Contains(nums, 5)', [3]],
    ['array_contains(nums, "x")', []],
    ['array_contains(tags, 1)', []],
    ['array_contains_all(nums, [])', [1, 2, 3, 4]],
    ['array_contains_any(nums, [])', []],
    ['array_contains_all(nums, 1)', [1]],
    ['array_length(nums) == 0', [2]],
    ['array_length(tags) >= 1', [1, 3]],
    ['tags[0] == "x"', [1]],
    ['nums[1] > 1', [1, 4]],
    ['tags[5] == "x"', []],
    ['not (tags[0] == "x")', [3]],
    ['tags[0] like "x%"', [1]],
    ['not (tags[0] like "x%")', [3]],
    ['meta["t"][0] == 1', [1]],
    ['dyn == 5', [4]],
    ['dyn != 5', []],
    ['dyn is null', [1, 2, 3]],
    ['exists dyn', [4]],
    ['not (age > 15 and id > 100)', [1, 2, 3, 4]],
    ['not (age > 15 or id > 1)', [1]],
    ['age > 15 or id == 2', [2, 3, 4]],
    ['not (age in [10])', [2, 3, 4]],
    ['age not in [10]', [2, 3, 4]],
    ['not (age is null)', [1, 3, 4]],
    ['age in [10, 30] and not (meta["c"] == 1)', []],
  ];
  for (const [filter, expected] of answers) {
    it(`${filter} selects ${expected.join(', ') || 'nothing'}`, () => {
      const matches = compileFilter(probe, filter);
      expect(probeRows.filter((row) => matches(row)).map((row) => Number(row.id))).to.deep.equal(expected);
    });
  }

  it('an Array index takes one integer, and its literal must fit the element type', () => {
    expect(() => compileFilter(probe, 'tags["a"] == "x"')).to.throw(MilvusFailure, /Array field tags takes one integer index/);
    expect(() => compileFilter(probe, 'nums[0] == "a"')).to.throw(MilvusFailure, /comparison between Int64 field nums and VarChar value/);
  });

  it('fills {name} templates with the values given, lists among them', () => {
    const templates = { ids: [1, 4], low: 15, tag: 'x', big: 9007199254740993n };
    const select = (filter: string): number[] => {
      const matches = compileFilter(probe, filter, templates);
      return probeRows.filter((row) => matches(row)).map((row) => Number(row.id));
    };
    expect(select('id in {ids}')).to.deep.equal([1, 4]);
    expect(select('age > {low} and id not in {ids}')).to.deep.equal([3]);
    expect(select('array_contains(tags, {tag})')).to.deep.equal([1]);
    expect(select('array_contains_any(nums, {ids})')).to.deep.equal([1]);
    expect(select('id < {big}')).to.deep.equal([1, 2, 3, 4]);
    expect(() => compileFilter(probe, 'id in {low}', templates)).to.throw(MilvusFailure, /template variable \{low\} is not array/);
  });
});
