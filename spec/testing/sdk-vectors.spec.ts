import { DataType, MilvusClient, RRFRanker, type RowData } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

const ROWS = 60;

/** A seeded generator (a linear congruential one), so every run sees the same vectors. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const popcount = (byte: number): number => [...byte.toString(2)].filter((bit) => bit === '1').length;
const hamming = (a: number[], b: number[]): number => a.reduce((sum, x, i) => sum + popcount(x ^ (b[i] as number)), 0);
const jaccard = (a: number[], b: number[]): number => {
  const both = a.reduce((sum, x, i) => sum + popcount(x & (b[i] as number)), 0);
  const either = a.reduce((sum, x, i) => sum + popcount(x | (b[i] as number)), 0);
  return either === 0 ? 0 : 1 - both / either;
};
const l2 = (a: number[], b: number[]): number => a.reduce((sum, x, i) => sum + (x - (b[i] as number)) ** 2, 0);
const ip = (a: number[], b: number[]): number => a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);
const cosine = (a: number[], b: number[]): number => ip(a, b) / Math.sqrt(ip(a, a) * ip(b, b));
const sparseIp = (a: Record<string, number>, b: Record<string, number>): number =>
  Object.entries(a).reduce((sum, [key, x]) => sum + x * (b[key] ?? 0), 0);

describe('vector kinds through the official SDK (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;
  const random = seeded(7);
  // Values exact in float16 and bfloat16 (eighths), so brute force sees what the server stores.
  const eighths = (n: number): number[] => Array.from({ length: n }, () => Math.round(random() * 32 - 16) / 8);
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    id: i + 1,
    bin: Array.from({ length: 2 }, () => Math.floor(random() * 256)),
    jac: Array.from({ length: 2 }, () => Math.floor(random() * 256)),
    f16: eighths(4),
    bf16: eighths(4),
    i8: Array.from({ length: 4 }, () => Math.floor(random() * 255) - 127),
    sp: Object.fromEntries(Array.from({ length: 3 }, () => [String(Math.floor(random() * 40)), Math.round(random() * 64) / 16] as const)),
  }));

  /** The ids of the best `k` rows by `score`, ties by id. */
  function brute<T>(field: (row: (typeof rows)[number]) => T, score: (value: T) => number, larger: boolean, k: number): string[] {
    return rows
      .map((row) => ({ id: row.id, score: Math.fround(score(field(row))) }))
      .sort((a, b) => (larger ? b.score - a.score : a.score - b.score) || a.id - b.id)
      .slice(0, k)
      .map((hit) => String(hit.id));
  }

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
    const created = await client.createCollection({
      collection_name: 'kinds',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'bin', data_type: DataType.BinaryVector, dim: 16 },
        { name: 'jac', data_type: DataType.BinaryVector, dim: 16 },
        { name: 'f16', data_type: DataType.Float16Vector, dim: 4 },
        { name: 'bf16', data_type: DataType.BFloat16Vector, dim: 4 },
        { name: 'i8', data_type: DataType.Int8Vector, dim: 4 },
        { name: 'sp', data_type: DataType.SparseFloatVector },
      ],
    });
    expect(created.error_code, created.reason).to.equal('Success');
    const inserted = await client.insert({ collection_name: 'kinds', data: rows as unknown as RowData[] });
    expect(inserted.insert_cnt, inserted.status.reason).to.equal(String(ROWS));
    const indexes: Array<[string, string, string]> = [
      ['bin', 'BIN_FLAT', 'HAMMING'],
      ['jac', 'BIN_IVF_FLAT', 'JACCARD'],
      ['f16', 'HNSW', 'L2'],
      ['bf16', 'FLAT', 'IP'],
      ['i8', 'HNSW', 'COSINE'],
      ['sp', 'SPARSE_INVERTED_INDEX', 'IP'],
    ];
    for (const [field_name, index_type, metric_type] of indexes) {
      const indexed = await client.createIndex({
        collection_name: 'kinds',
        field_name,
        index_type,
        metric_type,
        params: { nlist: 16, M: 8, efConstruction: 64 },
      });
      expect(indexed.error_code, `${field_name}: ${indexed.reason}`).to.equal('Success');
    }
    expect((await client.loadCollectionSync({ collection_name: 'kinds' })).error_code).to.equal('Success');
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  it('returns every kind as it was inserted', async () => {
    const got = await client.query({ collection_name: 'kinds', filter: 'id in [1, 2, 3]', output_fields: ['*'] });
    expect(got.status.reason).to.equal('');
    for (const row of got.data) {
      const sent = rows[Number(row['id']) - 1] as (typeof rows)[number];
      expect(row['bin']).to.deep.equal(sent.bin);
      expect(row['f16']).to.deep.equal(sent.f16);
      expect(row['bf16']).to.deep.equal(sent.bf16);
      expect(row['i8']).to.deep.equal(sent.i8);
      expect(row['sp']).to.deep.equal(sent.sp);
    }
  });

  it('searches each kind with its metric, equal to brute force', async () => {
    const q = rows[5] as (typeof rows)[number];
    const qBin = [q.bin[0] as number, 0xff];
    const cases: Array<[string, unknown, string[]]> = [
      [
        'bin',
        qBin,
        brute(
          (row) => row.bin,
          (v) => hamming(v, qBin),
          false,
          5,
        ),
      ],
      [
        'jac',
        q.jac,
        brute(
          (row) => row.jac,
          (v) => jaccard(v, q.jac),
          false,
          5,
        ),
      ],
      [
        'f16',
        [0.5, -0.25, 1, 2],
        brute(
          (row) => row.f16,
          (v) => l2(v, [0.5, -0.25, 1, 2]),
          false,
          5,
        ),
      ],
      [
        'bf16',
        [1, 0.5, -1, 0.125],
        brute(
          (row) => row.bf16,
          (v) => ip(v, [1, 0.5, -1, 0.125]),
          true,
          5,
        ),
      ],
      [
        'i8',
        [10, -20, 30, 5],
        brute(
          (row) => row.i8,
          (v) => cosine(v, [10, -20, 30, 5]),
          true,
          5,
        ),
      ],
      [
        'sp',
        { 3: 1, 17: 0.5, 30: 2 },
        brute(
          (row) => row.sp,
          (v) => sparseIp(v, { 3: 1, 17: 0.5, 30: 2 }),
          true,
          5,
        ),
      ],
    ];
    for (const [anns_field, data, expected] of cases) {
      const found = await client.search({ collection_name: 'kinds', anns_field, data: data as number[], limit: 5 });
      expect(found.status.reason, anns_field).to.equal('');
      // Sparse rows that share no index with the query score 0 and tie: compare the scoring ones.
      expect(
        found.results.map((hit) => hit.id),
        anns_field,
      ).to.deep.equal(expected);
    }
  });

  it('range search keeps the scores between radius and range_filter', async () => {
    const query = [0.5, -0.25, 1, 2];
    const found = await client.search({
      collection_name: 'kinds',
      anns_field: 'f16',
      data: query,
      limit: 100,
      params: { radius: 20, range_filter: 5 },
    });
    const expected = rows
      .map((row) => ({ id: row.id, d: Math.fround(l2(row.f16, query)) }))
      .filter((hit) => hit.d < 20 && hit.d >= 5)
      .sort((a, b) => a.d - b.d || a.id - b.id)
      .map((hit) => String(hit.id));
    expect(expected.length).to.be.within(1, ROWS - 1);
    expect(found.results.map((hit) => hit.id)).to.deep.equal(expected);
    for (const hit of found.results) expect(hit.score).to.be.within(5, 20);
    const ipRange = await client.search({
      collection_name: 'kinds',
      anns_field: 'bf16',
      data: [1, 0.5, -1, 0.125],
      limit: 100,
      params: { radius: 1, range_filter: 3 },
    });
    for (const hit of ipRange.results) expect(hit.score).to.be.greaterThan(1).and.at.most(3);
    const wrong = await client.search({
      collection_name: 'kinds',
      anns_field: 'f16',
      data: query,
      limit: 5,
      params: { radius: 5, range_filter: 20 },
    });
    expect(wrong.status.code).to.equal(1100);
  });

  /** RRF of brute-force lists of the f16 (L2) and sparse (IP) fields, ties by id. */
  function rrf(f16Query: number[], spQuery: Record<string, number>, limit: number): string[] {
    const lists = [
      brute(
        (row) => row.f16,
        (v) => l2(v, f16Query),
        false,
        limit,
      ),
      brute(
        (row) => row.sp,
        (v) => sparseIp(v, spQuery),
        true,
        limit,
      ),
    ];
    const fused = new Map<string, number>();
    for (const list of lists) list.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + 1 / (60 + rank + 1)));
    return [...fused]
      .map(([id, score]) => ({ id, score: Math.fround(score) }))
      .sort((a, b) => b.score - a.score || Number(a.id) - Number(b.id))
      .slice(0, limit)
      .map((hit) => hit.id);
  }

  it('hybrid search fuses two vector fields with RRF, equal to fusing brute-force lists', async () => {
    const f16Query = [0.5, -0.25, 1, 2];
    const spQuery = { 3: 1, 17: 0.5, 30: 2 };
    const found = await client.hybridSearch({
      collection_name: 'kinds',
      data: [
        { data: f16Query, anns_field: 'f16', params: {} },
        { data: spQuery, anns_field: 'sp', params: {} },
      ],
      rerank: RRFRanker(60),
      limit: 5,
    } as never);
    expect(found.status.reason).to.equal('');
    expect(found.results.map((hit) => hit.id)).to.deep.equal(rrf(f16Query, spQuery, 5));
  });

  it('hybrid search with several query vectors fuses query i of each sub-search', async () => {
    const f16Queries = [
      [0.5, -0.25, 1, 2],
      [-1, 1, 0.125, 0],
    ];
    const spQueries = [
      { 3: 1, 17: 0.5 },
      { 30: 2, 5: 1 },
    ];
    const found = await client.hybridSearch({
      collection_name: 'kinds',
      data: [
        { data: f16Queries, anns_field: 'f16', params: {} },
        { data: spQueries, anns_field: 'sp', params: {} },
      ],
      rerank: RRFRanker(60),
      limit: 4,
    } as never);
    expect(found.status.reason).to.equal('');
    const lists = found.results as unknown as Array<Array<{ id: string }>>;
    expect(lists.map((list) => list.map((hit) => hit.id))).to.deep.equal([0, 1].map((i) => rrf(f16Queries[i] ?? [], spQueries[i] ?? {}, 4)));
  });

  it('refuses a metric the kind does not have', async () => {
    await client.createCollection({
      collection_name: 'bits',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'bin', data_type: DataType.BinaryVector, dim: 16 },
      ],
    });
    const bad = await client.createIndex({ collection_name: 'bits', field_name: 'bin', index_type: 'BIN_FLAT', metric_type: 'L2' });
    expect(bad.code).to.equal(1100);
    expect(bad.reason).to.include('allowed: HAMMING, JACCARD');
    const sparse = await client.createIndex({ collection_name: 'kinds', field_name: 'sp', index_type: 'HNSW', metric_type: 'IP' });
    expect(sparse.code).to.equal(701);
  });
});
