import { DataType, MilvusClient } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

describe('Timestamptz and Geometry fields through the official SDK (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;
  const rows = [
    { id: 1, tsz: '2025-01-01T00:00:00+08:00', geo: 'POINT (1 2)', vector: [1, 0] },
    { id: 2, tsz: '2025-01-02T12:30:00.250Z', geo: 'LINESTRING (0 0, 1 1)', vector: [0, 1] },
    { id: 3, tsz: '2024-12-31T23:59:59.000001-05:00', geo: 'POLYGON ((0 0, 1 0, 1 1, 0 0))', vector: [1, 1] },
  ];

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
    const created = await client.createCollection({
      collection_name: 'events',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'tsz', data_type: DataType.Timestamptz, nullable: true },
        { name: 'geo', data_type: DataType.Geometry },
        { name: 'vector', data_type: DataType.FloatVector, dim: 2 },
      ],
    });
    expect(created.error_code, created.reason).to.equal('Success');
    const inserted = await client.insert({ collection_name: 'events', data: [...rows, { id: 4, tsz: null, geo: 'POINT EMPTY', vector: [0, 0] }] });
    expect(inserted.status.reason).to.equal('');
    await client.createIndex({ collection_name: 'events', field_name: 'vector', metric_type: 'L2' });
    await client.loadCollectionSync({ collection_name: 'events' });
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  it('stores timestamps in UTC and returns them as ISO 8601 in UTC; geometry as its WKT', async () => {
    const got = await client.query({ collection_name: 'events', filter: 'id > 0', output_fields: ['tsz', 'geo'] });
    expect(got.data.map((row): unknown[] => [row['id'], row['tsz'], row['geo']])).to.deep.equal([
      ['1', '2024-12-31T16:00:00Z', 'POINT (1 2)'],
      ['2', '2025-01-02T12:30:00.25Z', 'LINESTRING (0 0, 1 1)'],
      ['3', '2025-01-01T04:59:59.000001Z', 'POLYGON ((0 0, 1 0, 1 1, 0 0))'],
      ['4', null, 'POINT EMPTY'],
    ]);
  });

  it('filters by comparison with ISO timestamp literals, in UTC whatever the offset', async () => {
    const ids = async (filter: string): Promise<string[]> =>
      (await client.query({ collection_name: 'events', filter, output_fields: ['id'] })).data.map((row) => String(row['id'] as string));
    expect(await ids("tsz > ISO '2025-01-01T00:00:00Z'")).to.deep.equal(['2', '3']);
    expect(await ids("tsz == ISO '2024-12-31T16:00:00Z'")).to.deep.equal(['1']);
    expect(await ids("tsz <= ISO '2025-01-01T13:59:59.000001+09:00'")).to.deep.equal(['1', '3']);
    expect(await ids("tsz != ISO '2025-01-01T00:00:00+08:00'")).to.deep.equal(['2', '3']);
    expect(await ids('tsz is null')).to.deep.equal(['4']);
    const bad = await client.query({ collection_name: 'events', filter: "tsz > 'yesterday'", output_fields: ['id'] });
    expect(bad.status.code).to.equal(1100);
  });

  it('refuses text that is not ISO 8601 or WKT', async () => {
    const badTime = await client.insert({ collection_name: 'events', data: [{ id: 9, tsz: 'yesterday', geo: 'POINT (0 0)', vector: [0, 0] }] });
    expect(badTime.status.reason).to.include('invalid timestamptz value');
    const badGeo = await client.insert({ collection_name: 'events', data: [{ id: 9, tsz: '2025-01-01T00:00:00Z', geo: 'circle', vector: [0, 0] }] });
    expect(badGeo.status.reason).to.include('invalid WKT');
  });
});
