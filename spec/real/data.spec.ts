/**
 * The typed data API (`conn.createCollection`, `schema`, `field`) against real servers: a
 * schema of several field kinds, `Float32Array` rows, a filtered search with output fields
 * checked against a brute-force search, query, get, count, delete, iterate to the end, drop.
 * milvus-lite gets a nullable int32 too; the Go server 2.3.5 predates nullable fields.
 */
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { GrpcError } from '../../lib/errors.js';
import { field } from '../../lib/data/fields.js';
import { schema } from '../../lib/data/schema.js';
import { eachRealServer } from './support/suite.js';

const DIM = 8;
const ROWS = 300;

/** Row `n`'s vector: a deterministic spread, no two alike. */
function vectorOf(n: number): Float32Array {
  const vector = new Float32Array(DIM);
  for (let i = 0; i < DIM; i += 1) vector[i] = Math.sin(n * 0.37 + i * 1.91) + (n % 7) * 0.01 * i;
  return vector;
}

function squaredL2(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < DIM; i += 1) sum += ((a[i] ?? 0) - (b[i] ?? 0)) ** 2;
  return sum;
}

/** The collection's schema, its `year` nullable or not. */
function docsSchema<const N extends boolean>(nullable: N) {
  return schema({
    id: field.int64({ primaryKey: true }),
    embedding: field.floatVector({ dim: DIM }),
    tag: field.varchar({ maxLength: 16 }),
    title: field.varchar({ maxLength: 64 }),
    year: field.int32({ nullable }),
  });
}

const tagOf = (n: number): string => `t${n % 3}`;
const yearOf = (n: number): number | null => (n % 5 === 0 ? null : 1990 + (n % 40));

eachRealServer('typed data API round trip', (server, kind) => {
  const nullable = kind === 'lite';
  // Typed as the nullable schema: on the Go server no row holds a null year.
  const Docs = (nullable ? docsSchema(true) : docsSchema(false)) as ReturnType<typeof docsSchema<true>>;
  /** A row's year as written: null only where the server supports nullable. */
  const writtenYear = (n: number): number | null => (nullable ? yearOf(n) : (yearOf(n) ?? 0));

  it('creates, inserts, searches, queries, gets, counts, deletes, iterates and drops', async function () {
    this.timeout(120_000);
    const conn = Connection.start(server().uri);
    const name = `data_api_${process.pid}`;
    try {
      const docs = await conn.createCollection(name, Docs, {
        index: { embedding: { type: 'IVF_FLAT', metric: 'L2', params: { nlist: 16 } } },
        load: true,
      });
      expect(await conn.hasCollection(name)).to.equal(true);

      const rows = Array.from({ length: ROWS }, (_, n) => ({
        id: n,
        embedding: vectorOf(n),
        tag: tagOf(n),
        title: `doc ${n}`,
        year: writtenYear(n),
      }));
      const inserted = await docs.insert(rows);
      expect(inserted.count).to.equal(ROWS);
      expect(inserted.ids).to.deep.equal(rows.map((row) => BigInt(row.id)));
      // flush() resolves once the server says the sealed segments are flushed (GetFlushState).
      await docs.flush({ timeout: 60_000 });

      // A filtered search: the top hits and their order are the brute force's (IVF_FLAT with
      // nprobe = nlist scans every list, so it is exact).
      const query = vectorOf(1000);
      const filter = 'tag == "t1" and id < 200';
      const hits = await docs.search(query, {
        limit: 5,
        filter,
        outputFields: ['title', 'year'],
        params: { nprobe: 16 },
        consistency: 'Strong',
      });
      const expected = rows
        .filter((row) => row.tag === 't1' && row.id < 200)
        .map((row) => ({ id: row.id, distance: squaredL2(query, row.embedding) }))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 5);
      expect(hits.map((hit) => hit.id)).to.deep.equal(expected.map((hit) => BigInt(hit.id)));
      hits.forEach((hit, i) => {
        expect(hit.score, `hit ${i}'s score`).to.be.closeTo(expected[i]?.distance ?? NaN, 1e-4);
        const n = Number(hit.id);
        expect(hit.row).to.deep.equal({ title: `doc ${n}`, year: writtenYear(n) });
      });
      for (let i = 1; i < hits.length; i += 1) expect(hits[i]!.score).to.be.at.least(hits[i - 1]!.score);

      const queried = await docs.query({ filter: 'id in [3, 4, 5, 10, 1000]', outputFields: ['tag', 'year'], consistency: 'Strong' });
      expect(queried.sort((a, b) => Number(a.id - b.id))).to.deep.equal(
        [3, 4, 5, 10].map((n) => ({ id: BigInt(n), tag: tagOf(n), year: writtenYear(n) })),
      );

      const got = await docs.get([7, 10n]);
      expect(got.sort((a, b) => Number(a.id - b.id))).to.deep.equal(
        [7, 10].map((n) => ({ id: BigInt(n), embedding: vectorOf(n), tag: tagOf(n), title: `doc ${n}`, year: writtenYear(n) })),
      );

      expect(await docs.count({ consistency: 'Strong' })).to.equal(ROWS);
      expect(await docs.count({ filter: 'tag == "t0"', consistency: 'Strong' })).to.equal(100);
      if (nullable) expect(await docs.count({ filter: 'year is null', consistency: 'Strong' })).to.equal(ROWS / 5);

      expect((await docs.delete({ ids: [0, 1, 2] })).count).to.equal(3);
      await docs.delete({ filter: 'id >= 290' });
      expect(await docs.count({ consistency: 'Strong' })).to.equal(ROWS - 13);

      // Iterates every row left, once each, in batches of at most 64.
      const seen: bigint[] = [];
      for await (const batch of docs.iterate({ batchSize: 64, outputFields: ['title'], consistency: 'Strong' })) {
        expect(batch.length).to.be.within(1, 64);
        for (const row of batch) {
          expect(row.title).to.equal(`doc ${row.id}`);
          seen.push(row.id);
        }
      }
      expect(seen.sort((a, b) => Number(a - b))).to.deep.equal(Array.from({ length: ROWS - 13 }, (_, n) => BigInt(n + 3)));

      await conn.dropCollection(name);
      expect(await conn.hasCollection(name)).to.equal(false);
    } finally {
      await conn.disconnect();
    }
  });

  if (!nullable) {
    // Nullable fields came with Milvus 2.5: the Go server 2.3.5 ignores `nullable` and
    // `valid_data` and counts a column's values, which leave out the nulls.
    it('rejects a null in a nullable field with a GrpcError (the server predates nullable)', async function () {
      this.timeout(60_000);
      const conn = Connection.start(server().uri);
      const name = `data_api_nullable_${process.pid}`;
      try {
        const docs = await conn.createCollection(name, docsSchema(true));
        const error = await docs
          .insert([
            { id: 1, embedding: vectorOf(1), tag: 't', title: 'a', year: null },
            { id: 2, embedding: vectorOf(2), tag: 't', title: 'b', year: 2000 },
          ])
          .then(
            () => undefined,
            (caught: unknown) => caught,
          );
        expect(error).to.be.instanceOf(GrpcError);
        expect((error as GrpcError).message).to.match(/num_rows \(1\) of field \(year\) is not equal to passed num_rows \(2\)/);
        await conn.dropCollection(name);
      } finally {
        await conn.disconnect();
      }
    });
  }
});
