import { inspect } from 'node:util';
import { expect } from 'chai';
import { Connection, type ConnectionState } from '../../lib/connection/connection.js';
import { steadyLoad } from '../support/load.js';
import { loadClientClass } from '../support/milvus-client.js';
import { QUICK, connect, nthEvent, reach, server, track, until } from '../support/live.js';

/** The identifiers (one per member's handshake) that carried the CheckHealth calls. */
function identifiersOf(calls: ReadonlyArray<{ method: string; metadata: Readonly<Record<string, string>> }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of calls) {
    if (call.method !== 'CheckHealth') continue;
    const id = call.metadata['identifier'] ?? 'none';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe('Connection pool (poolSize)', () => {
  it('opens one TCP connection per member: a pool of 4 opens 4', async () => {
    const milvus = await server();
    const conn = connect(milvus, { poolSize: 4 });
    await nthEvent(conn, 'connected', 4);
    expect(milvus.connectionsOpen).to.equal(4);
    expect(milvus.connectionsAccepted).to.equal(4);
    expect(milvus.calls.filter((call) => call.method === 'Connect')).to.have.length(4);
    const channels = await Promise.all(Array.from({ length: 8 }, async () => (await conn.getChannel()).channel));
    expect(new Set(channels).size).to.equal(4);
  });

  it('spreads calls round-robin over the members', async () => {
    const milvus = await server();
    const conn = connect(milvus, { poolSize: 4 });
    await nthEvent(conn, 'connected', 4);
    for (let i = 0; i < 40; i += 1) await conn.call('CheckHealth', {});
    expect([...identifiersOf(milvus.calls).values()]).to.deep.equal([10, 10, 10, 10]);
  });

  it('keeps every call succeeding and stays connected while one member is cut off', async function () {
    this.timeout(30_000);
    const milvus = await server();
    const conn = connect(milvus, { poolSize: 4 });
    await nthEvent(conn, 'connected', 4);
    const states: ConnectionState[] = [];
    conn.state$.subscribe((state) => states.push(state));
    const load = steadyLoad(conn, 16);
    await load.more(100);

    // one member's path dies, and it cannot come back until heal()
    milvus.refuseNew();
    const lost = nthEvent(conn, 'disconnected');
    expect(milvus.dropConnections(1)).to.equal(1);
    expect((await lost).member).to.be.a('number');
    await nthEvent(conn, 'retry');
    await load.more(300);
    expect(conn.isConnected()).to.equal(true);
    expect(milvus.connectionsOpen).to.equal(3);

    milvus.heal();
    await nthEvent(conn, 'connected');
    await load.more(100);
    const { failures } = await load.stop();
    expect(failures).to.deep.equal([]);
    expect(states).to.deep.equal(['connected']);
    expect(milvus.connectionsOpen).to.equal(4);
  });

  it('goes reconnecting when every member is down, connected again after, and disconnect closes every member', async () => {
    const milvus = await server();
    const conn = connect(milvus, { poolSize: 3 });
    await nthEvent(conn, 'connected', 3);
    await milvus.kill();
    await reach(conn, 'reconnecting');
    expect(conn.isConnected()).to.equal(false);
    await milvus.restart();
    await reach(conn, 'connected');
    await conn.call('CheckHealth', {});
    await conn.disconnect();
    expect(conn.state).to.equal('closed');
    await until(() => milvus.connectionsOpen === 0, 'every member to close its TCP connection');
  });

  it('answers by name like a single connection, and shows its members in util.inspect', async () => {
    const milvus = await server();
    const conn = track(Connection.start({ host: '127.0.0.1', port: milvus.port, poolSize: 2, ...QUICK }, { name: 'pool-spec' }));
    const both = nthEvent(conn, 'connected', 2);
    expect(Connection.whereis('pool-spec')).to.equal(conn);
    await Connection.getChannel('pool-spec');
    await both;
    expect(Connection.isConnected('pool-spec')).to.equal(true);
    expect(inspect(conn)).to.include("members: [ 'connected', 'connected' ]");
    await Connection.disconnect('pool-spec');
    expect(Connection.whereis('pool-spec')).to.equal(undefined);
  });

  it('binds a generated client over the whole pool', async () => {
    const milvus = await server();
    const conn = connect(milvus, { poolSize: 2 });
    await nthEvent(conn, 'connected', 2);
    const client = conn.client(loadClientClass());
    for (let i = 0; i < 4; i += 1) {
      await new Promise<void>((resolve, reject) => client.CheckHealth({}, (error) => (error ? reject(error) : resolve())));
    }
    expect([...identifiersOf(milvus.calls).values()]).to.deep.equal([2, 2]);
  });
});
