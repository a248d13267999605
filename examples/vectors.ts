/**
 * Real work in a few typed lines, with the data API: declare a schema, create the collection
 * with its index and load it, insert rows (vectors as Float32Array), search, query, get,
 * count, iterate, delete, drop. Row and hit types come from the schema: a typo in a field
 * name is a compile error.
 *
 * Run: npx tsx examples/vectors.ts http://localhost:19530
 */
import { Connection, type RowOf, field, schema } from '../lib/index.js';

const uri = process.argv[2] ?? 'http://localhost:19530';
const name = `milvex_example_${process.pid}`;
const dim = 8;

const Docs = schema({
  id: field.int64({ primaryKey: true }),
  embedding: field.floatVector({ dim }),
  title: field.varchar({ maxLength: 64 }),
  year: field.int32({ nullable: true }),
});
type Doc = RowOf<typeof Docs>;

/** A deterministic vector for row `n`, so that the search below has a known nearest row. */
const vectorOf = (n: number): Float32Array => Float32Array.from({ length: dim }, (_, i) => Math.sin(n * 0.37 + i));

await using conn = Connection.start(uri);
const docs = await conn.createCollection(name, Docs, { index: { embedding: { type: 'AUTOINDEX', metric: 'L2' } }, load: true });

const rows: Doc[] = Array.from({ length: 1000 }, (_, n) => ({
  id: n,
  embedding: vectorOf(n),
  title: `row ${n}`,
  year: n % 2 === 0 ? 2000 + (n % 25) : null,
}));
const { count } = await docs.insert(rows);
console.log(`inserted ${count} rows`);

const hits = await docs.search(vectorOf(42), { limit: 3, outputFields: ['title'], consistency: 'Strong' });
console.log(`nearest to row 42: ${hits.map((hit) => `${hit.id} (${hit.row.title})`).join(', ')}`);

const some = await docs.query({ filter: 'id < 3', outputFields: ['title'], consistency: 'Strong' });
console.log(`query id < 3: ${some.map((row) => row.title).join(', ')}`);

const [first] = await docs.get([7]);
console.log(`get 7: ${first?.title}, year ${first?.year ?? 'none'}, vector of ${first?.embedding.length} floats`);

console.log(`count with a year: ${await docs.count({ filter: 'year > 0' })}`);

let batches = 0;
for await (const batch of docs.iterate({ batchSize: 400, outputFields: ['id'] })) batches += batch.length > 0 ? 1 : 0;
console.log(`iterated in ${batches} batches`);

await docs.delete({ filter: 'id >= 500' });
console.log(`after delete: ${await docs.count({ consistency: 'Strong' })} rows`);

await conn.dropCollection(name);
console.log(`dropped ${name}`);
