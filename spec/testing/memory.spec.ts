import { resolve } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Client, Metadata, type ServiceError, credentials, loadPackageDefinition, status } from '@grpc/grpc-js';
import { type MessageTypeDefinition, loadSync } from '@grpc/proto-loader';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';
import { encodeFloatVectors } from '../../lib/protocol/codec.js';
import type { MilvusUnaryMethodName, MilvusMethods } from '../../lib/protocol/proto.js';

// A plain grpc-js client of the full proto/, as an application would load the official milvus.proto.
const definition = loadSync('milvus.proto', {
  includeDirs: [resolve(import.meta.dirname, '../../proto')],
  keepCase: true,
  longs: String,
  enums: Number,
  defaults: true,
  oneofs: true,
});
type Callback = (error: ServiceError | null, reply?: Reply) => void;
type MilvusClient = Client & Record<string, (request: object, metadata: Metadata, callback: Callback) => void>;
const { MilvusService } = (
  loadPackageDefinition(definition) as unknown as {
    milvus: { proto: { milvus: { MilvusService: new (...args: ConstructorParameters<typeof Client>) => MilvusClient } } };
  }
).milvus.proto.milvus;
const encode = (type: string, message: object): Buffer => (definition[type] as MessageTypeDefinition<object, object>).serialize(message);

/** A reply as the plain client decodes it; `ok` types it by method. */
type Reply = object;

const INT64 = 5;
const VARCHAR = 21;
const JSON_TYPE = 23;
const FLOAT_VECTOR = 101;

/** The status of a reply: its `status` field, or the reply itself when the method answers a bare Status. */
const statusOf = (reply: Reply): { code: number; reason: string; error_code: number } =>
  ((reply as { status?: unknown }).status ?? reply) as { code: number; reason: string; error_code: number };

function schema(name: string, dim: number, extra: object[] = [], dynamic = false): Buffer {
  return encode('milvus.proto.schema.CollectionSchema', {
    name,
    enable_dynamic_field: dynamic,
    fields: [
      { name: 'id', data_type: INT64, is_primary_key: true },
      { name: 'vec', data_type: FLOAT_VECTOR, type_params: [{ key: 'dim', value: String(dim) }] },
      ...extra,
    ],
  });
}

const searchParams = (topk: number, metric?: string, field = 'vec'): object[] => [
  { key: 'anns_field', value: field },
  { key: 'topk', value: String(topk) },
  ...(metric === undefined ? [] : [{ key: 'metric_type', value: metric }]),
];

describe('embedded Milvus through gRPC (milvex/testing)', () => {
  let milvus: MilvusTestServer;
  let client: MilvusClient;

  /** Calls a method; resolves with the reply (whatever its status), rejects on a gRPC error. */
  function rpc(method: string, request: object = {}, metadata: Record<string, string> = {}): Promise<Reply> {
    const meta = new Metadata();
    for (const [key, value] of Object.entries(metadata)) meta.set(key, value);
    return new Promise((done, fail) =>
      (client[method] as MilvusClient[string]).call(client, request, meta, (error, reply) => (error === null ? done(reply ?? {}) : fail(error))),
    );
  }

  /** Calls a method that must succeed; resolves with its reply. */
  async function ok<M extends MilvusUnaryMethodName>(
    method: M,
    request: object = {},
    metadata: Record<string, string> = {},
  ): Promise<MilvusMethods[M]['response']> {
    const reply = await rpc(method, request, metadata);
    expect(statusOf(reply), `${method} status`).to.include({ code: 0 });
    // Typed by method: the plain client decodes with the loader options milvex's generated types describe.
    return reply;
  }

  /** Calls a method that must fail with a Milvus status; resolves with that status. */
  async function refused(method: string, request: object, code: number): Promise<{ code: number; reason: string; error_code: number }> {
    const status = statusOf(await rpc(method, request));
    expect(status.code, `${method}: ${status.reason}`).to.equal(code);
    return status;
  }

  async function books(name: string, rows: number[][], extra: { fields?: object[]; columns?: object[]; dynamic?: boolean } = {}): Promise<void> {
    await ok('CreateCollection', { collection_name: name, schema: schema(name, rows[0]?.length ?? 2, extra.fields, extra.dynamic) });
    await ok('Insert', {
      collection_name: name,
      num_rows: rows.length,
      fields_data: [
        { type: INT64, field_name: 'id', scalars: { long_data: { data: rows.map((_, i) => i + 1) } } },
        { type: FLOAT_VECTOR, field_name: 'vec', vectors: { dim: rows[0]?.length ?? 2, float_vector: { data: rows.flat() } } },
        ...(extra.columns ?? []),
      ],
    });
    await ok('CreateIndex', {
      collection_name: name,
      field_name: 'vec',
      extra_params: [
        { key: 'index_type', value: 'HNSW' },
        { key: 'metric_type', value: 'L2' },
      ],
    });
    await ok('LoadCollection', { collection_name: name });
  }

  beforeEach(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusService(milvus.address, credentials.createInsecure());
  });

  afterEach(async () => {
    client.close();
    await milvus.stop();
  });

  it('databases: create, list, describe, drop; the dbname metadata selects one; 800 for a missing one', async () => {
    await ok('CreateDatabase', { db_name: 'shop' });
    expect((await ok('ListDatabases')).db_names).to.deep.equal(['default', 'shop']);
    expect((await ok('DescribeDatabase', { db_name: 'shop' })).db_name).to.equal('shop');
    await ok('CreateCollection', { collection_name: 'carts', schema: schema('carts', 2) }, { dbname: 'shop' });
    expect((await ok('ShowCollections', {}, { dbname: 'shop' })).collection_names).to.deep.equal(['carts']);
    expect((await ok('ShowCollections', { db_name: 'default' }, { dbname: 'shop' })).collection_names).to.deep.equal([]);
    expect((await refused('DropDatabase', { db_name: 'shop' }, 1100)).reason).to.match(/not empty/);
    await ok('DropCollection', { collection_name: 'carts' }, { dbname: 'shop' });
    await ok('DropDatabase', { db_name: 'shop' });
    expect(await refused('DescribeDatabase', { db_name: 'shop' }, 800)).to.include({ reason: 'database not found[database=shop]' });
    await refused('DropDatabase', { db_name: 'default' }, 1100);
  });

  it('collections: create, has, describe, show, rename, statistics, drop; 100 (legacy CollectionNotExists) when missing', async () => {
    await ok('CreateCollection', {
      collection_name: 'books',
      schema: schema('books', 4, [{ name: 'title', data_type: VARCHAR, type_params: [{ key: 'max_length', value: '32' }] }], true),
      shards_num: 2,
    });
    expect((await ok('HasCollection', { collection_name: 'books' })).value).to.equal(true);
    const described = await ok('DescribeCollection', { collection_name: 'books' });
    expect(described.collection_name).to.equal('books');
    expect(described.shards_num).to.equal(2);
    expect(described.schema?.fields.map((f) => [f.name, f.fieldID, f.is_dynamic])).to.deep.equal([
      ['id', '100', false],
      ['vec', '101', false],
      ['title', '102', false],
      ['$meta', '103', true],
    ]);
    expect(BigInt(described.collectionID) > 2n ** 53n).to.equal(true);
    await ok('RenameCollection', { oldName: 'books', newName: 'novels' });
    expect((await ok('ShowCollections')).collection_names).to.deep.equal(['novels']);
    expect((await ok('GetCollectionStatistics', { collection_name: 'novels' })).stats).to.deep.equal([{ key: 'row_count', value: '0' }]);
    const missing = await refused('DescribeCollection', { collection_name: 'books' }, 100);
    expect(missing).to.include({ reason: 'collection not found[database=default][collection=books]', error_code: 4 });
    await refused('CreateCollection', { collection_name: '1st', schema: schema('1st', 2) }, 1100);
    await refused(
      'CreateCollection',
      {
        collection_name: 'bad',
        schema: encode('milvus.proto.schema.CollectionSchema', { name: 'bad', fields: [{ name: 'id', data_type: INT64, is_primary_key: true }] }),
      },
      1100,
    );
    await ok('DropCollection', { collection_name: 'novels' });
    expect((await ok('HasCollection', { collection_name: 'novels' })).value).to.equal(false);
  });

  it('load: needs an index first (700); load state, progress, release; search and query need a load (101)', async () => {
    await ok('CreateCollection', { collection_name: 'c', schema: schema('c', 2) });
    expect((await refused('LoadCollection', { collection_name: 'c' }, 700)).reason).to.match(/please create index firstly/);
    expect((await ok('GetLoadState', { collection_name: 'c' })).state).to.equal(1);
    await ok('CreateIndex', { collection_name: 'c', field_name: 'vec', extra_params: [{ key: 'index_type', value: 'AUTOINDEX' }] });
    await refused('Query', { collection_name: 'c', expr: 'id > 0' }, 101);
    await ok('LoadCollection', { collection_name: 'c' });
    expect((await ok('GetLoadState', { collection_name: 'c' })).state).to.equal(3);
    expect((await ok('GetLoadingProgress', { collection_name: 'c' })).progress).to.equal('100');
    expect((await ok('ShowCollections', { type: 1 })).collection_names).to.deep.equal(['c']);
    await ok('ReleaseCollection', { collection_name: 'c' });
    expect((await ok('ShowCollections', { type: 1 })).collection_names).to.deep.equal([]);
    await refused('Search', { collection_name: 'c', placeholder_group: encodeFloatVectors([[1, 0]]), search_params: searchParams(1) }, 101);
  });

  it('indexes: create, describe, state, drop; one distinct index a field; 700 when missing; not dropped while loaded', async () => {
    await ok('CreateCollection', { collection_name: 'c', schema: schema('c', 2) });
    await refused('DescribeIndex', { collection_name: 'c' }, 700);
    await ok('CreateIndex', {
      collection_name: 'c',
      field_name: 'vec',
      index_name: 'v',
      extra_params: [
        { key: 'index_type', value: 'IVF_FLAT' },
        { key: 'metric_type', value: 'IP' },
        { key: 'params', value: '{"nlist":128}' },
      ],
    });
    const [index] = (await ok('DescribeIndex', { collection_name: 'c', index_name: 'v' })).index_descriptions;
    expect(index).to.include({ index_name: 'v', field_name: 'vec', state: 3 });
    expect(index?.params).to.deep.include({ key: 'metric_type', value: 'IP' });
    expect((await ok('GetIndexState', { collection_name: 'c', field_name: 'vec' })).state).to.equal(3);
    await refused(
      'CreateIndex',
      { collection_name: 'c', field_name: 'vec', index_name: 'v', extra_params: [{ key: 'index_type', value: 'FLAT' }] },
      1100,
    );
    await refused('CreateIndex', { collection_name: 'c', field_name: 'nope', extra_params: [] }, 65_535);
    await ok('LoadCollection', { collection_name: 'c' });
    await refused('DropIndex', { collection_name: 'c', field_name: 'vec' }, 1100);
    await ok('ReleaseCollection', { collection_name: 'c' });
    await ok('DropIndex', { collection_name: 'c', field_name: 'vec' });
    await refused('GetIndexState', { collection_name: 'c', field_name: 'vec' }, 700);
  });

  it('aliases: create, describe, list, alter, drop; 1601, 1602, 1600; an alias reads its collection', async () => {
    await books('a', [[1, 0]]);
    await ok('CreateCollection', { collection_name: 'b', schema: schema('b', 2) });
    await ok('CreateAlias', { collection_name: 'a', alias: 'current' });
    expect((await ok('DescribeAlias', { alias: 'current' })).collection).to.equal('a');
    expect(
      (await ok('Query', { collection_name: 'current', expr: '', output_fields: ['count(*)'] })).fields_data[0]?.scalars?.long_data?.data,
    ).to.deep.equal(['1']);
    await refused('CreateAlias', { collection_name: 'b', alias: 'current' }, 1602);
    await refused('CreateAlias', { collection_name: 'a', alias: 'b' }, 1601);
    await refused('DropCollection', { collection_name: 'a' }, 1100);
    await ok('AlterAlias', { collection_name: 'b', alias: 'current' });
    expect((await ok('ListAliases', { collection_name: 'b' })).aliases).to.deep.equal(['current']);
    await ok('DropAlias', { alias: 'current' });
    await refused('DescribeAlias', { alias: 'current' }, 1600);
  });

  it('partitions: create, has, show, drop; writes and searches by partition; 200 for a missing one', async () => {
    await books('c', [[1, 0]]);
    await ok('CreatePartition', { collection_name: 'c', partition_name: 'recent' });
    expect((await ok('HasPartition', { collection_name: 'c', partition_name: 'recent' })).value).to.equal(true);
    expect((await ok('ShowPartitions', { collection_name: 'c' })).partition_names).to.deep.equal(['_default', 'recent']);
    const insert = (partition: string): Promise<Reply> =>
      rpc('Insert', {
        collection_name: 'c',
        partition_name: partition,
        num_rows: 1,
        fields_data: [
          { type: INT64, field_name: 'id', scalars: { long_data: { data: [9] } } },
          { type: FLOAT_VECTOR, field_name: 'vec', vectors: { dim: 2, float_vector: { data: [1, 0] } } },
        ],
      });
    expect(statusOf(await insert('recent')).code).to.equal(0);
    expect(statusOf(await insert('old'))).to.include({ code: 200, reason: 'partition not found[partition=old]' });
    const hits = await ok('Search', {
      collection_name: 'c',
      partition_names: ['recent'],
      placeholder_group: encodeFloatVectors([[1, 0]]),
      search_params: searchParams(5),
    });
    expect(hits.results?.ids?.int_id?.data).to.deep.equal(['9']);
    await refused('DropPartition', { collection_name: 'c', partition_name: 'recent' }, 1100);
    await ok('ReleaseCollection', { collection_name: 'c' });
    await ok('DropPartition', { collection_name: 'c', partition_name: 'recent' });
    expect((await ok('GetCollectionStatistics', { collection_name: 'c' })).stats[0]?.value).to.equal('1');
  });

  it('insert, upsert, delete, flush, query: ids, counts, filters, output fields, dynamic keys; errors name the field', async () => {
    await books(
      'c',
      [
        [1, 0],
        [0, 1],
        [1, 1],
      ],
      {
        dynamic: true,
        fields: [{ name: 'meta', data_type: JSON_TYPE }],
        columns: [
          {
            type: JSON_TYPE,
            field_name: 'meta',
            scalars: { json_data: { data: ['{"k":"a"}', '{"k":"b"}', '{"k":"a"}'].map((s) => Buffer.from(s)) } },
          },
          {
            type: JSON_TYPE,
            field_name: '$meta',
            is_dynamic: true,
            scalars: { json_data: { data: ['{"shelf":1}', '{"shelf":2}', '{}'].map((s) => Buffer.from(s)) } },
          },
        ],
      },
    );
    const upsert = await ok('Upsert', {
      collection_name: 'c',
      num_rows: 1,
      fields_data: [
        { type: INT64, field_name: 'id', scalars: { long_data: { data: [2] } } },
        { type: FLOAT_VECTOR, field_name: 'vec', vectors: { dim: 2, float_vector: { data: [0, 2] } } },
        { type: JSON_TYPE, field_name: 'meta', scalars: { json_data: { data: [Buffer.from('{"k":"c"}')] } } },
      ],
    });
    expect(upsert).to.include({ upsert_cnt: '1' });
    expect(upsert.IDs?.int_id?.data).to.deep.equal(['2']);
    await ok('Flush', { collection_names: ['c'] });
    const query = await ok('Query', { collection_name: 'c', expr: 'meta["k"] in ["a", "c"]', output_fields: ['vec', 'shelf'] });
    expect(query.fields_data.map((f) => f.field_name)).to.deep.equal(['id', 'vec', '$meta']);
    expect(query.fields_data[0]?.scalars?.long_data?.data).to.deep.equal(['1', '2', '3']);
    expect(query.fields_data[1]?.vectors?.float_vector?.data).to.deep.equal([1, 0, 0, 2, 1, 1]);
    expect(query.fields_data[2]?.scalars?.json_data?.data.map(String)).to.deep.equal(['{"shelf":1}', '{}', '{}']);
    const page = await ok('Query', {
      collection_name: 'c',
      expr: 'shelf >= 1',
      query_params: [
        { key: 'limit', value: '1' },
        { key: 'offset', value: '0' },
      ],
    });
    expect(page.fields_data[0]?.scalars?.long_data?.data).to.deep.equal(['1']);
    const deleted = await ok('Delete', { collection_name: 'c', expr: 'id in [1, 3]' });
    expect(deleted.delete_cnt).to.equal('2');
    expect(
      (await ok('Query', { collection_name: 'c', expr: '', output_fields: ['count(*)'] })).fields_data[0]?.scalars?.long_data?.data,
    ).to.deep.equal(['1']);
    const wrongDim = await refused(
      'Insert',
      {
        collection_name: 'c',
        num_rows: 1,
        fields_data: [
          { type: INT64, field_name: 'id', scalars: { long_data: { data: [4] } } },
          { type: FLOAT_VECTOR, field_name: 'vec', vectors: { dim: 3, float_vector: { data: [1, 2, 3] } } },
        ],
      },
      1100,
    );
    expect(wrongDim.reason).to.match(/dim \(3\) of field data\(vec\) is not equal to schema dim \(2\)/);
    await refused('Insert', { collection_name: 'nope', num_rows: 0, fields_data: [] }, 100);
    await refused('Delete', { collection_name: 'c', expr: '' }, 1100);
  });

  it('search: several query vectors, exact top-k with scores, filter, output fields, round_decimal; metric and dimension checked', async () => {
    const rows = [
      [0, 0],
      [1, 0],
      [0, 1],
      [2, 2],
      [1, 1],
      [-1, 0],
    ];
    await books('c', rows, {
      fields: [{ name: 'tag', data_type: VARCHAR, type_params: [{ key: 'max_length', value: '8' }] }],
      columns: [{ type: VARCHAR, field_name: 'tag', scalars: { string_data: { data: ['x', 'y', 'x', 'y', 'x', 'y'] } } }],
    });
    const queries = [
      [0.9, 0.1],
      [0, 2],
    ];
    const reply = await ok('Search', {
      collection_name: 'c',
      nq: 2,
      placeholder_group: encodeFloatVectors(queries),
      search_params: searchParams(3, 'L2'),
      output_fields: ['tag'],
    });
    const results = reply.results!;
    const expected = queries.map((q) =>
      rows
        .map((row, i) => ({ id: String(i + 1), score: (row[0]! - q[0]!) ** 2 + (row[1]! - q[1]!) ** 2 }))
        .sort((a, b) => a.score - b.score || Number(a.id) - Number(b.id))
        .slice(0, 3),
    );
    expect(results.topks).to.deep.equal(['3', '3']);
    expect(results.ids?.int_id?.data).to.deep.equal(expected.flat().map((hit) => hit.id));
    results.scores.forEach((score: number, i: number) => expect(score).to.be.closeTo(expected.flat()[i]!.score, 1e-5));
    // Only the fields asked for: the keys are in `ids` (Milvus adds the primary key to a query, not to a search).
    expect(results.fields_data.map((f) => f.field_name)).to.deep.equal(['tag']);
    const filtered = await ok('Search', {
      collection_name: 'c',
      dsl: 'tag == "y"',
      placeholder_group: encodeFloatVectors([[0, 0]]),
      search_params: [...searchParams(2), { key: 'round_decimal', value: '1' }],
    });
    expect(filtered.results?.ids?.int_id?.data).to.deep.equal(['2', '6']);
    expect(filtered.results?.scores).to.deep.equal([1, 1]);
    // A range search (radius as a key of its own, as older clients send it): each query keeps the
    // hits in range, and top_k is the last query's count, as Milvus's proxy reduce reports it.
    const ranged = await ok('Search', {
      collection_name: 'c',
      nq: 2,
      placeholder_group: encodeFloatVectors([
        [0, 0],
        [2, 2],
      ]),
      search_params: [...searchParams(5), { key: 'radius', value: '1.5' }],
    });
    expect(ranged.results?.topks).to.deep.equal(['4', '1']);
    expect(ranged.results?.top_k).to.equal('1');
    expect(
      (
        await refused(
          'Search',
          { collection_name: 'c', placeholder_group: encodeFloatVectors([[0, 0]]), search_params: searchParams(2, 'COSINE') },
          1100,
        )
      ).reason,
    ).to.match(/metric type not match/);
    expect(
      (await refused('Search', { collection_name: 'c', placeholder_group: encodeFloatVectors([[0, 0, 0]]), search_params: searchParams(2) }, 1100))
        .reason,
    ).to.match(/dimension mismatch/);
    expect(
      (
        await refused(
          'Search',
          { collection_name: 'c', dsl: 'tag ==', placeholder_group: encodeFloatVectors([[0, 0]]), search_params: searchParams(2) },
          1100,
        )
      ).reason,
    ).to.include('cannot parse expression: tag ==, error:');
  });

  it('hybrid search fuses two vector fields with RRF or weighted ranking', async () => {
    const both = encode('milvus.proto.schema.CollectionSchema', {
      name: 'h',
      fields: [
        { name: 'id', data_type: INT64, is_primary_key: true },
        { name: 'a', data_type: FLOAT_VECTOR, type_params: [{ key: 'dim', value: '2' }] },
        { name: 'b', data_type: FLOAT_VECTOR, type_params: [{ key: 'dim', value: '2' }] },
      ],
    });
    await ok('CreateCollection', { collection_name: 'h', schema: both });
    await ok('Insert', {
      collection_name: 'h',
      num_rows: 3,
      fields_data: [
        { type: INT64, field_name: 'id', scalars: { long_data: { data: [1, 2, 3] } } },
        { type: FLOAT_VECTOR, field_name: 'a', vectors: { dim: 2, float_vector: { data: [1, 0, 0.9, 0.1, 0, 1] } } },
        { type: FLOAT_VECTOR, field_name: 'b', vectors: { dim: 2, float_vector: { data: [0, 1, 0.9, 0.1, 1, 0] } } },
      ],
    });
    for (const field of ['a', 'b'])
      await ok('CreateIndex', { collection_name: 'h', field_name: field, extra_params: [{ key: 'metric_type', value: 'IP' }] });
    await ok('LoadCollection', { collection_name: 'h' });
    const requests = ['a', 'b'].map((field) => ({
      collection_name: 'h',
      placeholder_group: encodeFloatVectors([[1, 0]]),
      nq: 1,
      search_params: searchParams(3, 'IP', field),
    }));
    // a ranks 1, 2, 3 and b ranks 3, 2, 1: under RRF a first and a third place (1/61 + 1/63)
    // beat two second places (2/62), and 1 and 3 tie, so the key orders them.
    const rrf = await ok('HybridSearch', {
      collection_name: 'h',
      requests,
      rank_params: [
        { key: 'strategy', value: 'rrf' },
        { key: 'params', value: '{"k":60}' },
        { key: 'limit', value: '3' },
      ],
    });
    expect(rrf.results?.ids?.int_id?.data).to.deep.equal(['1', '3', '2']);
    expect(rrf.results?.scores[0]).to.be.closeTo(1 / 61 + 1 / 63, 1e-6);
    expect(rrf.results?.scores[2]).to.be.closeTo(2 / 62, 1e-6);
    const weighted = await ok('HybridSearch', {
      collection_name: 'h',
      requests,
      rank_params: [
        { key: 'strategy', value: 'weighted' },
        { key: 'params', value: '{"weights":[1,0]}' },
        { key: 'limit', value: '2' },
      ],
    });
    expect(weighted.results?.ids?.int_id?.data).to.deep.equal(['1', '2']);
    await refused(
      'HybridSearch',
      {
        collection_name: 'h',
        requests,
        rank_params: [
          { key: 'strategy', value: 'weighted' },
          { key: 'params', value: '{"weights":[1]}' },
        ],
      },
      1100,
    );
  });

  it('bad credentials answer 1800 on every implemented method, in the reply shape of each', async () => {
    const guarded = await startMilvusTestServer({ token: 'secret' });
    const other = new MilvusService(guarded.address, credentials.createInsecure());
    const call = (method: string): Promise<Reply> =>
      new Promise((done, fail) =>
        (other[method] as MilvusClient[string]).call(other, {}, new Metadata(), (error, reply) => (error === null ? done(reply ?? {}) : fail(error))),
      );
    try {
      expect(statusOf(await call('CreateCollection')).code).to.equal(1800);
      expect(statusOf(await call('HasCollection')).code).to.equal(1800);
      expect(statusOf(await call('Search')).code).to.equal(1800);
    } finally {
      other.close();
      await guarded.stop();
    }
  });

  it('records every call, UNIMPLEMENTED ones included', async () => {
    const error = await rpc('Dummy', { request_type: 'u' }).catch((e: ServiceError) => e);
    expect(error).to.include({ code: status.UNIMPLEMENTED });
    await ok('HasCollection', { collection_name: 'x' });
    expect(milvus.calls.map((call) => call.method)).to.deep.equal(['Dummy', 'HasCollection']);
    expect(milvus.calls[0]?.request).to.deep.include({ request_type: 'u' });
  });

  it('clearCalls() lets go of the calls it forgets', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    await ok('HasCollection', { collection_name: 'kept-until-cleared' });
    const request = new WeakRef(milvus.calls[0]?.request as object);
    milvus.clearCalls();
    await turn();
    gc();
    expect(request.deref()).to.equal(undefined);
  });

  it('data survives kill() and restart() of the same server instance', async () => {
    await books('c', [
      [1, 0],
      [0, 1],
    ]);
    await milvus.kill();
    await milvus.restart();
    client.close();
    client = new MilvusService(milvus.address, credentials.createInsecure());
    const hits = await ok('Search', { collection_name: 'c', placeholder_group: encodeFloatVectors([[0, 1]]), search_params: searchParams(2) });
    expect(hits.results?.ids?.int_id?.data).to.deep.equal(['2', '1']);
    expect((await ok('GetLoadState', { collection_name: 'c' })).state).to.equal(3);
  });
});
