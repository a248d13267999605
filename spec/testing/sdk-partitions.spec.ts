import { DataType, LoadState, MilvusClient, type RowData, ShowPartitionsType } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

const DIM = 4;

/** Rows 1..n with a deterministic vector each. */
const rowsOf = (from: number, count: number, extra: (id: number) => RowData = () => ({})): RowData[] =>
  Array.from({ length: count }, (_, i) => {
    const id = from + i;
    return { id, vector: [Math.sin(id), Math.cos(id), Math.sin(2 * id), Math.cos(3 * id)], ...extra(id) };
  });

describe('partitions through the official SDK (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  const fields = [
    { name: 'id', data_type: DataType.Int64, is_primary_key: true },
    { name: 'vector', data_type: DataType.FloatVector, dim: DIM },
  ];

  it('loads and releases partitions: reads see only the loaded ones, and say which are not', async () => {
    await client.createCollection({ collection_name: 'parts', fields });
    for (const partition_name of ['p1', 'p2'])
      expect((await client.createPartition({ collection_name: 'parts', partition_name })).error_code).to.equal('Success');
    await client.insert({ collection_name: 'parts', partition_name: 'p1', data: rowsOf(1, 10) });
    await client.insert({ collection_name: 'parts', partition_name: 'p2', data: rowsOf(101, 5) });
    await client.insert({ collection_name: 'parts', data: rowsOf(201, 3) });
    await client.createIndex({ collection_name: 'parts', field_name: 'vector', metric_type: 'L2' });

    const stats = await client.getPartitionStatistics({ collection_name: 'parts', partition_name: 'p2' });
    expect(stats.data.row_count).to.equal('5');

    const loaded = await client.loadPartitions({ collection_name: 'parts', partition_names: ['p1'] });
    expect(loaded.error_code).to.equal('Success');
    expect((await client.getLoadState({ collection_name: 'parts' })).state).to.equal(LoadState.LoadStateLoaded);
    expect((await client.getLoadState({ collection_name: 'parts', partition_names: ['p2'] })).state).to.equal(LoadState.LoadStateNotLoad);
    const shown = await client.showPartitions({ collection_name: 'parts' });
    expect(shown.partition_names).to.deep.equal(['_default', 'p1', 'p2']);
    expect(shown.data.map((partition) => partition.loadedPercentage)).to.deep.equal(['0', '100', '0']);
    const loadedOnly = await client.showPartitions({ collection_name: 'parts', type: ShowPartitionsType.Loaded });
    expect(loadedOnly.partition_names).to.deep.equal(['p1']);

    // A search of the collection covers the loaded partition only: ids 1..10.
    const hits = await client.search({ collection_name: 'parts', data: [0, 0, 0, 0], limit: 100 });
    expect(hits.results.map((hit) => Number(hit.id)).sort((a, b) => a - b)).to.deep.equal(rowsOf(1, 10).map((row) => row['id']));
    const count = await client.query({ collection_name: 'parts', filter: '', output_fields: ['count(*)'] });
    expect(count.data[0]?.['count(*)']).to.equal('10');
    const refused = await client.query({ collection_name: 'parts', filter: 'id > 0', partition_names: ['p2'] });
    expect(refused.status.code).to.equal(201);
    expect(refused.status.reason).to.equal('partition not loaded[partition=p2]');

    await client.loadPartitions({ collection_name: 'parts', partition_names: ['p2'] });
    const both = await client.query({ collection_name: 'parts', filter: '', output_fields: ['count(*)'] });
    expect(both.data[0]?.['count(*)']).to.equal('15');
    expect((await client.releasePartitions({ collection_name: 'parts', partition_names: ['p1'] })).error_code).to.equal('Success');
    const onlyP2 = await client.query({ collection_name: 'parts', filter: 'id > 0', output_fields: ['id'] });
    expect(onlyP2.data.map((row) => Number(row['id']))).to.deep.equal([101, 102, 103, 104, 105]);
    // A loaded partition cannot be dropped; a released one can.
    expect((await client.dropPartition({ collection_name: 'parts', partition_name: 'p2' })).error_code).to.not.equal('Success');
    expect((await client.dropPartition({ collection_name: 'parts', partition_name: 'p1' })).error_code).to.equal('Success');
    await client.releasePartitions({ collection_name: 'parts', partition_names: ['p2'] });
    expect((await client.getLoadState({ collection_name: 'parts' })).state).to.equal(LoadState.LoadStateNotLoad);
  });

  it('partition key collections: rows spread over num_partitions; partitions are not named by hand', async () => {
    const created = await client.createCollection({
      collection_name: 'keyed',
      fields: [...fields, { name: 'tenant', data_type: DataType.VarChar, max_length: 16, is_partition_key: true }],
      num_partitions: 4,
    });
    expect(created.error_code).to.equal('Success');
    const described = await client.describeCollection({ collection_name: 'keyed' });
    expect(described.num_partitions).to.equal('4');
    expect(described.schema.fields.find((field) => field.name === 'tenant')?.is_partition_key).to.equal(true);
    expect((await client.showPartitions({ collection_name: 'keyed' })).partition_names).to.deep.equal([
      '_default_0',
      '_default_1',
      '_default_2',
      '_default_3',
    ]);

    const create = await client.createPartition({ collection_name: 'keyed', partition_name: 'mine' });
    expect(create.reason).to.equal('disable create partition if partition key mode is used');
    const tenants = ['a', 'b', 'c', 'd', 'e'];
    const rows = rowsOf(1, 50, (id) => ({ tenant: tenants[id % 5] }));
    expect((await client.insert({ collection_name: 'keyed', data: rows })).insert_cnt).to.equal('50');
    const named = await client.insert({ collection_name: 'keyed', partition_name: '_default_1', data: rows.slice(0, 1) });
    expect(named.status.reason).to.include('not support manually specifying the partition names if partition key mode is used');
    await client.createIndex({ collection_name: 'keyed', field_name: 'vector', metric_type: 'L2' });
    await client.loadCollectionSync({ collection_name: 'keyed' });

    const spread = await Promise.all(
      ['_default_0', '_default_1', '_default_2', '_default_3'].map(async (partition_name) =>
        String((await client.getPartitionStatistics({ collection_name: 'keyed', partition_name })).data.row_count),
      ),
    );
    expect(spread.reduce((sum, n) => sum + Number(n), 0)).to.equal(50);
    expect(spread.filter((n) => Number(n) > 0).length).to.be.greaterThan(1);

    // Milvus's search task answers a plain error (65535), its query task an invalid parameter (1100).
    const search = await client.search({ collection_name: 'keyed', data: [0, 0, 0, 0], partition_names: ['_default_0'] });
    expect([search.status.code, search.status.reason]).to.deep.equal([
      65535,
      'not support manually specifying the partition names if partition key mode is used',
    ]);
    const queried = await client.query({ collection_name: 'keyed', filter: 'id > 0', partition_names: ['_default_0'] });
    expect(queried.status.code).to.equal(1100);
    const query = [0.5, 0.5, 0.5, 0.5];
    const hits = await client.search({ collection_name: 'keyed', data: query, filter: 'tenant == "c"', limit: 3, metric_type: 'L2' });
    const distance = (row: RowData): number =>
      (row['vector'] as number[]).reduce((sum, x, i) => sum + (Math.fround(x) - (query[i] as number)) ** 2, 0);
    const brute = rows
      .filter((row) => row['tenant'] === 'c')
      .sort((a, b) => distance(a) - distance(b))
      .slice(0, 3)
      .map((row) => String(row['id'] as number));
    expect(hits.results.map((hit) => hit.id)).to.deep.equal(brute);
  });
});
