/**
 * The typed collection against the embedded Milvus: bad input refused before any call,
 * a server schema that disagrees reported on first use, Milvus failures thrown, nullable and
 * default values, the dynamic field, partitions and the partition key, and the iterator's end
 * and cancellation (counted in the server's own record of calls).
 */
import { expect } from 'chai';
import { firstValueFrom, take, toArray } from 'rxjs';
import { GrpcError, InvalidError, field, schema } from '../../lib/index.js';
import type { Connection } from '../../lib/index.js';
import type { MilvusTestServer } from '../../lib/testing/index.js';
import { connect, server } from '../support/live.js';

const Docs = schema({
  id: field.int64({ primaryKey: true }),
  embedding: field.floatVector({ dim: 3 }),
  title: field.varchar({ maxLength: 10 }),
  year: field.int32({ nullable: true }),
  rank: field.int16({ defaultValue: 7 }),
});

const INDEX = { embedding: { type: 'FLAT', metric: 'L2' } } as const;

/** A good row, to break one field of at a time. */
const good = (id: number) => ({ id, embedding: [id, 0, 1], title: `t${id}` });

async function setUp(): Promise<{ target: MilvusTestServer; conn: Connection }> {
  const target = await server();
  return { target, conn: connect(target) };
}

/** Asserts that `promise` rejects with an instance of `type` whose message matches `message`. */
async function rejects(promise: Promise<unknown>, type: abstract new (...args: never[]) => Error, message?: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).to.be.instanceOf(type);
  if (message !== undefined) expect((error as Error).message).to.match(message);
}

/** The methods the server saw since `since`. */
const methodsSince = (target: MilvusTestServer, since: number): string[] => target.calls.slice(since).map((call) => call.method);

describe('data API: the typed collection', () => {
  describe('bad input: an InvalidError naming the row and the field, before anything is sent', () => {
    const cases: Array<[string, (row: Record<string, unknown>) => void, string, RegExp]> = [
      [
        'a required field missing',
        (row) => delete row['title'],
        'rows[1].title',
        /row 1, field "title": expected a varchar value \(the field is required\), got nothing/,
      ],
      ['a vector of the wrong length', (row) => (row['embedding'] = [1, 2]), 'rows[1].embedding', /expected 3 floats/],
      ['a vector holding NaN', (row) => (row['embedding'] = Float32Array.from([1, NaN, 0])), 'rows[1].embedding', /expected 3 finite floats/],
      ['a value of the wrong type', (row) => (row['year'] = '1999'), 'rows[1].year', /expected an integer -2147483648\.\.2147483647, got "1999"/],
      ['an int64 number beyond 2^53', (row) => (row['id'] = 2 ** 53 + 2), 'rows[1].id', /beyond 2\^53 a number is not exact, give a bigint/],
      [
        'an unknown field without the dynamic field',
        (row) => (row['titel'] = 'x'),
        'rows[1].titel',
        /no such field in the schema .* and the dynamic field is off/,
      ],
      ['a varchar too long', (row) => (row['title'] = 'x'.repeat(11)), 'rows[1].title', /at most 10 UTF-8 bytes/],
      [
        'a varchar of 10 characters in 20 bytes (Milvus counts bytes)',
        (row) => (row['title'] = 'é'.repeat(10)),
        'rows[1].title',
        /at most 10 UTF-8 bytes/,
      ],
      ['null for a field that is not nullable', (row) => (row['title'] = null), 'rows[1].title', /got null/],
    ];
    for (const [name, breakRow, path, message] of cases) {
      it(name, async () => {
        const { target, conn } = await setUp();
        const docs = await conn.createCollection('docs', Docs, { index: INDEX, load: true });
        const rows: Array<Record<string, unknown>> = [good(1), good(2), good(3)];
        breakRow(rows[1] as Record<string, unknown>);
        const since = target.calls.length;
        const error = await docs.insert(rows as never).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).to.be.instanceOf(InvalidError);
        expect((error as InvalidError).field).to.equal(path);
        expect((error as Error).message).to.match(message);
        expect(methodsSince(target, since)).to.deep.equal([]);
        expect(await docs.count({ consistency: 'Strong' })).to.equal(0);
      });
    }

    it('an array too long, a sparse vector with a repeated index: refused before a call (the schema read included)', async () => {
      const { target, conn } = await setUp();
      const Tagged = schema({
        id: field.int64({ primaryKey: true }),
        s: field.sparseFloatVector(),
        tags: field.array(field.varchar({ maxLength: 4 }), { maxCapacity: 2 }),
      });
      const tagged = conn.collection('tagged', Tagged);
      const since = target.calls.length;
      await rejects(
        tagged.insert([{ id: 1, s: new Map([[1, 1]]), tags: ['a', 'b', 'c'] }]),
        InvalidError,
        /row 0, field "tags": expected an array of at most 2 varchar values, got an array of 3/,
      );
      await rejects(
        tagged.insert([{ id: 1, s: { indices: [3, 3], values: [1, 2] }, tags: [] }]),
        InvalidError,
        /row 0, field "s": expected indices without repeats, got 3/,
      );
      // A float vector column is checked as it is written into the request's bytes: still before any call.
      const Plain = schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: 2 }) });
      await rejects(
        conn.collection('plain', Plain).insert([
          { id: 1, v: [1, 2] },
          { id: 2, v: Float32Array.from([1, Infinity]) },
        ]),
        InvalidError,
        /row 1, field "v": expected 2 finite floats/,
      );
      await rejects(conn.collection('plain', Plain).upsert([{ id: 1, v: [1, 2, 3] }]), InvalidError, /row 0, field "v": expected 2 floats/);
      await rejects(
        tagged.search({ indices: [1], values: [Infinity] }, { limit: 1 }),
        InvalidError,
        /query vector 0 \(field "s"\): expected a finite number, got Infinity/,
      );
      expect(methodsSince(target, since)).to.deep.equal([]);
    });

    it('a filter that is not a string, a limit out of range, an id of the wrong kind: refused before a call', async () => {
      const { target, conn } = await setUp();
      const docs = await conn.createCollection('docs', Docs, { index: INDEX, load: true });
      const since = target.calls.length;
      await rejects(docs.query({ filter: 42 as never, limit: 1 }), InvalidError, /"filter": expected a boolean expression as a string/);
      await rejects(docs.search([1, 2, 3], { limit: 0 }), InvalidError, /"limit": expected an integer 1\.\.16384/);
      await rejects(docs.get(['1'] as never), InvalidError, /id 0: the primary key "id" is an int64/);
      await rejects(docs.search([1, 2], { limit: 1 }), InvalidError, /query vector 0 \(field "embedding"\): expected 3 floats/);
      await rejects(docs.delete({ filter: ' ' }), InvalidError, /an empty filter would match every row/);
      // A caller without the types: output fields that are not an array of names.
      const notNames = /"outputFields": expected an array of field names/;
      await rejects(docs.search([1, 2, 3], { limit: 1, outputFields: 'title' as never }), InvalidError, notNames);
      await rejects(docs.query({ filter: 'id > 0', outputFields: [5] as never }), InvalidError, notNames);
      await rejects(docs.get([1], { outputFields: [''] as never }), InvalidError, notNames);
      expect(() => docs.iterate({ batchSize: 10, outputFields: 'title' as never })).to.throw(InvalidError, notNames);
      expect(methodsSince(target, since)).to.deep.equal([]);
    });
  });

  it('a server schema that disagrees with the declared one: reported on first use, both sides named, nothing written', async () => {
    const { target, conn } = await setUp();
    await conn.createCollection('docs', Docs, { index: INDEX, load: true });
    const Wrong = schema({
      id: field.int64({ primaryKey: true }),
      embedding: field.floatVector({ dim: 4 }),
      title: field.varchar({ maxLength: 10 }),
    });
    const since = target.calls.length;
    const wrong = conn.collection('docs', Wrong);
    expect(target.calls.length).to.equal(since); // a handle makes no call
    const error = await wrong.insert([{ id: 1, embedding: [1, 2, 3, 4], title: 'x' }]).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(InvalidError);
    expect((error as InvalidError).field).to.equal('embedding');
    expect((error as Error).message).to.equal(
      'Collection "docs" does not match its declared schema: field "embedding" is declared as floatVector, dim 4, but the server has floatVector, dim 3',
    );
    expect(methodsSince(target, since)).to.deep.equal(['DescribeCollection']);
    const right = conn.collection('docs', Docs);
    await right.insert([good(1)]);
    expect(await right.count({ consistency: 'Strong' })).to.equal(1);
  });

  it('a Milvus failure is a thrown GrpcError', async () => {
    const { conn } = await setUp();
    const error = await conn
      .collection('missing', Docs)
      .count()
      .catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(GrpcError);
    expect((error as GrpcError).source).to.equal('milvus');
    await conn.createCollection('docs', Docs);
    // Milvus answers a second create of the same schema with success; of another, with a failure.
    await rejects(conn.createCollection('docs', schema({ id: field.int64({ primaryKey: true }), v: field.floatVector({ dim: 2 }) })), GrpcError);
  });

  it('nullable and default values: left out or null, read back as null and as the default', async () => {
    const { conn } = await setUp();
    const docs = await conn.createCollection('docs', Docs, { index: INDEX, load: true });
    await docs.insert([{ ...good(1), year: null }, good(2), { ...good(3), year: 1999, rank: 1 }]);
    const rows = await docs.query({ filter: 'id > 0', outputFields: ['year', 'rank'], consistency: 'Strong' });
    expect(rows).to.deep.equal([
      { id: 1n, year: null, rank: 7 },
      { id: 2n, year: null, rank: 7 },
      { id: 3n, year: 1999, rank: 1 },
    ]);
  });

  it('the dynamic field: extra keys of a row go to $meta and come back as keys of the row', async () => {
    const { conn } = await setUp();
    const Notes = schema({ id: field.varchar({ maxLength: 8, primaryKey: true }), v: field.floatVector({ dim: 2 }) }, { dynamicField: true });
    const notes = await conn.createCollection('notes', Notes, { index: { v: { type: 'FLAT', metric: 'IP' } }, load: true });
    await notes.insert([
      { id: 'a', v: [1, 0], color: 'red', size: 3 },
      { id: 'b', v: [0, 1] },
    ]);
    expect(await notes.get(['a', 'b'], { outputFields: ['*'], consistency: 'Strong' })).to.deep.equal([
      { id: 'a', v: Float32Array.from([1, 0]), color: 'red', size: 3 },
      { id: 'b', v: Float32Array.from([0, 1]) },
    ]);
    const hits = await notes.search([1, 0], { limit: 1, outputFields: ['color'], filter: 'size == 3', consistency: 'Strong' });
    expect(hits.map((hit) => [hit.id, hit.row['color']])).to.deep.equal([['a', 'red']]);
  });

  it('a search grouped by a field: each hit carries the value of its group, one hit a group', async () => {
    const { conn } = await setUp();
    const docs = await conn.createCollection('docs', Docs, { index: INDEX, load: true });
    const years = [2001, 2001, 2002, 2002, 2003];
    await docs.insert(years.map((year, i) => ({ ...good(i + 1), year })));
    const hits = await docs.search([1, 0, 1], { limit: 3, params: { group_by_field: 'year' }, consistency: 'Strong' });
    // Nearest to id 1 by L2: ids 1 (2001), 3 (2002), 5 (2003); ids 2 and 4 lose to their group's best.
    expect(hits.map((hit) => [hit.id, hit.group])).to.deep.equal([
      [1n, 2001],
      [3n, 2002],
      [5n, 2003],
    ]);
    const plain = await docs.search([1, 0, 1], { limit: 2, consistency: 'Strong' });
    expect(plain.map((hit) => Object.keys(hit))).to.deep.equal([
      ['id', 'score', 'row'],
      ['id', 'score', 'row'],
    ]);
  });

  it('partitions: written to one, read from one; a partition key spreads rows by value', async () => {
    const { conn } = await setUp();
    const docs = await conn.createCollection('docs', Docs, { index: INDEX, load: true });
    await docs.createPartition('old');
    await docs.insert([good(1)], { partition: 'old' });
    await docs.insert([good(2)]);
    expect(await docs.count({ partition: 'old', consistency: 'Strong' })).to.equal(1);
    expect((await docs.query({ filter: 'id > 0', partition: ['old'], consistency: 'Strong' })).map((row) => row.id)).to.deep.equal([1n]);
    expect((await docs.search([2, 0, 1], { limit: 5, partition: '_default', consistency: 'Strong' })).map((hit) => hit.id)).to.deep.equal([2n]);

    const Tenants = schema({
      id: field.int64({ primaryKey: true }),
      tenant: field.varchar({ maxLength: 8, partitionKey: true }),
      v: field.floatVector({ dim: 2 }),
    });
    const tenants = await conn.createCollection('tenants', Tenants, { index: { v: { type: 'FLAT', metric: 'L2' } }, load: true, partitions: 4 });
    await tenants.insert([
      { id: 1, tenant: 'a', v: [0, 0] },
      { id: 2, tenant: 'b', v: [0, 0] },
    ]);
    expect(await tenants.count({ filter: 'tenant == "b"', consistency: 'Strong' })).to.equal(1);
  });

  it('delete by ids and by filter; upsert replaces; searchMany answers each query vector', async () => {
    const { conn } = await setUp();
    const docs = await conn.createCollection('docs', Docs, { index: INDEX, load: true });
    await docs.insert([good(1), good(2), good(3), good(4)]);
    expect((await docs.delete({ ids: [1, 2n] })).count).to.equal(2);
    await docs.delete({ filter: 'id == 3' });
    expect(await docs.count({ consistency: 'Strong' })).to.equal(1);
    await docs.upsert([{ ...good(4), title: 'new' }]);
    expect((await docs.get([4], { outputFields: ['title'] }))[0]?.title).to.equal('new');
    await docs.insert([good(10), good(20)]);
    const lists = await docs.searchMany(
      [
        [10, 0, 1],
        [20, 0, 1],
      ],
      { limit: 1, outputFields: ['title'], consistency: 'Strong' },
    );
    expect(lists.map((hits) => hits.map((hit) => hit.row.title))).to.deep.equal([['t10'], ['t20']]);
  });

  describe('iterate', () => {
    async function sevenRows() {
      const setup = await setUp();
      const docs = await setup.conn.createCollection('docs', Docs, { index: INDEX, load: true });
      await docs.insert([1, 2, 3, 4, 5, 6, 7].map(good));
      return { ...setup, docs };
    }

    it('reads every matching row in batches ordered by key, and ends', async () => {
      const { target, docs } = await sevenRows();
      const since = target.calls.length;
      const batches: bigint[][] = [];
      for await (const batch of docs.iterate({ batchSize: 3, filter: 'id != 4', outputFields: ['title'], consistency: 'Strong' })) {
        batches.push(batch.map((row) => row.id));
      }
      expect(batches).to.deep.equal([
        [1n, 2n, 3n],
        [5n, 6n, 7n],
      ]);
      // Two full batches, then one that comes back empty: the end.
      expect(methodsSince(target, since)).to.deep.equal(['Query', 'Query', 'Query']);
    });

    it('iterate$: the same batches as a cold Observable', async () => {
      const { docs } = await sevenRows();
      const batches = await firstValueFrom(docs.iterate$({ batchSize: 4, consistency: 'Strong' }).pipe(toArray()));
      expect(batches.map((batch) => batch.map((row) => row.id))).to.deep.equal([
        [1n, 2n, 3n, 4n],
        [5n, 6n, 7n],
      ]);
      expect(batches[0]?.[0]?.embedding).to.be.instanceOf(Float32Array);
    });

    it('unsubscribing stops the calls: the one in flight is cancelled and no other is made', async () => {
      const { target, docs } = await sevenRows();
      const since = target.calls.length;
      const first = await firstValueFrom(docs.iterate$({ batchSize: 2, consistency: 'Strong' }).pipe(take(1)));
      expect(first.map((row) => row.id)).to.deep.equal([1n, 2n]);
      // take(1) unsubscribed after the first batch: the loop asked for no second page.
      await new Promise((resolve) => setImmediate(resolve));
      expect(methodsSince(target, since)).to.deep.equal(['Query']);
    });

    it('breaking out of for await makes no further call', async () => {
      const { target, docs } = await sevenRows();
      const since = target.calls.length;
      for await (const batch of docs.iterate({ batchSize: 2 })) {
        expect(batch).to.have.length(2);
        break;
      }
      expect(methodsSince(target, since)).to.deep.equal(['Query']);
    });
  });
});
