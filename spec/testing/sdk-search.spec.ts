import { DataType, MilvusClient, type RowData } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

const DIM = 8;
const ROWS = 200;

/** A seeded generator (a linear congruential one), so every run sees the same vectors. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('search features through the official SDK (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;
  const random = seeded(3);
  const genres = ['sf', 'novel', 'poetry', 'essay', 'drama'];
  const shared = Array.from({ length: DIM }, () => Math.fround(random() * 2 - 1));
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    id: i + 1,
    genre: genres[(i * 7) % 5] as string,
    year: 1900 + ((i * 13) % 50),
    // Every tenth row shares one vector: equal scores that batches and pages must not split wrongly.
    vector: i % 10 === 0 ? shared : Array.from({ length: DIM }, () => Math.fround(random() * 2 - 1)),
  }));
  const l2 = (a: readonly number[], b: readonly number[]): number => Math.fround(a.reduce((sum, x, i) => sum + (x - (b[i] as number)) ** 2, 0));
  /** Every row ranked by L2 distance to `query`, ties by id. */
  const ranked = (query: readonly number[]): Array<(typeof rows)[number] & { score: number }> =>
    rows.map((row) => ({ ...row, score: l2(row.vector, query) })).sort((a, b) => a.score - b.score || a.id - b.id);
  const query = Array.from({ length: DIM }, (_, i) => (shared[i] as number) + 0.01);

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
    await client.createCollection({
      collection_name: 'books',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'genre', data_type: DataType.VarChar, max_length: 16 },
        { name: 'year', data_type: DataType.Int32 },
        { name: 'vector', data_type: DataType.FloatVector, dim: DIM },
      ],
    });
    await client.insert({ collection_name: 'books', data: rows as unknown as RowData[] });
    await client.createIndex({
      collection_name: 'books',
      field_name: 'vector',
      index_type: 'HNSW',
      metric_type: 'L2',
      params: { M: 8, efConstruction: 64 },
    });
    await client.loadCollectionSync({ collection_name: 'books' });
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  it('offset pages through the ranking', async () => {
    const page = await client.search({ collection_name: 'books', data: query, limit: 5, offset: 8 });
    expect(page.results.map((hit) => Number(hit.id))).to.deep.equal(
      ranked(query)
        .slice(8, 13)
        .map((row) => row.id),
    );
  });

  it('group_by_field with group_size: the best groups, each its best hits', async () => {
    const found = await client.search({
      collection_name: 'books',
      data: query,
      limit: 3,
      group_by_field: 'genre',
      group_size: 2,
      output_fields: ['id', 'genre'],
    });
    expect(found.status.reason).to.equal('');
    const groups = new Map<string, number[]>();
    for (const row of ranked(query)) {
      const members = groups.get(row.genre) ?? [];
      if (members.length < 2) members.push(row.id);
      groups.set(row.genre, members);
    }
    const expected = [...groups.values()].slice(0, 3).flat();
    expect(found.results.map((hit) => Number(hit.id))).to.deep.equal(expected);
    expect(new Set(found.results.map((hit) => hit['genre'] as string)).size).to.equal(3);
    const bad = await client.search({ collection_name: 'books', data: query, limit: 3, group_by_field: 'vector' });
    expect(bad.status.code).to.not.equal(0);
  });

  it('order_by_fields reorders the top hits by a scalar field', async () => {
    const found = await client.search({
      collection_name: 'books',
      data: query,
      limit: 10,
      order_by_fields: [{ field: 'year', order: 'desc' }],
      output_fields: ['id', 'year'],
    });
    expect(found.status.reason).to.equal('');
    const expected = ranked(query)
      .slice(0, 10)
      .sort((a, b) => b.year - a.year)
      .map((row) => row.id);
    expect(found.results.map((hit) => Number(hit.id))).to.deep.equal(expected);
  });

  it('searches by primary keys: the stored vectors are the queries', async () => {
    const found = await client.search({ collection_name: 'books', ids: [4, 17], anns_field: 'vector', limit: 3 } as never);
    expect(found.status.reason).to.equal('');
    const [first, second] = found.results as unknown as Array<Array<{ id: string }>>;
    expect(first?.map((hit) => Number(hit.id))).to.deep.equal(
      ranked(rows[3]?.vector ?? [])
        .slice(0, 3)
        .map((row) => row.id),
    );
    expect(second?.map((hit) => Number(hit.id))).to.deep.equal(
      ranked(rows[16]?.vector ?? [])
        .slice(0, 3)
        .map((row) => row.id),
    );
    const missing = await client.search({ collection_name: 'books', ids: [100_000], anns_field: 'vector', limit: 3 } as never);
    expect(missing.status.reason).to.include('not found');
  });

  it('the search iterator (v2) returns the whole ranking in batches, ties split across batches included', async () => {
    const iterator = (await client.searchIterator({ collection_name: 'books', data: query, batchSize: 7, limit: 60 })) as AsyncIterable<unknown>;
    const seen: number[] = [];
    for await (const batch of iterator) seen.push(...(batch as Array<{ id: string }>).map((hit) => Number(hit.id)));
    expect(seen).to.deep.equal(
      ranked(query)
        .slice(0, 60)
        .map((row) => row.id),
    );
  });
});
