import { DataType, MilvusClient, type RowData } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';

const property = (pairs: ReadonlyArray<{ key: string; value: string | number }>, key: string): string | undefined => {
  const value = pairs.find((pair) => pair.key === key)?.value;
  return value === undefined ? undefined : String(value);
};

describe('schema and index changes through the official SDK (milvex/testing)', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;
  let client: MilvusClient;
  const rows: RowData[] = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, title: `t${i}`, vector: [i, 1, 0, 0] }));

  before(async () => {
    milvus = await startMilvusTestServer();
    client = new MilvusClient({ address: milvus.address });
    await client.createCollection({
      collection_name: 'docs',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'title', data_type: DataType.VarChar, max_length: 8 },
        { name: 'vector', data_type: DataType.FloatVector, dim: 4 },
      ],
    });
    await client.insert({ collection_name: 'docs', data: rows });
  });

  after(async () => {
    await client.closeConnection();
    await milvus.stop();
  });

  it('alters and drops collection properties', async () => {
    const altered = await client.alterCollectionProperties({ collection_name: 'docs', properties: { 'collection.ttl.seconds': 3600 } });
    expect(altered.error_code).to.equal('Success');
    const described = await client.describeCollection({ collection_name: 'docs' });
    expect(property(described.properties, 'collection.ttl.seconds')).to.equal('3600');
    const dropped = await client.dropCollectionProperties({ collection_name: 'docs', properties: ['collection.ttl.seconds'] });
    expect(dropped.error_code).to.equal('Success');
    expect(property((await client.describeCollection({ collection_name: 'docs' })).properties, 'collection.ttl.seconds')).to.equal(undefined);
  });

  it('alters a field: a longer max_length takes longer values', async () => {
    const long = { id: 100, title: 'a rather long title', vector: [0, 0, 1, 0] };
    expect((await client.insert({ collection_name: 'docs', data: [long] })).status.error_code).to.not.equal('Success');
    const altered = await client.alterCollectionFieldProperties({ collection_name: 'docs', field_name: 'title', properties: { max_length: 64 } });
    expect(altered.error_code, altered.reason).to.equal('Success');
    const field = (await client.describeCollection({ collection_name: 'docs' })).schema.fields.find((each) => each.name === 'title');
    expect(field?.max_length).to.equal('64');
    expect((await client.insert({ collection_name: 'docs', data: [long] })).status.error_code).to.equal('Success');
    const refused = await client.alterCollectionFieldProperties({ collection_name: 'docs', field_name: 'id', properties: { max_length: 64 } });
    expect(refused.error_code).to.not.equal('Success');
  });

  it('adds a nullable field: old rows read null, new rows filter on it', async () => {
    const added = await client.addCollectionField({ collection_name: 'docs', field: { name: 'stars', data_type: DataType.Int32, nullable: true } });
    expect(added.error_code, added.reason).to.equal('Success');
    const notNullable = await client.addCollectionField({ collection_name: 'docs', field: { name: 'bad', data_type: DataType.Int32 } });
    expect(notNullable.error_code).to.not.equal('Success');
    await client.insert({ collection_name: 'docs', data: [{ id: 200, title: 'new', vector: [1, 1, 1, 1], stars: 5 }] });
    await client.createIndex({ collection_name: 'docs', field_name: 'vector', metric_type: 'L2' });
    await client.loadCollectionSync({ collection_name: 'docs' });
    const old = await client.query({ collection_name: 'docs', filter: 'id == 1', output_fields: ['stars'] });
    expect(old.data[0]?.['stars']).to.equal(null);
    const starred = await client.query({ collection_name: 'docs', filter: 'stars > 3', output_fields: ['id'] });
    expect(starred.data.map((row) => String(row['id']))).to.deep.equal(['200']);
  });

  it('indexes: the same index again succeeds; alter, drop properties, statistics, build progress, state', async () => {
    const again = await client.createIndex({ collection_name: 'docs', field_name: 'vector', metric_type: 'L2' });
    expect(again.error_code, again.reason).to.equal('Success');
    await client.createIndex({ collection_name: 'docs', field_name: 'title', index_name: 'by_title', index_type: 'INVERTED' });
    const unnamed = await client.createIndex({ collection_name: 'docs', field_name: 'title', index_type: 'INVERTED' });
    expect(unnamed.error_code, unnamed.reason).to.equal('Success');
    const other = await client.createIndex({ collection_name: 'docs', field_name: 'vector', metric_type: 'IP' });
    expect(other.error_code).to.not.equal('Success');
    const [index] = (await client.describeIndex({ collection_name: 'docs', field_name: 'vector' })).index_descriptions;
    const name = index?.index_name ?? '';
    expect((await client.alterIndexProperties({ collection_name: 'docs', index_name: name, params: { 'mmap.enabled': true } })).error_code).to.equal(
      'Success',
    );
    const stats = await client.getIndexStatistics({ collection_name: 'docs', index_name: name });
    expect(property(stats.index_descriptions[0]?.params ?? [], 'mmap.enabled')).to.equal('true');
    expect(stats.index_descriptions[0]?.total_rows).to.equal('22');
    await client.dropIndexProperties({ collection_name: 'docs', index_name: name, properties: ['mmap.enabled'] });
    const after = await client.describeIndex({ collection_name: 'docs', index_name: name });
    expect(property(after.index_descriptions[0]?.params ?? [], 'mmap.enabled')).to.equal(undefined);
    const progress = await client.getIndexBuildProgress({ collection_name: 'docs', field_name: 'vector' });
    expect([progress.indexed_rows, progress.total_rows]).to.deep.equal(['22', '22']);
    expect((await client.getIndexState({ collection_name: 'docs', field_name: 'vector' })).state).to.equal('Finished');
    expect((await client.getIndexBuildProgress({ collection_name: 'docs', field_name: 'stars' })).status.code).to.equal(700);
  });

  it('databases: alter and drop properties', async () => {
    await client.createDatabase({ db_name: 'shop' });
    expect((await client.alterDatabaseProperties({ db_name: 'shop', properties: { 'database.max.collections': 10 } })).error_code).to.equal(
      'Success',
    );
    expect(property((await client.describeDatabase({ db_name: 'shop' })).properties, 'database.max.collections')).to.equal('10');
    await client.dropDatabaseProperties({ db_name: 'shop', properties: ['database.max.collections'] });
    expect(property((await client.describeDatabase({ db_name: 'shop' })).properties, 'database.max.collections')).to.equal(undefined);
  });

  it('batch describe, load progress, flush all, truncate', async () => {
    await client.createCollection({
      collection_name: 'other',
      fields: [
        { name: 'id', data_type: DataType.Int64, is_primary_key: true },
        { name: 'v', data_type: DataType.FloatVector, dim: 2 },
      ],
    });
    // (A missing name fails its own response, as in Milvus; the SDK then cannot format it.)
    const batch = await client.batchDescribeCollections({ collection_names: ['docs', 'other'] });
    expect(batch.responses.map((each) => [each.collection_name, each.schema.fields.length])).to.deep.equal([
      ['docs', 4],
      ['other', 2],
    ]);
    expect((await client.getLoadingProgress({ collection_name: 'docs' })).progress).to.equal('100');
    expect((await client.flushAllSync({})).status.error_code).to.equal('Success');
    expect((await client.truncateCollection({ collection_name: 'docs' })).status.error_code).to.equal('Success');
    const count = await client.query({ collection_name: 'docs', filter: '', output_fields: ['count(*)'] });
    expect(count.data[0]?.['count(*)']).to.equal('0');
    await client.releaseCollection({ collection_name: 'docs' });
    expect((await client.getLoadingProgress({ collection_name: 'docs' })).progress).to.equal('0');
  });
});
