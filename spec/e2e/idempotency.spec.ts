/**
 * Idempotent writes: `conn.call(..., { idempotencyKey })` sends the key as `idempotency-key`
 * metadata on every attempt, and a keyed write is sent again after a transport loss; the
 * test server answers a repeated key with the first result (lib/testing/memory/idempotency.ts).
 */
import type { MessageTypeDefinition } from '@grpc/proto-loader';
import { expect } from 'chai';
import type { Connection } from '../../lib/connection/connection.js';
import { ConnectionError, GrpcError, InvalidError } from '../../lib/errors.js';
import { milvusPackage } from '../../lib/protocol/proto.js';
import type { MilvusTestServer, TestServerOptions } from '../../lib/testing/index.js';
import { connect, reach, server } from '../support/live.js';
import { rejection } from '../support/live.js';

const INT64 = 5 as const;
const FLOAT_VECTOR = 101 as const;

function schemaBytes(name: string): Buffer {
  const type = milvusPackage()['milvus.proto.schema.CollectionSchema'] as MessageTypeDefinition<object, object>;
  return type.serialize({
    name,
    fields: [
      { name: 'id', data_type: INT64, is_primary_key: true },
      { name: 'vec', data_type: FLOAT_VECTOR, type_params: [{ key: 'dim', value: '2' }] },
    ],
  });
}

const insertRequest = (collection: string, id: number) => ({
  collection_name: collection,
  num_rows: 1,
  fields_data: [
    { type: INT64, field_name: 'id', scalars: { long_data: { data: [id] } } },
    { type: FLOAT_VECTOR, field_name: 'vec', vectors: { dim: 2, float_vector: { data: [1, 0] } } },
  ],
});

async function rowCount(conn: Connection, collection: string): Promise<string | undefined> {
  const stats = await conn.call('GetCollectionStatistics', { collection_name: collection });
  return stats.stats.find((pair) => pair.key === 'row_count')?.value;
}

/** A server and a connection with collection `keyed` (idempotent inserts on) and `plain` (off). */
async function setUp(options: TestServerOptions = { idempotentWrites: true }): Promise<{ milvus: MilvusTestServer; conn: Connection }> {
  const milvus = await server(options);
  const conn = connect(milvus);
  await conn.call('CreateCollection', {
    collection_name: 'keyed',
    schema: schemaBytes('keyed'),
    properties: [{ key: 'collection.insert.idempotency.enabled', value: 'true' }],
  });
  await conn.call('CreateCollection', { collection_name: 'plain', schema: schemaBytes('plain') });
  return { milvus, conn };
}

/** Kills the server's connections once it has the first Insert and before its reply leaves, then serves again. */
function dieOnFirstInsert(milvus: MilvusTestServer, conn: Connection): Promise<void> {
  return milvus.waitForCall('Insert', { since: milvus.calls.length }).then(async () => {
    // The reply is written after this microtask: the relay's sockets go first.
    await milvus.kill();
    await reach(conn, 'reconnecting');
    await milvus.restart();
  });
}

describe('idempotent writes (idempotencyKey)', () => {
  it('resends a keyed insert after the server died between send and reply; the row count grows once', async function () {
    this.timeout(20_000);
    const { milvus, conn } = await setUp();
    const outage = dieOnFirstInsert(milvus, conn);
    const reply = await conn.call('Insert', insertRequest('keyed', 1), { idempotencyKey: 'batch-17', timeout: 15_000 });
    await outage;
    expect(reply.insert_cnt).to.equal('1');
    const inserts = milvus.calls.filter((call) => call.method === 'Insert');
    expect(inserts.map((call) => call.metadata['idempotency-key'])).to.deep.equal(['batch-17', 'batch-17']);
    expect(await rowCount(conn, 'keyed')).to.equal('1');
  });

  it('fails the same insert without a key as outcome_unknown: sent once, applied once', async function () {
    this.timeout(20_000);
    const { milvus, conn } = await setUp();
    const outage = dieOnFirstInsert(milvus, conn);
    const error = await rejection(conn.call('Insert', insertRequest('keyed', 1), { timeout: 15_000 }));
    await outage;
    expect(error).to.be.instanceOf(ConnectionError).and.include({ reason: 'outcome_unknown' });
    expect(milvus.calls.filter((call) => call.method === 'Insert')).to.have.length(1);
    expect(await rowCount(conn, 'keyed')).to.equal('1');
  });

  it('answers a repeated key with the first result and adds no rows; another key adds its rows', async () => {
    const { conn } = await setUp();
    const first = await conn.call('Insert', insertRequest('keyed', 1), { idempotencyKey: 'a' });
    const again = await conn.call('Insert', insertRequest('keyed', 2), { idempotencyKey: 'a' });
    expect(again.IDs).to.deep.equal(first.IDs);
    expect(await rowCount(conn, 'keyed')).to.equal('1');
    await conn.call('Insert', insertRequest('keyed', 2), { idempotencyKey: 'b' });
    expect(await rowCount(conn, 'keyed')).to.equal('2');
  });

  it('is rejected with 1100 where the collection or the cluster does not enable it, and nothing is written', async () => {
    const { conn } = await setUp();
    const error = await rejection(conn.call('Insert', insertRequest('plain', 1), { idempotencyKey: 'a' }));
    expect(error).to.be.instanceOf(GrpcError).and.include({ code: 1100, source: 'milvus' });
    expect((error as GrpcError).details).to.include('collection idempotent write is disabled');
    expect(await rowCount(conn, 'plain')).to.equal('0');
    const off = await setUp({});
    const globally = await rejection(off.conn.call('Insert', insertRequest('keyed', 1), { idempotencyKey: 'a' }));
    expect(globally).to.be.instanceOf(GrpcError).and.include({ code: 1100 });
    expect((globally as GrpcError).details).to.include('globally disabled');
  });

  it('rejects a bad key with InvalidError naming the option, before anything is sent', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const before = milvus.calls.length;
    for (const key of ['', 'x'.repeat(257), 'tab\there', 'ключ', 17]) {
      const error = await rejection(conn.call('Insert', insertRequest('keyed', 1), { idempotencyKey: key as string }));
      expect(error, JSON.stringify(key)).to.be.instanceOf(InvalidError).and.include({ field: 'idempotencyKey' });
      expect((error as Error).message).to.include('printable ASCII');
    }
    expect(milvus.calls.length).to.equal(before);
    await conn.call('CheckHealth', {}, { idempotencyKey: 'x'.repeat(256) });
  });
});
