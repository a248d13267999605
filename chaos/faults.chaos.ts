import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'chai';
import type { Connection } from '../lib/connection/connection.js';
import { MilvexError } from '../lib/errors.js';
import { type MilvusTestServer, startMilvusTestServer } from '../lib/testing/index.js';
import { FAULTS, type FaultName, allReach, connectMany, seededRandom } from './support.js';

const ROUNDS = 40;
const CONNECTIONS = 10;
const CALLS_PER_CONNECTION = 3;
const CALL_DEADLINE_MS = 3000;
const SEED = 20261128;

describe(`random faults while idempotent calls are in flight (${ROUNDS} rounds, seed ${SEED})`, () => {
  let server: MilvusTestServer;
  let connections: Connection[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    server = await startMilvusTestServer();
    connections = connectMany(server, CONNECTIONS, { keepaliveTime: 5000, keepaliveTimeout: 1000 });
    await allReach(connections, 'connected');
  });

  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    await Promise.all([...connections.map((conn) => conn.disconnect()), server.stop()]);
  });

  it('settles every call by its deadline with a reply or a typed error; no unhandled rejection', async () => {
    const random = seededRandom(SEED);
    const names = Object.keys(FAULTS) as FaultName[];
    const tally = { ok: 0, typed: 0, untyped: [] as unknown[] };
    const faultsSeen: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const name = names[Math.floor(random() * names.length)] as FaultName;
      faultsSeen[name] = (faultsSeen[name] ?? 0) + 1;
      const calls = connections.flatMap((conn) =>
        Array.from({ length: CALLS_PER_CONNECTION }, () => conn.call('CheckHealth', {}, { timeout: CALL_DEADLINE_MS })),
      );
      await FAULTS[name].start(server);
      // How long the fault lasts is the scenario, drawn from the seeded source.
      await sleep(Math.floor(random() * 1500));
      await FAULTS[name].end(server);
      for (const outcome of await Promise.allSettled(calls)) {
        if (outcome.status === 'fulfilled') tally.ok += 1;
        else if (outcome.reason instanceof MilvexError) tally.typed += 1;
        else tally.untyped.push(outcome.reason);
      }
      server.clearCalls();
    }
    console.log(`      faults ${JSON.stringify(faultsSeen)}; calls ${tally.ok} ok, ${tally.typed} typed errors, ${tally.untyped.length} other`);
    expect(tally.untyped).to.deep.equal([]);
    expect(unhandled).to.deep.equal([]);
    expect(tally.ok).to.be.above(0);
    await allReach(connections, 'connected');
  });
});
