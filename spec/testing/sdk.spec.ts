import { DataType, MilvusClient } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

const DIM = 8;
const ROWS = 300;

/** A seeded generator (a linear congruential one), so every run sees the same vectors. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Cosine similarity of float32 vectors, in float64. */
function cosine(a: readonly number[], b: readonly number[]): number {
  const dot = a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);
  const length = (v: readonly number[]): number => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  return dot / (length(a) * length(b));
}

describe('the official Node SDK against the embedded Milvus (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;
  const random = seeded(11);
  const genres = ['sf', 'novel', 'poetry'];
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    id: i + 1,
    genre: genres[i % 3] as string,
    year: 1900 + (i % 120),
    vector: Array.from({ length: DIM }, () => Math.fround(random() * 2 - 1)),
    // A key outside the schema: the SDK packs it into the dynamic field.
    shelf: i % 7,
  }));

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  it('creates a collection with a schema, inserts, indexes and loads it', async () => {
    const created = await client.createCollection({
      collection_name: 'books',
      enable_dynamic_field: true,
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true, autoID: false },
        { name: 'genre', data_type: DataType.VarChar, max_length: 16 },
        { name: 'year', data_type: DataType.Int32 },
        { name: 'vector', data_type: DataType.FloatVector, dim: DIM },
      ],
    });
    expect(created.error_code).to.equal('Success');
    expect((await client.hasCollection({ collection_name: 'books' })).value).to.equal(true);
    const inserted = await client.insert({ collection_name: 'books', data: rows });
    expect(inserted.status.error_code).to.equal('Success');
    expect(inserted.insert_cnt).to.equal(String(ROWS));
    const indexed = await client.createIndex({
      collection_name: 'books',
      field_name: 'vector',
      index_type: 'HNSW',
      metric_type: 'COSINE',
      params: { M: 16, efConstruction: 200 },
    });
    expect(indexed.error_code).to.equal('Success');
    expect((await client.loadCollectionSync({ collection_name: 'books' })).error_code).to.equal('Success');
    const described = await client.describeCollection({ collection_name: 'books' });
    expect(described.schema.fields.map((field) => field.name)).to.deep.equal(['id', 'genre', 'year', 'vector', '$meta']);
  });

  it('searches: the results equal a brute-force cosine top-10, with a filter too', async () => {
    const query = Array.from({ length: DIM }, () => Math.fround(random() * 2 - 1));
    const brute = (keep: (row: (typeof rows)[number]) => boolean): Array<{ id: string; score: number }> =>
      rows
        .filter(keep)
        .map((row) => ({ id: String(row.id), score: cosine(row.vector, query) }))
        .sort((a, b) => b.score - a.score || Number(a.id) - Number(b.id))
        .slice(0, 10);
    const result = await client.search({ collection_name: 'books', data: query, limit: 10, output_fields: ['id', 'genre', 'shelf'] });
    expect(result.status.error_code).to.equal('Success');
    const expected = brute(() => true);
    expect(result.results.map((hit) => hit['id'])).to.deep.equal(expected.map((hit) => hit.id));
    result.results.forEach((hit, i) => expect(hit.score).to.be.closeTo(expected[i]?.score as number, 1e-5));
    const first = rows[Number(expected[0]?.id) - 1];
    expect(result.results[0]).to.include({ genre: first?.genre, shelf: first?.shelf });
    const filtered = await client.search({
      collection_name: 'books',
      data: query,
      limit: 10,
      filter: 'genre == "sf" and year >= 1950',
      output_fields: ['id'],
    });
    expect(filtered.results.map((hit) => hit['id'])).to.deep.equal(brute((row) => row.genre === 'sf' && row.year >= 1950).map((hit) => hit.id));
  });

  it('queries with a filter, counts, deletes, and drops', async () => {
    const query = await client.query({
      collection_name: 'books',
      filter: 'year < 1903 and shelf in [0, 1, 2]',
      output_fields: ['id', 'year', 'genre'],
    });
    expect(query.status.error_code).to.equal('Success');
    const expected = rows.filter((row) => row.year < 1903 && row.shelf <= 2);
    expect(query.data.map((row): unknown => row['id'])).to.deep.equal(expected.map((row) => String(row.id)));
    expect(query.data[0]).to.include({ year: expected[0]?.year, genre: expected[0]?.genre });
    expect((await client.count({ collection_name: 'books' })).data).to.equal(ROWS);
    const deleted = await client.delete({ collection_name: 'books', filter: 'genre == "poetry"' });
    expect(deleted.delete_cnt).to.equal(String(ROWS / 3));
    const byIds = await client.delete({ collection_name: 'books', ids: [1, 2] });
    expect(byIds.delete_cnt).to.equal('2');
    expect((await client.count({ collection_name: 'books' })).data).to.equal(ROWS - ROWS / 3 - 2);
    expect((await client.dropCollection({ collection_name: 'books' })).error_code).to.equal('Success');
    expect((await client.hasCollection({ collection_name: 'books' })).value).to.equal(false);
  });

  it('sees a missing collection the way Milvus reports it', async () => {
    const described = await client.describeCollection({ collection_name: 'nope' });
    expect(described.status).to.include({ error_code: 'CollectionNotExists', code: 100 });
  });
});
