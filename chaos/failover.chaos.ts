import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'chai';
import { Connection } from '../lib/connection/connection.js';
import { type MilvusTestServer, startMilvusTestServer } from '../lib/testing/index.js';
import { QUICK } from '../spec/support/live.js';
import { type Fault, allReach, seededRandom } from './support.js';

const ROUNDS = 30;
const CONNECTIONS = 4;
const CALLS_PER_CONNECTION = 6;
const SEED = 20261129;

/** Faults a transport sees at once (reset, refused, GOAWAY): with a second address up, no call may fail. */
const VISIBLE_FAULTS = {
  kill: { start: (server) => server.kill(), end: (server) => server.restart() },
  goaway: { start: (server) => server.goaway(), end: () => undefined },
  drop: {
    start: (server) => {
      server.dropConnections(2);
    },
    end: () => undefined,
  },
  refuse: {
    start: (server) => {
      server.refuseNew();
      server.dropConnections(1);
    },
    end: (server) => server.heal(),
  },
} as const satisfies Record<string, Fault>;
type VisibleFault = keyof typeof VISIBLE_FAULTS;

describe(`one of two addresses failing under recycling pools (${ROUNDS} rounds, seed ${SEED})`, () => {
  let servers: [MilvusTestServer, MilvusTestServer];
  let connections: Connection[] = [];

  before(async () => {
    servers = [await startMilvusTestServer(), await startMilvusTestServer()];
    connections = Array.from({ length: CONNECTIONS }, (_, index) =>
      Connection.start({
        ...QUICK,
        hosts: servers.map((server) => server.address),
        loadBalancing: index % 2 === 0 ? 'round_robin' : 'pick_first',
        poolSize: 3,
        channelMaxAge: 1000,
        timeout: 1000,
      }),
    );
    await allReach(connections, 'connected');
  });

  after(async () => {
    await Promise.all([...connections.map((conn) => conn.disconnect()), ...servers.map((server) => server.stop())]);
  });

  it('fails no call while the other address serves, across faults and recycles', async () => {
    const random = seededRandom(SEED);
    const names = Object.keys(VISIBLE_FAULTS) as VisibleFault[];
    const failures: unknown[] = [];
    let ok = 0;
    let recycles = 0;
    const counting = connections.map((conn) => conn.events$.subscribe((event) => (recycles += event.type === 'recycled' ? 1 : 0)));
    for (let round = 0; round < ROUNDS; round++) {
      const name = names[Math.floor(random() * names.length)] as VisibleFault;
      const victim = servers[Math.floor(random() * 2)] as MilvusTestServer;
      const calls = connections.flatMap((conn) =>
        Array.from({ length: CALLS_PER_CONNECTION }, () => conn.call('CheckHealth', {}, { timeout: 5000 })),
      );
      await VISIBLE_FAULTS[name].start(victim);
      // How long the fault lasts is the scenario, drawn from the seeded source.
      await sleep(Math.floor(random() * 800));
      await VISIBLE_FAULTS[name].end(victim);
      for (const outcome of await Promise.allSettled(calls)) {
        if (outcome.status === 'fulfilled') ok += 1;
        else failures.push(outcome.reason);
      }
      for (const server of servers) server.clearCalls();
    }
    for (const subscription of counting) subscription.unsubscribe();
    console.log(`      calls ${ok} ok, ${failures.length} failed; ${recycles} recycles`);
    expect(failures).to.deep.equal([]);
    expect(recycles).to.be.above(0);
    await allReach(connections, 'connected');
  });
});
