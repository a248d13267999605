import { expect } from 'chai';
import type { Batch } from '../../../lib/testing/memory/batch.js';
import { floatQueries } from '../../../lib/testing/memory/vector-search.js';
import { Catalog } from '../../../lib/testing/memory/catalog.js';
import type { Scalar } from '../../../lib/testing/memory/schema.js';
import { MilvusFailure } from '../../../lib/testing/memory/status.js';
import { type CollectionSchemaMessage, DataType, type FieldSchemaMessage } from '../../../lib/testing/memory/wire.js';

const SCHEMA: CollectionSchemaMessage = {
  name: 'books',
  enable_dynamic_field: true,
  fields: [
    { name: 'id', data_type: DataType.Int64, is_primary_key: true },
    { name: 'title', data_type: DataType.VarChar, type_params: [{ key: 'max_length', value: '8' }] },
    { name: 'year', data_type: DataType.Int16, nullable: true },
    { name: 'vec', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] },
  ],
};

function batch(rows: Array<{ id?: bigint; title?: string; year?: number | null; vec: [number, number]; $meta?: Scalar }>): Batch {
  const columns = new Map<string, Array<Scalar | null>>();
  for (const name of ['id', 'title', 'year', '$meta'] as const) {
    if (rows.some((row) => row[name] !== undefined))
      columns.set(
        name,
        rows.map((row) => row[name] ?? null),
      );
  }
  return { count: rows.length, columns, vectors: new Map([['vec', Float32Array.from(rows.flatMap((row) => row.vec))]]) };
}

/** The merr code and reason of what `action` throws. */
function failure(action: () => unknown): { code: number; reason: string } {
  try {
    action();
  } catch (error) {
    if (error instanceof MilvusFailure) return { code: error.code, reason: error.message };
    throw error;
  }
  throw new Error('no failure');
}

describe('memory catalog', () => {
  let catalog: Catalog;
  beforeEach(() => {
    catalog = new Catalog(() => 1_700_000_000_000);
    catalog.createCollection('', 'books', SCHEMA);
  });

  const loaded = (): void => {
    catalog.collection('', 'books').createIndex('vec', '', [
      { key: 'index_type', value: 'HNSW' },
      { key: 'metric_type', value: 'L2' },
    ]);
    catalog.collection('', 'books').load();
  };

  it('databases: default exists and cannot be dropped; others are created, listed, dropped when empty', () => {
    catalog.createDatabase('shop');
    expect(catalog.listDatabases().map((db) => db.name)).to.deep.equal(['default', 'shop']);
    expect(failure(() => catalog.createDatabase('shop'))).to.deep.equal({ code: 1100, reason: 'database already exist: shop: invalid parameter' });
    expect(failure(() => catalog.dropDatabase('default')).code).to.equal(1100);
    catalog.createCollection('shop', 'carts', { ...SCHEMA, name: 'carts' });
    expect(failure(() => catalog.dropDatabase('shop')).reason).to.match(/not empty/);
    catalog.dropCollection('shop', 'carts');
    catalog.dropDatabase('shop');
    expect(failure(() => catalog.collection('shop', 'carts'))).to.deep.equal({ code: 800, reason: 'database not found[database=shop]' });
  });

  it('collections: not found is 100, the same create again succeeds, a different one is refused', () => {
    expect(failure(() => catalog.collection('', 'nope'))).to.deep.equal({
      code: 100,
      reason: 'collection not found[database=default][collection=nope]',
    });
    catalog.createCollection('', 'books', SCHEMA);
    expect(failure(() => catalog.createCollection('', 'books', { ...SCHEMA, enable_dynamic_field: false })).reason).to.match(
      /duplicate collection with different parameters/,
    );
    expect(catalog.hasCollection('', 'books')).to.equal(true);
    catalog.dropCollection('', 'books');
    catalog.dropCollection('', 'books');
    expect(catalog.hasCollection('', 'books')).to.equal(false);
  });

  const badSchemas: Array<[string, CollectionSchemaMessage, RegExp]> = [
    [
      'no primary key',
      { name: '', fields: [{ name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '2' }] }] },
      /primary key is not specified/,
    ],
    ['no vector', { name: '', fields: [{ name: 'id', data_type: DataType.Int64, is_primary_key: true }] }, /does not contain vector field/],
    [
      'a Float primary key',
      { name: '', fields: [{ name: 'id', data_type: DataType.Float, is_primary_key: true }] },
      /primary key should be Int64 or VarChar/,
    ],
    [
      'dim out of range',
      {
        ...SCHEMA,
        fields: [
          { name: 'id', data_type: DataType.Int64, is_primary_key: true },
          { name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '40000' }] },
        ],
      },
      /^invalid dimension: 40000 of field v. float vector dimension should be in range 2 ~ 32768: invalid parameter$/,
    ],
    [
      'dim 1',
      {
        ...SCHEMA,
        fields: [SCHEMA.fields[0] as FieldSchemaMessage, { name: 'v', data_type: DataType.FloatVector, type_params: [{ key: 'dim', value: '1' }] }],
      },
      /^invalid dimension: 1. should be in range 2 ~ 32768: invalid parameter$/,
    ],
    [
      'a vector without dim',
      { ...SCHEMA, fields: [SCHEMA.fields[0] as FieldSchemaMessage, { name: 'v', data_type: DataType.FloatVector }] },
      /^dimension is not defined in field type params of field v, check type param `dim` for vector field: invalid parameter$/,
    ],
    [
      'an Array without max_capacity',
      { ...SCHEMA, fields: [...SCHEMA.fields, { name: 'tags', data_type: DataType.Array, element_type: DataType.Int64 }] },
      /^type param\(max_capacity\) should be specified for array field tags of collection other: missing parameter$/,
    ],
    [
      'an Array with max_capacity 4097',
      {
        ...SCHEMA,
        fields: [
          ...SCHEMA.fields,
          { name: 'tags', data_type: DataType.Array, element_type: DataType.Int64, type_params: [{ key: 'max_capacity', value: '4097' }] },
        ],
      },
      /^the maximum capacity specified for a Array should be in \(0, 4096\]: invalid parameter$/,
    ],
    [
      'an Array of JSON',
      {
        ...SCHEMA,
        fields: [
          ...SCHEMA.fields,
          { name: 'tags', data_type: DataType.Array, element_type: DataType.JSON, type_params: [{ key: 'max_capacity', value: '4' }] },
        ],
      },
      /^element type JSON is not supported: invalid parameter$/,
    ],
    [
      'an Array without element type',
      { ...SCHEMA, fields: [...SCHEMA.fields, { name: 'tags', data_type: DataType.Array, type_params: [{ key: 'max_capacity', value: '4' }] }] },
      /^element data type None is not valid: invalid parameter$/,
    ],
    [
      'a VarChar Array without max_length',
      {
        ...SCHEMA,
        fields: [
          ...SCHEMA.fields,
          { name: 'tags', data_type: DataType.Array, element_type: DataType.VarChar, type_params: [{ key: 'max_capacity', value: '4' }] },
        ],
      },
      /^type param\(max_length\) should be specified for the field\(tags\) of collection other: missing parameter$/,
    ],
    [
      'a VarChar without max_length',
      { ...SCHEMA, fields: [{ name: 'id', data_type: DataType.VarChar, is_primary_key: true }] },
      /^type param\(max_length\) should be specified for the field\(id\) of collection other: missing parameter$/,
    ],
    [
      'a bad field name',
      { ...SCHEMA, fields: [{ name: '1st', data_type: DataType.Int64, is_primary_key: true }] },
      /^Invalid field name: 1st. The first character of a field name must be an underscore or letter.: field name invalid\[field=1st\]$/,
    ],
    [
      'an unsupported type',
      { ...SCHEMA, fields: [...SCHEMA.fields, { name: 'b', data_type: DataType.ArrayOfVector }] },
      /ArrayOfVector of field b is not supported/,
    ],
    [
      'a duplicated field',
      { ...SCHEMA, fields: [...SCHEMA.fields, { name: 'title', data_type: DataType.Bool }] },
      /^duplicated field name title found: invalid parameter$/,
    ],
  ];
  for (const [what, schema, reason] of badSchemas) {
    it(`CreateCollection refuses ${what} naming it`, () => {
      const error = failure(() => catalog.createCollection('', 'other', { ...schema, name: '' }));
      expect(error.code).to.be.oneOf([1100, 1101, 1701]);
      expect(error.reason).to.match(reason);
    });
  }

  it('aliases resolve to their collection; conflicts and missing aliases have their codes', () => {
    catalog.createCollection('', 'magazines', { ...SCHEMA, name: '' });
    catalog.createAlias('', 'books', 'reading');
    expect(catalog.collection('', 'reading').name).to.equal('books');
    expect(failure(() => catalog.createAlias('', 'magazines', 'reading')).code).to.equal(1602);
    expect(failure(() => catalog.createAlias('', 'books', 'magazines')).code).to.equal(1601);
    expect(failure(() => catalog.dropCollection('', 'books')).reason).to.match(/associated aliases \[reading\]/);
    catalog.alterAlias('', 'magazines', 'reading');
    expect(catalog.describeAlias('', 'reading')).to.equal('magazines');
    expect(catalog.listAliases('', 'magazines')).to.deep.equal(['reading']);
    catalog.dropAlias('', 'reading');
    expect(failure(() => catalog.describeAlias('', 'reading'))).to.deep.equal({
      code: 1600,
      reason: 'alias not found[database=default][alias=reading]',
    });
  });

  it('rename keeps the data and frees the old name', () => {
    catalog.collection('', 'books').write('', batch([{ id: 1n, title: 'a', vec: [1, 0] }]), false);
    catalog.renameCollection('', 'books', 'novels');
    expect(catalog.hasCollection('', 'books')).to.equal(false);
    expect(catalog.collection('', 'novels').rows.size).to.equal(1);
  });

  it('load needs an index on every vector field (700); search and query need a load (101)', () => {
    expect(failure(() => catalog.collection('', 'books').load()).code).to.equal(700);
    expect(failure(() => catalog.collection('', 'books').query({ filter: { expr: 'id > 0' }, outputFields: [] }))).to.deep.equal({
      code: 101,
      reason: 'collection not loaded[collection=books]',
    });
    loaded();
    expect(catalog.collection('', 'books').query({ filter: { expr: '' }, outputFields: ['count(*)'] }).count).to.equal(0);
    expect(failure(() => catalog.collection('', 'books').dropIndex('vec')).reason).to.match(/release it first/);
    catalog.collection('', 'books').release();
    catalog.collection('', 'books').dropIndex('vec');
    expect(failure(() => catalog.collection('', 'books').describeIndex()).code).to.equal(700);
  });

  it('indexes: one per field, the same again succeeds, the metric defaults to COSINE', () => {
    catalog.collection('', 'books').createIndex('vec', 'v_idx', [{ key: 'index_type', value: 'AUTOINDEX' }]);
    catalog.collection('', 'books').createIndex('vec', 'v_idx', [{ key: 'index_type', value: 'AUTOINDEX' }]);
    expect(catalog.collection('', 'books').describeIndex()[0]?.metric).to.equal('COSINE');
    expect(failure(() => catalog.collection('', 'books').createIndex('vec', 'v_idx', [{ key: 'index_type', value: 'FLAT' }])).reason).to.match(
      /at most one distinct index/,
    );
    expect(failure(() => catalog.collection('', 'books').createIndex('nope', '', []))).to.deep.equal({
      code: 65_535,
      reason: 'cannot create index on non-exist field: nope',
    });
    expect(failure(() => catalog.collection('', 'books').createIndex('title', '', [{ key: 'index_type', value: 'HNSW' }])).code).to.equal(701);
  });

  it('insert checks the batch before storing anything', () => {
    const bad: Array<[Batch, RegExp]> = [
      [batch([{ id: 1n, title: 'far too long', vec: [1, 0] }]), /exceeds max length/],
      [
        batch([{ id: 1n, title: 'a', year: 40_000, vec: [1, 0] }]),
        /the 0th element \(40000\) out of range: \[-32768, 32767\]: invalid parameter\[expected=integer doesn't overflow\]\[actual=out of range\]/,
      ],
      [batch([{ title: 'a', vec: [1, 0] }]), /missed the primary key field `id`/],
      [
        { ...batch([{ id: 1n, title: 'a', vec: [1, 0] }]), vectors: new Map([['vec', Float32Array.from([1, 0, 0])]]) },
        /^the dim \(3\) of field data\(vec\) is not equal to schema dim \(2\): invalid parameter\[expected=2\]\[actual=3\]$/,
      ],
      [
        {
          ...batch([{ id: 1n, title: 'a', vec: [1, 0] }]),
          columns: new Map([
            ['id', [1n]],
            ['title', ['a']],
            ['nope', [1]],
          ]),
        },
        /unexpected field `nope`/,
      ],
      [{ ...batch([{ id: 1n, vec: [1, 0] }]) }, /missed an field `title`/],
    ];
    for (const [data, reason] of bad) expect(failure(() => catalog.collection('', 'books').write('', data, false)).reason).to.match(reason);
    expect(failure(() => catalog.collection('', 'books').write('p1', batch([{ id: 1n, title: 'a', vec: [1, 0] }]), false))).to.deep.equal({
      code: 200,
      reason: 'partition not found[partition=p1]',
    });
    expect(catalog.collection('', 'books').rows.size).to.equal(0);
  });

  it('auto IDs are int64 beyond 2^53, increasing', () => {
    catalog.createCollection('', 'auto', {
      ...SCHEMA,
      name: '',
      fields: [{ ...SCHEMA.fields[0], autoID: true } as never, ...SCHEMA.fields.slice(1)],
    });
    const keys = catalog.collection('', 'auto').write(
      '',
      batch([
        { title: 'a', vec: [1, 0] },
        { title: 'b', vec: [0, 1] },
      ]),
      false,
    );
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('bigint');
    expect((keys[0] as bigint) > 2n ** 53n).to.equal(true);
    expect(keys[1]).to.equal((keys[0] as bigint) + 1n);
    expect(failure(() => catalog.collection('', 'auto').write('', batch([{ id: 5n, title: 'a', vec: [1, 0] }]), false)).reason).to.match(
      /auto-generated primary key/,
    );
  });

  it('upsert replaces by key; delete counts the keys a key list names, other filters what went; query orders by key, with limit and offset', () => {
    loaded();
    catalog.collection('', 'books').write(
      '',
      batch([
        { id: 3n, title: 'c', vec: [1, 0] },
        { id: 1n, title: 'a', vec: [0, 1] },
        { id: 2n, title: 'b', vec: [1, 1], $meta: { shelf: 2 } },
      ]),
      false,
    );
    catalog.collection('', 'books').write('', batch([{ id: 3n, title: 'C', vec: [1, 0] }]), true);
    const all = catalog.collection('', 'books').query({ filter: { expr: 'id > 0' }, outputFields: ['title'] });
    expect(all.slots.map((slot) => catalog.collection('', 'books').rows.values(slot)['title'])).to.deep.equal(['a', 'b', 'C']);
    expect(all.fields.map((field) => field.name)).to.deep.equal(['id', 'title']);
    const page = catalog.collection('', 'books').query({ filter: { expr: '' }, outputFields: ['shelf'], limit: 1, offset: 1 });
    expect(page.slots.map((slot) => catalog.collection('', 'books').rows.key(slot))).to.deep.equal([2n]);
    expect(page.fields.map((field) => field.name)).to.deep.equal(['id', '$meta']);
    expect(page.dynamicKeys).to.deep.equal(['shelf']);
    // A primary key list counts the keys it names, the absent 99 too (as Milvus's proxy does) ...
    expect(catalog.collection('', 'books').delete('', { expr: 'id in [1, 99]' })).to.equal(2);
    // ... any other filter the entities that went.
    expect(catalog.collection('', 'books').delete('', { expr: 'title in ["C", "nope"]' })).to.equal(1);
    expect(catalog.collection('', 'books').query({ filter: { expr: '' }, outputFields: ['count(*)'] }).count).to.equal(1);
    expect(failure(() => catalog.collection('', 'books').query({ filter: { expr: '' }, outputFields: [] })).reason).to.match(
      /empty expression should be used with limit/,
    );
    expect(failure(() => catalog.collection('', 'books').delete('', { expr: ' ' })).reason).to.match(/expr cannot be empty/);
  });

  it('top-k, limit and offset beyond Milvus bounds answer 65535 in its words', () => {
    loaded();
    const books = catalog.collection('', 'books');
    const search = (topK: number, offset = 0): unknown =>
      failure(() => books.search({ annsField: 'vec', queries: floatQueries([Float32Array.from([1, 0])]), topK, offset }));
    const window = (key: string, value: number): object => ({
      code: 65_535,
      reason: `${key} [${value}] is invalid, it should be in range [1, 16384], but got ${value}`,
    });
    expect(search(0)).to.deep.equal(window('topk', 0));
    expect(search(16_385)).to.deep.equal(window('topk', 16_385));
    expect(search(10, 16_380)).to.deep.equal(window('offset+topk', 16_390));
    expect(failure(() => books.query({ filter: { expr: '' }, outputFields: [], limit: 0 }))).to.deep.equal(window('limit', 0));
    expect(failure(() => books.query({ filter: { expr: '' }, outputFields: [], limit: 16_000, offset: 1000 }))).to.deep.equal({
      code: 65_535,
      reason: '(offset+limit) should be in range [1, 16384], but got 17000',
    });
  });

  it('search: exact top-k per vector with filter and partitions; the metric must match the index', () => {
    loaded();
    catalog.collection('', 'books').createPartition('old');
    catalog.collection('', 'books').write(
      '',
      batch([
        { id: 1n, title: 'a', vec: [1, 0] },
        { id: 2n, title: 'b', vec: [0, 1] },
      ]),
      false,
    );
    catalog.collection('', 'books').write('old', batch([{ id: 3n, title: 'c', vec: [0.9, 0.1], year: 1900 }]), false);
    const result = catalog
      .collection('', 'books')
      .search({ annsField: 'vec', queries: floatQueries([Float32Array.from([1, 0]), Float32Array.from([0, 1])]), topK: 2 });
    expect(result.hits.map((hits) => hits.map((hit) => catalog.collection('', 'books').rows.key(hit.slot)))).to.deep.equal([
      [1n, 3n],
      [2n, 3n],
    ]);
    const filtered = catalog.collection('', 'books').search({
      annsField: '',
      queries: floatQueries([Float32Array.from([1, 0])]),
      topK: 5,
      filter: { expr: 'year is not null or title != "a"' },
      partitions: ['_default'],
    });
    expect(filtered.hits[0]?.map((hit) => catalog.collection('', 'books').rows.key(hit.slot))).to.deep.equal([2n]);
    const mismatch = failure(() =>
      catalog.collection('', 'books').search({ annsField: 'vec', queries: floatQueries([Float32Array.from([1, 0])]), topK: 1, metric: 'IP' }),
    );
    expect(mismatch).to.deep.equal({ code: 1100, reason: 'metric type not match: expected=L2, actual=IP: invalid parameter' });
    expect(
      failure(() => catalog.collection('', 'books').search({ annsField: 'vec', queries: floatQueries([Float32Array.from([1, 0, 0])]), topK: 1 }))
        .reason,
    ).to.match(/dimension mismatch, expected 2, actual 3/);
    expect(
      failure(() =>
        catalog
          .collection('', 'books')
          .search({ annsField: 'vec', queries: floatQueries([Float32Array.from([1, 0])]), topK: 1, partitions: ['new'] }),
      ).code,
    ).to.equal(200);
  });
});
