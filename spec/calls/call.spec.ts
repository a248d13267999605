import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceError } from '@grpc/grpc-js';
import { expect } from 'chai';
import { ConnectionError, GrpcError, InvalidError } from '../../lib/errors.js';
import type { CheckHealthResponse } from '../../lib/protocol/proto.js';
import { connect, nthEvent, reach, server, rejection } from '../support/live.js';
import { type HealthClient, loadClientClass } from '../support/milvus-client.js';

describe('conn.call', () => {
  it('answers CheckHealth and GetVersion', async () => {
    const milvus = await server({ version: 'v2.9.9' });
    const conn = connect(milvus);
    expect((await conn.call('CheckHealth', {})).isHealthy).to.equal(true);
    expect((await conn.call('GetVersion', {})).version).to.equal('v2.9.9');
  });

  it('sends authorization, dbname and identifier', async () => {
    const milvus = await server({ user: 'u', password: 'p' });
    const conn = connect(milvus, { user: 'u', password: 'p', database: 'db1' });
    await conn.call('GetVersion', {});
    const call = await milvus.waitForCall('GetVersion');
    expect(call.metadata).to.include({ authorization: Buffer.from('u:p').toString('base64'), dbname: 'db1', identifier: '1000' });
  });

  it('waits for the first connection within its deadline', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    expect(conn.state).to.equal('connecting');
    expect((await conn.call('CheckHealth', {})).isHealthy).to.equal(true);
  });

  it('succeeds after the restart when issued during a 2 s outage with a 10 s deadline', async function () {
    this.timeout(20_000);
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    await milvus.kill();
    await reach(conn, 'reconnecting');
    const during = conn.call('CheckHealth', {}, { timeout: 10_000 });
    await sleep(2000); // the outage the scenario is about, not a wait for an outcome
    await milvus.restart();
    expect((await during).isHealthy).to.equal(true);
  });

  it('resends an idempotent call whose transport dies under it', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    milvus.blackhole(); // the call goes out and its bytes are held
    const since = milvus.calls.length;
    const call = conn.call('CheckHealth', {}, { timeout: 10_000 });
    await milvus.kill(); // the held call dies with a reset
    milvus.heal();
    await milvus.restart();
    expect((await call).isHealthy).to.equal(true);
    // The held bytes died with the reset: what reached the server is the one resend.
    expect(milvus.calls.slice(since).filter((recorded) => recorded.method === 'CheckHealth')).to.have.length(1);
  });

  it('rejects with a typed, retriable error at its deadline when the outage outlasts it', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    await milvus.kill();
    await reach(conn, 'reconnecting');
    const error = await rejection(conn.call('CheckHealth', {}, { timeout: 500 }));
    expect(error).to.be.instanceOf(ConnectionError).and.include({ reason: 'timeout', retriable: true });
  });

  it('rejects a non-success Milvus status with GrpcError, and never retries bad credentials', async () => {
    const milvus = await server({ user: 'u', password: 'right' });
    const conn = connect(milvus, { user: 'u', password: 'wrong', handshake: false });
    const error = await rejection(conn.call('CheckHealth', {}));
    expect(error).to.be.instanceOf(GrpcError).and.include({ code: 1800, source: 'milvus', retriable: false, method: 'CheckHealth' });
    expect(milvus.calls.filter((call) => call.method === 'CheckHealth')).to.have.length(1);
  });

  it('rejects an aborted call', async () => {
    const milvus = await server();
    milvus.stall();
    const conn = connect(milvus);
    const controller = new AbortController();
    const pending = rejection(conn.call('CheckHealth', {}, { signal: controller.signal }));
    controller.abort();
    expect(await pending)
      .to.be.instanceOf(ConnectionError)
      .and.include({ reason: 'aborted' });
  });

  it('rejects bad arguments with InvalidError', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    expect(await rejection(conn.call('NoSuchMethod' as 'CheckHealth', {})))
      .to.be.instanceOf(InvalidError)
      .and.include({ field: 'method' });
    expect(await rejection(conn.call('CheckHealth', {}, { timeout: 0 })))
      .to.be.instanceOf(InvalidError)
      .and.include({ field: 'timeout' });
  });

  it('names the nearest method for a misspelt one (plain JavaScript has no type check)', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const misspelt = await rejection(conn.call('Serach' as 'Search', {}));
    expect(misspelt).to.be.instanceOf(InvalidError).and.include({ field: 'method' });
    expect((misspelt as Error).message).to.include('"Serach" is not a MilvusService method; did you mean "Search"?');
    expect(((await rejection(conn.call('checkhealth' as 'CheckHealth', {}))) as Error).message).to.include('did you mean "CheckHealth"?');
    const unrelated = ((await rejection(conn.call('Zzzzzzzzzzzz' as 'CheckHealth', {}))) as Error).message;
    expect(unrelated).to.include('not a MilvusService method').and.not.include('did you mean');
    expect(((await rejection(conn.call('DumpMessages' as 'CheckHealth', {}))) as Error).message).to.include('a streaming method');
    expect(milvus.calls.filter((call) => call.method !== 'Connect')).to.deep.equal([]);
  });

  it('rejects with the closed error after disconnect', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.disconnect();
    expect(await rejection(conn.call('CheckHealth', {})))
      .to.be.instanceOf(ConnectionError)
      .and.include({ reason: 'closed' });
  });
});

describe('conn.client', () => {
  const checkHealth = (client: HealthClient): Promise<CheckHealthResponse> =>
    new Promise((done, fail) =>
      client.CheckHealth({}, (error, reply) =>
        error === null && reply !== undefined ? done(reply) : fail(error ?? new Error('CheckHealth answered nothing')),
      ),
    );

  it('binds a generated client class that survives three restarts', async () => {
    const milvus = await server({ token: 't' });
    const conn = connect(milvus, { token: 't' });
    const client = conn.client(loadClientClass());
    expect((await checkHealth(client)).isHealthy).to.equal(true);
    for (let restart = 1; restart <= 3; restart++) {
      await milvus.kill();
      await reach(conn, 'reconnecting');
      await milvus.restart();
      expect((await checkHealth(client)).isHealthy, `after restart ${restart}`).to.equal(true);
    }
    const last = milvus.calls.at(-1);
    expect(last?.metadata).to.include({ authorization: Buffer.from('t').toString('base64'), identifier: '1003' });
  });

  it('holds a call started while down until the connection is back', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const client = conn.client(loadClientClass());
    await conn.firstConnected();
    await milvus.kill();
    await reach(conn, 'reconnecting');
    const pending = checkHealth(client);
    await nthEvent(conn, 'retry');
    await milvus.restart();
    expect((await pending).isHealthy).to.equal(true);
  });

  it('fails a held call with DEADLINE_EXCEEDED at its deadline', async () => {
    const milvus = await server();
    milvus.stall();
    const conn = connect(milvus);
    const client = conn.client(loadClientClass()) as HealthClient & {
      CheckHealth(request: object, options: { deadline: Date }, callback: (error: ServiceError | null) => void): void;
    };
    const error = await new Promise<ServiceError | null>((done) => client.CheckHealth({}, { deadline: new Date(Date.now() + 300) }, done));
    expect(error?.code).to.equal(4);
  });
});
