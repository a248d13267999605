/**
 * The official SDK (`@zilliz/milvus2-sdk-node`) over `conn.persistentChannel()`, against the
 * embedded Milvus. The checks themselves take a server's address (`spec/support/sdk-bridge.ts`),
 * so that the same run against real servers.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ServerUnaryCall, status as grpcStatus } from '@grpc/grpc-js';
import { MilvusClient } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { QUICK, reach, rejection, server, track } from '../support/live.js';
import { type PlainMilvus, startPlainMilvus } from '../support/plain-milvus.js';
import { sdkOnSecondGrpc } from '../support/second-grpc.js';
import { Connection } from '../../lib/connection/connection.js';
import {
  checkCancelledAfterDisconnect,
  checkCloseConnectionKeepsMilvex,
  checkSdkApi,
  type SearchTally,
  searchesAcrossRestarts,
  sdkOver,
} from '../support/sdk-bridge.js';

const CHILD = resolve(import.meta.dirname, '../support/child-sdk.ts');
const README = resolve(import.meta.dirname, '../../README.md');

const OK = { error_code: 0, code: 0, reason: '' };

/** What the plain server answers to DescribeCollection: the schema the SDK reads before it inserts. */
const DESCRIBED = {
  status: OK,
  collection_name: 'docs',
  collectionID: '1',
  schema: {
    name: 'docs',
    fields: [
      { fieldID: '100', name: 'id', data_type: 5, is_primary_key: true, autoID: false },
      { fieldID: '101', name: 'vector', data_type: 101, type_params: [{ key: 'dim', value: '2' }] },
    ],
  },
};

/**
 * A bare grpc-js Milvus whose first Insert arrives and is never answered: the server dies
 * with it (as one would between applying a write and replying). Later Inserts succeed.
 */
async function dyingOnInsert(): Promise<PlainMilvus> {
  let first = true;
  const plain: PlainMilvus = await startPlainMilvus({
    DescribeCollection: () => DESCRIBED,
    Insert: (_request: unknown, _call: ServerUnaryCall<unknown, unknown>) => {
      if (!first) return { status: OK, insert_cnt: '1', IDs: { int_id: { data: ['1'] } } };
      first = false;
      plain.kill();
      return new Promise<never>(() => undefined);
    },
  });
  return plain;
}

describe('the official SDK over conn.persistentChannel()', function () {
  this.timeout(60_000);

  it('is set up in the README with the line the checks use', () => {
    const line = 'new MilvusClient({ address, maxRetries: 0, channelOptions: { channelOverride: conn.persistentChannel() } })';
    expect(readFileSync(README, 'utf8')).to.include(line);
    expect(readFileSync(resolve(import.meta.dirname, '../support/sdk-bridge.ts'), 'utf8')).to.match(
      /address, maxRetries: 0, channelOptions: \{ channelOverride: conn\.persistentChannel\(\) \}/,
    );
  });

  it('runs its high-level API: create, insert, index, load, search, query, count, delete, drop', async () => {
    const milvus = await server();
    await checkSdkApi({ address: milvus.address });
    const methods = new Set(milvus.calls.map((call) => call.method));
    for (const method of ['CreateCollection', 'Insert', 'CreateIndex', 'LoadCollection', 'Search', 'Query', 'Delete', 'DropCollection']) {
      expect(methods, method).to.include(method);
    }
  });

  it('fails no search while the server is killed and restarted 3 times; the SDK alone fails some', async () => {
    const milvus = await server();
    const outage = { kill: () => milvus.kill(), restart: () => milvus.restart() };
    const target = { address: milvus.address };
    const bridged: SearchTally = await searchesAcrossRestarts(target, outage, { bridged: true });
    const alone: SearchTally = await searchesAcrossRestarts(target, outage, { bridged: false });
    const side = { bridged: { succeeded: bridged.succeeded, failed: bridged.failed }, alone: { succeeded: alone.succeeded, failed: alone.failed } };
    expect(side.bridged, JSON.stringify([...bridged.reasons])).to.include({ failed: 0 });
    expect(bridged.succeeded).to.be.greaterThan(60);
    expect(alone.failed, JSON.stringify(side)).to.be.greaterThan(0);
  });

  it('closeConnection() closes the SDK, not milvex: the connection stays connected, a second SDK works', async () => {
    const milvus = await server();
    await checkCloseConnectionKeepsMilvex({ address: milvus.address });
    expect(milvus.connectionsAccepted, 'one TCP connection: nothing reconnected').to.equal(1);
  });

  it('fails its calls after disconnect() at once with CANCELLED, saying the connection was closed', async () => {
    const milvus = await server();
    const error = await checkCancelledAfterDisconnect({ address: milvus.address });
    expect(error.code).to.equal(grpcStatus.CANCELLED);
    expect(error.message).to.include('closed by disconnect()');
  });

  describe('a write interrupted after it was sent', () => {
    it('is not sent again: the server saw one Insert, the SDK gets UNAVAILABLE saying the outcome is unknown', async () => {
      const plain = await dyingOnInsert();
      const conn = track(Connection.start({ host: '127.0.0.1', port: plain.port, ...QUICK }));
      await conn.firstConnected();
      const sdk = sdkOver(conn, { address: `127.0.0.1:${plain.port}` });
      const error = (await rejection(sdk.insert({ collection_name: 'docs', data: [{ id: 1, vector: [1, 0] }] }))) as Error & { code?: number };
      expect(error.code).to.equal(grpcStatus.UNAVAILABLE);
      expect(error.message).to.include('outcome unknown');
      await plain.restart();
      await reach(conn, 'connected');
      // The connection is back and carries calls; still the one Insert.
      expect((await sdk.getVersion()).version).to.equal('plain-grpc-js');
      expect(plain.arrived.get('Insert')).to.equal(1);
      expect(plain.received.get('Insert')).to.equal(1);
      await sdk.closeConnection();
    });

    it('is sent again by the SDK itself when its maxRetries is left at its default (3): why the README says maxRetries: 0', async () => {
      const plain = await dyingOnInsert();
      const conn = track(Connection.start({ host: '127.0.0.1', port: plain.port, ...QUICK }));
      await conn.firstConnected();
      const sdk = new MilvusClient({
        address: `127.0.0.1:${plain.port}`,
        logLevel: 'error',
        channelOptions: { channelOverride: conn.persistentChannel() },
      });
      // An insert's deadline is its own `timeout` (the SDK's default for it: a day).
      const inserting = rejection(sdk.insert({ collection_name: 'docs', data: [{ id: 1, vector: [1, 0] }], timeout: 3000 }));
      await reach(conn, 'reconnecting');
      await plain.restart();
      // The SDK's resend is a second copy of the write on the wire. It never half-closes it, so
      // a grpc-js server (this one) never runs the handler and the SDK gives up at its deadline;
      // Milvus (a Go server) answers without the half-close: it would apply the write twice.
      const error = (await inserting) as Error & { code?: number };
      expect(error.code).to.equal(grpcStatus.DEADLINE_EXCEEDED);
      expect(plain.arrived.get('Insert'), 'the SDK sent the write again').to.equal(2);
      expect(plain.received.get('Insert')).to.equal(1);
      await sdk.closeConnection();
    });
  });

  it('leaves nothing keeping Node alive after the SDK closed and the connection disconnected', async () => {
    const milvus = await server();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(milvus.port)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let printed = '';
      child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      child.on('error', fail);
      // A child that never exits fails the spec by mocha's timeout.
      child.on('exit', (exitCode) => done({ code: exitCode, output: printed }));
    });
    expect(output).to.equal('watch: changed; closed\n');
    expect(code).to.equal(0);
  });

  describe('with the SDK on a copy of @grpc/grpc-js of its own (npm nests one when the ranges differ)', () => {
    const second = sdkOnSecondGrpc();

    it("loads a second grpc-js for the SDK, with classes other than milvex's", async () => {
      const ours = await import('@grpc/grpc-js');
      expect(second.grpcPath).to.include('.tmp');
      expect(second.grpc.Metadata).to.not.equal(ours.Metadata);
      expect(second.grpc.Client).to.not.equal(ours.Client);
    });

    it('runs its high-level API over the persistent channel', async () => {
      const milvus = await server();
      await checkSdkApi({ address: milvus.address, Sdk: second.Sdk });
    });

    it('fails no search across a restart, and fails its calls CANCELLED after disconnect()', async () => {
      const milvus = await server();
      const target = { address: milvus.address, Sdk: second.Sdk };
      const tally = await searchesAcrossRestarts(
        target,
        { kill: () => milvus.kill(), restart: () => milvus.restart() },
        { bridged: true, restarts: 1 },
      );
      expect(tally, JSON.stringify([...tally.reasons])).to.include({ failed: 0 });
      const error = await checkCancelledAfterDisconnect(target);
      expect(error.code).to.equal(grpcStatus.CANCELLED);
    });
  });
});
