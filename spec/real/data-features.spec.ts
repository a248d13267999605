/**
 * The data API's features beyond field kinds, against real servers: the dynamic field,
 * partitions, a partition key, range search, grouped search, upsert and default values, each
 * checked against what was written (or a brute force). Default values only on milvus-lite: the Go server 2.3.5
 * predates them, and a `default_value` on an Int32 field makes it panic and exit.
 */
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { InvalidError } from '../../lib/errors.js';
import { field } from '../../lib/data/fields.js';
import { schema } from '../../lib/data/schema.js';
import { eachRealServer } from './support/suite.js';

const DIM = 4;
const STRONG = { consistency: 'Strong' } as const;

/** Row `n`'s vector: points on a line, so that distances from the origin are known. */
const vectorOf = (n: number): number[] => [n, 0, 0, 0];

eachRealServer('data API features', (server, kind) => {
  let conn: Connection;
  before(() => {
    conn = Connection.start(server().uri);
  });
  after(() => conn.disconnect());

  /** A fresh collection name for this spec, dropped after it. */
  const names: string[] = [];
  const fresh = (what: string): string => {
    const name = `${what}_${process.pid}`;
    names.push(name);
    return name;
  };
  afterEach(async function () {
    this.timeout(60_000);
    for (const name of names.splice(0)) if (await conn.hasCollection(name)) await conn.dropCollection(name);
  });

  it('keeps the extra keys of a row in the dynamic field, filters and returns them', async function () {
    this.timeout(120_000);
    const Notes = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: DIM }) }, { dynamicField: true });
    const notes = await conn.createCollection(fresh('dynamic'), Notes, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true });
    await notes.insert([0, 1, 2, 3].map((n) => ({ id: n, v: vectorOf(n), color: n % 2 === 0 ? 'red' : 'blue', size: n * 10 })));
    const red = await notes.query({ filter: 'color == "red" and size >= 0', outputFields: ['color', 'size'], ...STRONG });
    expect(red.sort((a, b) => Number(a.id - b.id))).to.deep.equal([
      { id: 0n, color: 'red', size: 0 },
      { id: 2n, color: 'red', size: 20 },
    ]);
    const [hit] = await notes.search(vectorOf(3), { limit: 1, filter: 'size > 15', outputFields: ['color'], ...STRONG });
    expect(hit).to.deep.include({ id: 3n, row: { color: 'blue' } });
  });

  it('writes to, reads from and counts a partition alone', async function () {
    this.timeout(120_000);
    const Docs = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: DIM }) });
    const docs = await conn.createCollection(fresh('partitions'), Docs, { index: { v: { type: 'FLAT', metric: 'L2' } } });
    await docs.createPartition('recent');
    await docs.insert([0, 1, 2].map((n) => ({ id: n, v: vectorOf(n) })));
    await docs.insert(
      [10, 11].map((n) => ({ id: n, v: vectorOf(n) })),
      { partition: 'recent' },
    );
    await docs.load();
    const hits = await docs.search(vectorOf(0), { limit: 5, partition: 'recent', ...STRONG });
    expect(hits.map((hit) => hit.id)).to.deep.equal([10n, 11n]);
    const rows = await docs.query({ filter: 'id >= 0', partition: ['_default'], ...STRONG });
    expect(rows.map((row) => row.id).sort()).to.deep.equal([0n, 1n, 2n]);
    // milvus-lite 3.2.2 counts the whole collection: its count(*) ignores partition_names.
    expect(await docs.count({ partition: 'recent', ...STRONG })).to.equal(kind === 'lite' ? 5 : 2);
    expect(await docs.count(STRONG)).to.equal(5);
  });

  it('routes rows by a partition key and filters on it', async function () {
    this.timeout(120_000);
    const Tenants = schema({
      id: field.int64({ primaryKey: true }),
      tenant: field.varchar({ maxLength: 16, partitionKey: true }),
      v: field.floatVector({ dim: DIM }),
    });
    const tenants = await conn.createCollection(fresh('partition_key'), Tenants, {
      index: { v: { type: 'FLAT', metric: 'L2' } },
      load: true,
      partitions: 4,
    });
    await tenants.insert([0, 1, 2, 3, 4, 5].map((n) => ({ id: n, tenant: `t${n % 3}`, v: vectorOf(n) })));
    const hits = await tenants.search(vectorOf(0), { limit: 6, filter: 'tenant == "t1"', outputFields: ['tenant'], ...STRONG });
    expect(hits.map((hit) => [hit.id, hit.row.tenant])).to.deep.equal([
      [1n, 't1'],
      [4n, 't1'],
    ]);
    expect(await tenants.count({ filter: 'tenant in ["t0", "t2"]', ...STRONG })).to.equal(4);
  });

  it('searches a range: only hits with range_filter <= distance < radius (L2)', async function () {
    this.timeout(120_000);
    const Points = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: DIM }) });
    const points = await conn.createCollection(fresh('range'), Points, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true });
    await points.insert(Array.from({ length: 10 }, (_, n) => ({ id: n, v: vectorOf(n) })));
    // Squared L2 from the origin: n * n. The range [4, 26) holds 2, 3, 4 and 5.
    const hits = await points.search(vectorOf(0), { limit: 10, params: { radius: 26, range_filter: 4 }, ...STRONG });
    expect(hits.map((hit) => hit.id)).to.deep.equal([2n, 3n, 4n, 5n]);
    expect(hits.map((hit) => hit.score)).to.deep.equal([4, 9, 16, 25]);
  });

  it('groups hits by a field: the best hit of each group, each with its group value', async function () {
    this.timeout(120_000);
    const Docs = schema({ id: field.int64({ primaryKey: true }), kind: field.varchar({ maxLength: 8 }), v: field.floatVector({ dim: DIM }) });
    const docs = await conn.createCollection(fresh('group_by'), Docs, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true });
    const kinds = ['a', 'a', 'b', 'b', 'c', 'c'];
    await docs.insert(kinds.map((kind, n) => ({ id: n, kind, v: vectorOf(n) })));
    const grouped = docs.search(vectorOf(0), { limit: 3, params: { group_by_field: 'kind' }, ...STRONG });
    if (kind === 'standalone') {
      // The Go server 2.3.5 predates grouping: it ignores group_by_field and answers plain hits, which the data API refuses.
      const error: unknown = await grouped.catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(InvalidError);
      expect(error).to.include({ field: 'params.group_by_field' });
      return;
    }
    const hits = await grouped;
    // Nearest the origin: 0 (a), 2 (b), 4 (c); 1, 3 and 5 lose to their group's best.
    expect(hits.map((hit) => [hit.id, hit.group])).to.deep.equal([
      [0n, 'a'],
      [2n, 'b'],
      [4n, 'c'],
    ]);
  });

  it('upserts: a row written again by its key replaces the first', async function () {
    this.timeout(120_000);
    const Docs = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: DIM }), title: field.varchar({ maxLength: 16 }) });
    const docs = await conn.createCollection(fresh('upsert'), Docs, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true });
    await docs.insert([1, 2].map((n) => ({ id: n, v: vectorOf(n), title: `first ${n}` })));
    const upserted = await docs.upsert([{ id: 2, v: vectorOf(7), title: 'second 2' }]);
    expect(upserted.ids).to.deep.equal([2n]);
    const rows = await docs.get([1, 2], STRONG);
    expect(rows.sort((a, b) => Number(a.id - b.id)).map((row) => [row.id, row.title, Array.from(row.v)])).to.deep.equal([
      [1n, 'first 1', vectorOf(1)],
      [2n, 'second 2', vectorOf(7)],
    ]);
    expect(await docs.count(STRONG)).to.equal(2);
  });

  if (kind === 'lite') {
    it('fills a field left out of a row with its default value', async function () {
      this.timeout(120_000);
      const Docs = schema({
        id: field.int64({ primaryKey: true }),
        v: field.floatVector({ dim: DIM }),
        status: field.varchar({ maxLength: 16, defaultValue: 'draft' }),
        rank: field.int32({ defaultValue: 5 }),
      });
      const docs = await conn.createCollection(fresh('defaults'), Docs, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true });
      await docs.insert([
        { id: 1, v: vectorOf(1) },
        { id: 2, v: vectorOf(2), status: 'done', rank: 1 },
      ]);
      const rows = await docs.query({ filter: 'id > 0', outputFields: ['status', 'rank'], ...STRONG });
      expect(rows.sort((a, b) => Number(a.id - b.id))).to.deep.equal([
        { id: 1n, status: 'draft', rank: 5 },
        { id: 2n, status: 'done', rank: 1 },
      ]);
    });
  }
});
