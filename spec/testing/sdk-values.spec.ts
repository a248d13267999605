import { DataType, MilvusClient } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

/**
 * Array, nullable and JSON values and filter templates through the official Node SDK's
 * high-level API. The rows and filters are those of a probe run against milvus-lite 3.2.2; the
 * expected ids are its answers.
 */
describe('the official Node SDK with Array, nullable and JSON fields and filter templates (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;
  const rows = [
    { id: 1, v: [1, 0], age: 10, meta: { a: { b: 2 }, t: [1, 2, 3] }, tags: ['x', 'y'], nums: [1, 2, 3], flags: [true], scores: [0.5] },
    { id: 2, v: [0, 1], age: null, meta: null, tags: null, nums: [], flags: [], scores: [] },
    { id: 3, v: [1, 1], age: 30, meta: { a: { b: 0 }, t: ['x'] }, tags: ['z'], nums: [5], flags: [false, true], scores: [1.25, -2] },
    { id: 4, v: [1, 2], age: 40, meta: { c: 1 }, tags: [], nums: [2, 9], flags: [false], scores: [3] },
  ];

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
    const created = await client.createCollection({
      collection_name: 'p',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'v', data_type: DataType.FloatVector, dim: 2 },
        { name: 'age', data_type: DataType.Int32, nullable: true },
        { name: 'meta', data_type: DataType.JSON, nullable: true },
        { name: 'tags', data_type: DataType.Array, element_type: DataType.VarChar, max_capacity: 4, max_length: 8, nullable: true },
        { name: 'nums', data_type: DataType.Array, element_type: DataType.Int64, max_capacity: 4 },
        { name: 'flags', data_type: DataType.Array, element_type: DataType.Bool, max_capacity: 4 },
        { name: 'scores', data_type: DataType.Array, element_type: DataType.Double, max_capacity: 4 },
      ],
      index_params: [{ field_name: 'v', index_type: 'FLAT', metric_type: 'L2' }],
    });
    expect(created.error_code, created.reason).to.equal('Success');
    const inserted = await client.insert({ collection_name: 'p', data: rows });
    expect(inserted.status.error_code, inserted.status.reason).to.equal('Success');
    expect((await client.loadCollectionSync({ collection_name: 'p' })).error_code).to.equal('Success');
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  /** The ids a filter selects, by query. */
  async function ids(filter: string, exprValues?: Record<string, unknown>): Promise<number[]> {
    const result = await client.query({ collection_name: 'p', filter, output_fields: ['id'], ...(exprValues === undefined ? {} : { exprValues }) });
    expect(result.status.error_code, result.status.reason).to.equal('Success');
    return result.data.map((row) => Number(row['id'])).sort((a, b) => a - b);
  }

  it('describes the Array fields with their element type and max_capacity', async () => {
    const described = await client.describeCollection({ collection_name: 'p' });
    const tags = described.schema.fields.find((field) => field.name === 'tags');
    expect(tags).to.include({ data_type: 'Array', element_type: 'VarChar', nullable: true });
    expect(tags?.type_params).to.deep.include.members([
      { key: 'max_capacity', value: '4' },
      { key: 'max_length', value: '8' },
    ]);
  });

  it('returns Array, JSON and nullable values as inserted, nulls as null', async () => {
    const result = await client.query({ collection_name: 'p', filter: 'id > 0', output_fields: ['*'] });
    expect(result.status.error_code, result.status.reason).to.equal('Success');
    const byId = new Map(result.data.map((row) => [Number(row['id']), row]));
    for (const row of rows) {
      const got = byId.get(row.id);
      expect(got?.['age'], `age of ${row.id}`).to.equal(row.age);
      expect(got?.['meta'], `meta of ${row.id}`).to.deep.equal(row.meta);
      expect(got?.['tags'], `tags of ${row.id}`).to.deep.equal(row.tags);
      expect(got?.['nums'], `nums of ${row.id}`).to.deep.equal(row.nums.map(String));
      expect(got?.['flags'], `flags of ${row.id}`).to.deep.equal(row.flags);
      expect(got?.['scores'], `scores of ${row.id}`).to.deep.equal(row.scores);
    }
  });

  it('search returns Array and JSON output fields too, and the primary key only when asked for', async () => {
    const result = await client.search({ collection_name: 'p', data: [1, 0], limit: 2, output_fields: ['id', 'tags', 'meta', 'age'] });
    expect(result.status.error_code, result.status.reason).to.equal('Success');
    expect(result.results.map((hit) => hit['id'])).to.deep.equal(['1', '3']);
    expect(result.results[0]).to.deep.include({ tags: ['x', 'y'], meta: { a: { b: 2 }, t: [1, 2, 3] }, age: 10 });
    // As Milvus (2.3, and again from 2.5.8) and milvus-lite answer: the keys travel in `ids`, which
    // this SDK reads only through the output fields.
    const unasked = await client.search({ collection_name: 'p', data: [1, 0], limit: 2, output_fields: ['age'] });
    expect(unasked.results.map((hit) => Object.keys(hit).sort())).to.deep.equal([
      ['age', 'score'],
      ['age', 'score'],
    ]);
  });

  const answers: Array<[string, number[]]> = [
    ['array_contains(tags, "x")', [1]],
    ['array_contains_all(nums, [1, 2])', [1]],
    ['array_contains_any(nums, [9, 5])', [3, 4]],
    ['array_length(nums) == 0', [2]],
    ['tags[0] == "x"', [1]],
    ['nums[1] > 1', [1, 4]],
    ['meta["a"]["b"] > 1', [1]],
    ['json_contains(meta["t"], "x")', [3]],
    ['json_contains_all(meta["t"], [1, 2])', [1]],
    ['json_contains_any(meta["t"], [3, "x"])', [1, 3]],
    ['exists meta["a"]', [1, 3]],
    ['age is null', [2]],
    ['age IS NOT NULL', [1, 3, 4]],
    ['meta IS NULL', [2]],
    ['not (age > 15)', [1]],
  ];
  for (const [filter, expected] of answers) {
    it(`query: ${filter} selects ${expected.join(', ') || 'nothing'}`, async () => {
      expect(await ids(filter)).to.deep.equal(expected);
    });
  }

  it('fills filter templates (exprValues) in query, search and delete', async () => {
    expect(await ids('id in {ids} and age > {low}', { ids: [1, 3, 4], low: 15 })).to.deep.equal([3, 4]);
    expect(await ids('array_contains(tags, {tag})', { tag: 'z' })).to.deep.equal([3]);
    const searched = await client.search({
      collection_name: 'p',
      data: [1, 0],
      limit: 4,
      filter: 'meta["a"]["b"] < {most}',
      exprValues: { most: 1 },
      output_fields: ['id'],
    });
    expect(searched.status.error_code, searched.status.reason).to.equal('Success');
    expect(searched.results.map((hit) => hit['id'])).to.deep.equal(['3']);
    const missing = await client.query({ collection_name: 'p', filter: 'id in {ids}', exprValues: { other: [1] }, output_fields: ['id'] });
    expect(missing.status).to.include({ code: 1100 });
    expect(missing.status.reason).to.match(/the value of expression template variable name \{ids\} is not found/);
  });

  it('refuses Arrays beyond max_capacity, of the wrong element type or with too long strings, as Milvus words it', async () => {
    const base = { id: 9, v: [0, 0], age: 1, meta: {}, nums: [], flags: [], scores: [] };
    const tooMany = await client.insert({ collection_name: 'p', data: [{ ...base, tags: ['a', 'b', 'c', 'd', 'e'] }] });
    expect(tooMany.status).to.include({ code: 1100 });
    expect(tooMany.status.reason).to.equal(
      'the length (5) of 0th array exceeds max capacity (4): invalid parameter[expected=valid length array][actual=array length exceeds max capacity]',
    );
    const tooLong = await client.insert({ collection_name: 'p', data: [{ ...base, tags: ['a', 'far too long'] }] });
    expect(tooLong.status.reason).to.equal(
      'length of Array array field "tags" exceeds max length, row number: 0, array index: 1, length: 12, max length: 8: invalid parameter',
    );
    expect((await client.count({ collection_name: 'p' })).data).to.equal(rows.length);
  });

  it('deletes by a templated filter', async () => {
    const deleted = await client.delete({ collection_name: 'p', filter: 'array_contains_any(nums, {some})', exprValues: { some: [9] } });
    expect(deleted.status.error_code, deleted.status.reason).to.equal('Success');
    expect(deleted.delete_cnt).to.equal('1');
    expect(await ids('id > 0')).to.deep.equal([1, 2, 3]);
  });

  it('fills a Timestamptz default (sent by the SDK as microseconds) into rows that omit it', async () => {
    const created = await client.createCollection({
      collection_name: 'd',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'v', data_type: DataType.FloatVector, dim: 2 },
        { name: 'at', data_type: DataType.Timestamptz, default_value: '1984-04-14T15:00:00+08:00' },
      ],
      index_params: [{ field_name: 'v', index_type: 'FLAT', metric_type: 'L2' }],
    });
    expect(created.error_code, created.reason).to.equal('Success');
    const inserted = await client.insert({
      collection_name: 'd',
      data: [
        { id: 1, v: [1, 0] },
        { id: 2, v: [0, 1], at: '1984-04-14T15:00:00+08:00' },
      ],
    });
    expect(inserted.status.error_code, inserted.status.reason).to.equal('Success');
    await client.loadCollectionSync({ collection_name: 'd' });
    const result = await client.query({ collection_name: 'd', filter: 'id > 0', output_fields: ['at'] });
    const [first, second] = result.data.map((row) => row['at'] as unknown);
    expect(first).to.be.a('string').and.equal(second);
  });
});
