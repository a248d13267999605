import { createConnection } from 'node:net';
import { expect } from 'chai';
import { startMilvusTestServer } from '../../lib/testing/index.js';
import { connect, nthEvent, reach, server } from '../support/live.js';

/** Resolves with how a raw TCP connect to the port ends: 'connected' or the error code. */
function tcpProbe(port: number): Promise<string> {
  return new Promise((done) => {
    const socket = createConnection(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
  });
}

describe('milvex/testing test server', () => {
  it('records calls and their metadata, and answers every other method UNIMPLEMENTED', async () => {
    const milvus = await server({ version: 'v2.5.1', healthy: false });
    const conn = connect(milvus, { database: 'x' });
    const health = await conn.call('CheckHealth', {});
    expect(health).to.include({ isHealthy: false });
    expect(health.reasons).to.have.length(1);
    milvus.setHealthy(true);
    expect((await conn.call('CheckHealth', {})).isHealthy).to.equal(true);
    expect(milvus.calls.map((call) => call.method)).to.deep.equal(['Connect', 'CheckHealth', 'CheckHealth']);
    expect(milvus.calls[1]?.metadata['dbname']).to.equal('x');
    milvus.clearCalls();
    expect(milvus.calls).to.have.length(0);
  });

  it('waitForCall rejects when no call comes within its timeout', async () => {
    const milvus = await server();
    let failed = false;
    await milvus.waitForCall('GetVersion', { timeout: 50 }).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  it('kill() resets open connections and refuses new ones; restart() serves on the same port', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    expect(milvus.connectionsOpen).to.equal(1);
    const port = milvus.port;
    await milvus.kill();
    expect(milvus.running).to.equal(false);
    expect(milvus.connectionsOpen).to.equal(0);
    expect(await tcpProbe(port)).to.equal('ECONNREFUSED');
    await reach(conn, 'reconnecting');
    await milvus.restart();
    expect(milvus.port).to.equal(port);
    await reach(conn, 'connected');
  });

  it('goaway() drains connections gracefully; the client reconnects', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const lost = nthEvent(conn, 'disconnected');
    const again = nthEvent(conn, 'connected');
    await milvus.goaway();
    expect((await lost).error.message).to.include('IDLE');
    await again;
    expect(milvus.calls.filter((call) => call.method === 'Connect')).to.have.length(2);
  });

  it('maxConnectionAgeMs sends GOAWAY when a connection reaches that age', async () => {
    const milvus = await server({ maxConnectionAgeMs: 300 });
    const conn = connect(milvus);
    await conn.firstConnected();
    await nthEvent(conn, 'disconnected');
    await nthEvent(conn, 'connected');
    expect(milvus.connectionsAccepted).to.be.at.least(2);
  });

  it('blackhole() stops bytes on open connections: keepalive notices, heal() lets it recover', async function () {
    this.timeout(30_000);
    const milvus = await server();
    const conn = connect(milvus, { keepaliveTime: 5000, keepaliveTimeout: 1000 });
    await conn.firstConnected();
    milvus.blackhole();
    const lost = await nthEvent(conn, 'disconnected');
    expect(lost.error.reason).to.equal('transport_lost');
    milvus.heal();
    await reach(conn, 'connected');
  });

  it('stall() accepts TCP but never speaks HTTP/2', async () => {
    const milvus = await server();
    milvus.stall();
    expect(await tcpProbe(milvus.port)).to.equal('connected');
    const conn = connect(milvus, { connectTimeout: 200 });
    const retry = await nthEvent(conn, 'retry');
    expect(retry.error.message).to.include('connectTimeout');
    milvus.heal();
    await reach(conn, 'connected');
  });

  it('refuseNew() resets new connections while open ones go on serving, until heal()', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    milvus.refuseNew();
    const other = connect(milvus);
    const retry = await nthEvent(other, 'retry');
    expect(retry.error.retriable).to.equal(true);
    expect((await conn.call('CheckHealth', {})).isHealthy).to.equal(true);
    expect(milvus.connectionsOpen).to.equal(1);
    milvus.heal();
    await reach(other, 'connected');
  });

  it('dropConnections(n) resets the n oldest open connections and goes on serving', async () => {
    const milvus = await server();
    const [first, second] = [connect(milvus), connect(milvus)];
    await first.firstConnected();
    await second.firstConnected();
    const firstLost = nthEvent(first, 'disconnected');
    expect(milvus.dropConnections(1)).to.equal(1);
    await firstLost;
    expect(second.isConnected()).to.equal(true);
    await reach(first, 'connected');
    expect(milvus.dropConnections()).to.equal(2);
    expect(milvus.connectionsOpen).to.equal(0);
  });

  it('stop() ends everything: the port is closed', async () => {
    const milvus = await startMilvusTestServer();
    const conn = connect(milvus);
    await conn.firstConnected();
    await milvus.stop();
    expect(await tcpProbe(milvus.port)).to.equal('ECONNREFUSED');
    await conn.disconnect();
  });
});
