import { expect } from 'chai';
import { ExpressionError, parseExpression } from '../../../lib/testing/memory/expression.js';
import { type RowValues, compileFilter } from '../../../lib/testing/memory/predicate.js';
import { checkSchema } from '../../../lib/testing/memory/schema.js';
import { MilvusFailure } from '../../../lib/testing/memory/status.js';
import { DataType } from '../../../lib/testing/memory/wire.js';

const schema = checkSchema({
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
});

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
    ['exists meta["a"]', /expected 'and', 'or' or the end but found 'meta'/],
    ['3 + year > 1', /unexpected character '\+'/],
    ['array_contains(meta["tags"], "x")', /unexpected character|expected/],
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
    const fixed = checkSchema({
      name: 'c',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
      ],
    });
    expect(() => compileFilter(fixed, 'shelf == 3')).to.throw(MilvusFailure, /field shelf not exist/);
  });

  it('reports positions in parse errors', () => {
    expect(() => parseExpression('a == 1 b')).to.throw(ExpressionError, /at position 7/);
  });
});
