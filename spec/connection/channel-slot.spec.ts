import { expect } from 'chai';
import type { ConnectionState } from '../../lib/connection/connection.js';
import { steadyLoad } from '../support/load.js';
import { connect, nthEvent, server, until } from '../support/live.js';

/** Replace every second; the old channel drains 2 x 1000 ms. */
const EVERY_SECOND = { channelMaxAge: 1000, channelMaxAgeJitter: 0, timeout: 1000 } as const;

describe('Channel recycling (channelMaxAge)', () => {
  it('fails no call across 5 recycles under a steady load', async function () {
    this.timeout(30_000);
    const milvus = await server();
    const conn = connect(milvus, EVERY_SECOND);
    await conn.firstConnected();
    const states: ConnectionState[] = [];
    conn.state$.subscribe((state) => states.push(state));
    const load = steadyLoad(conn, 16, 5000);
    const recycled = await nthEvent(conn, 'recycled', 5);
    await load.more(100);
    const { succeeded, failures } = await load.stop();
    expect(failures).to.deep.equal([]);
    expect(succeeded).to.be.greaterThan(100);
    expect(states).to.deep.equal(['connected']);
    expect(recycled.ageMs).to.be.at.least(1000);
    expect(milvus.calls.filter((call) => call.method === 'Connect')).to.have.length.of.at.least(6);
    // replaced channels close once drained (2 s): the live one and at most two draining stay open
    await until(() => milvus.connectionsAccepted - milvus.connectionsOpen >= 3, 'drained channels to close');
    expect(milvus.connectionsOpen).to.be.at.most(3);
    await conn.disconnect();
    await until(() => milvus.connectionsOpen === 0, 'draining channels to close on disconnect');
  });

  it('keeps the old channel when the replacement cannot connect, and replaces it once it can', async function () {
    this.timeout(30_000);
    const milvus = await server();
    const conn = connect(milvus, EVERY_SECOND);
    await conn.firstConnected();
    const { channel } = await conn.getChannel();
    milvus.refuseNew();
    const failed = await nthEvent(conn, 'recycle_failed', 2);
    expect(failed.error.retriable).to.equal(true);
    expect(conn.isConnected()).to.equal(true);
    expect((await conn.getChannel()).channel).to.equal(channel);
    expect((await conn.call('CheckHealth', {}, { timeout: 5000 })).isHealthy).to.equal(true);
    expect(milvus.connectionsOpen).to.equal(1);
    milvus.heal();
    await nthEvent(conn, 'recycled');
    expect((await conn.getChannel()).channel).to.not.equal(channel);
  });

  it('replaces channels before a server maximum connection age cuts them: no disconnect', async function () {
    this.timeout(30_000);
    const milvus = await server({ maxConnectionAgeMs: 4000 });
    const conn = connect(milvus, { channelMaxAge: 2000, timeout: 1000 });
    await conn.firstConnected();
    const types: string[] = [];
    conn.events$.subscribe((event) => types.push(event.type));
    const load = steadyLoad(conn, 4, 5000);
    await nthEvent(conn, 'recycled', 3);
    const { failures } = await load.stop();
    expect(failures).to.deep.equal([]);
    expect(types.filter((type) => type !== 'recycled')).to.deep.equal([]);
  });
});
