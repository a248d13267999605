import { expect } from 'chai';
import type { MilvexOptions } from '../../lib/config/config.js';
import { Connection, type ConnectionState } from '../../lib/connection/connection.js';
import type { ConnectionEvent } from '../../lib/connection/events.js';
import type { MilvusTestServer } from '../../lib/testing/index.js';
import { steadyLoad } from '../support/load.js';
import { QUICK, reach, server, track } from '../support/live.js';

function connectHosts(servers: MilvusTestServer[], options: MilvexOptions = {}): Connection {
  return track(Connection.start({ hosts: servers.map((s) => s.address), ...QUICK, ...options }));
}

function healthCalls(milvus: MilvusTestServer): number {
  return milvus.calls.filter((call) => call.method === 'CheckHealth').length;
}

describe('Several addresses (hosts)', () => {
  it('connects to the first address and fails over to the next when it dies, without reconnecting', async function () {
    this.timeout(30_000);
    const [first, second] = [await server(), await server()] as [MilvusTestServer, MilvusTestServer];
    const conn = connectHosts([first, second]);
    await conn.firstConnected();
    expect(first.connectionsOpen).to.equal(1);
    expect(second.connectionsOpen).to.equal(0);
    const states: ConnectionState[] = [];
    const events: ConnectionEvent[] = [];
    conn.state$.subscribe((state) => states.push(state));
    conn.events$.subscribe((event) => events.push(event));
    const load = steadyLoad(conn, 8);
    await load.more(50);

    await first.kill();
    await load.more(200);
    const { failures } = await load.stop();
    expect(failures).to.deep.equal([]);
    expect(healthCalls(second)).to.be.greaterThan(0);
    expect(states).to.deep.equal(['connected']);
    expect(events.map((event) => event.type)).to.deep.equal([]);
    expect(conn.retryCount).to.equal(0);
  });

  it('spreads calls over every address with round_robin, and goes on when one dies', async function () {
    this.timeout(30_000);
    const [first, second] = [await server(), await server()] as [MilvusTestServer, MilvusTestServer];
    const conn = connectHosts([first, second], { loadBalancing: 'round_robin', handshake: false });
    await conn.firstConnected();
    const load = steadyLoad(conn, 8);
    await load.more(200);
    expect(healthCalls(first)).to.be.greaterThan(0);
    expect(healthCalls(second)).to.be.greaterThan(0);

    await first.kill();
    const before = healthCalls(second);
    await load.more(200);
    const { failures } = await load.stop();
    expect(failures).to.deep.equal([]);
    expect(healthCalls(second) - before).to.be.at.least(200);
    expect(conn.isConnected()).to.equal(true);
  });

  it('reconnects only when every address is gone, and comes back when one returns', async function () {
    this.timeout(30_000);
    const [first, second] = [await server(), await server()] as [MilvusTestServer, MilvusTestServer];
    const conn = connectHosts([first, second]);
    await conn.firstConnected();
    await first.kill();
    await second.kill();
    await reach(conn, 'reconnecting');
    await second.restart();
    await reach(conn, 'connected');
    expect((await conn.call('CheckHealth', {})).isHealthy).to.equal(true);
    expect(healthCalls(second)).to.equal(1);
  });

  it('connects when the first address is down from the start', async () => {
    const [first, second] = [await server(), await server()] as [MilvusTestServer, MilvusTestServer];
    await first.kill();
    const conn = connectHosts([first, second]);
    await conn.firstConnected();
    expect(conn.retryCount).to.equal(0);
    expect(second.calls.filter((call) => call.method === 'Connect')).to.have.length(1);
  });
});
