import { expect } from 'chai';
import type { Connection } from '../lib/connection/connection.js';
import { type MilvusTestServer, startMilvusTestServer } from '../lib/testing/index.js';
import { activeHandles, allReach, connectMany, settledHeap, handlesSettle } from './support.js';

const CYCLES = 200;
const CONNECTIONS = 50;
/** The heap may grow at most this much from cycle 20 to the last (warm-up excluded). */
const HEAP_GROWTH_BOUND = 16 * 1024 * 1024;

describe(`${CYCLES} kill/restart cycles with ${CONNECTIONS} connections`, () => {
  let server: MilvusTestServer;
  let connections: Connection[] = [];

  before(async () => {
    server = await startMilvusTestServer();
    connections = connectMany(server, CONNECTIONS);
    await allReach(connections, 'connected');
  });

  after(() => Promise.all([...connections.map((conn) => conn.disconnect()), server.stop()]));

  it('ends with every connection connected, no leaked socket, bounded heap', async () => {
    let baseline: { sockets: number; heap: number } | undefined;
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      await server.kill();
      await allReach(connections, 'reconnecting');
      await server.restart();
      await allReach(connections, 'connected');
      server.clearCalls(); // the test server's record of calls is not milvex's heap
      if (cycle === 20) baseline = { sockets: activeHandles()['TCPSocketWrap'] ?? 0, heap: settledHeap() };
    }
    expect(connections.every((conn) => conn.isConnected())).to.equal(true);
    // One TCP connection per client: a channel that reconnected on its own would add one.
    expect(server.connectionsOpen).to.equal(CONNECTIONS);
    expect(activeHandles()['TCPSocketWrap']).to.equal(baseline?.sockets);
    const growth = settledHeap() - (baseline?.heap ?? 0);
    console.log(
      `      heap growth from cycle 20 to ${CYCLES}: ${(growth / 1024 / 1024).toFixed(2)} MiB (bound ${HEAP_GROWTH_BOUND / 1024 / 1024} MiB)`,
    );
    expect(growth).to.be.below(HEAP_GROWTH_BOUND);
  });

  it('leaves no socket or listener once everything is disconnected and stopped', async () => {
    await Promise.all(connections.map((conn) => conn.disconnect()));
    await server.stop();
    await handlesSettle((handles) => (handles['TCPSocketWrap'] ?? 0) === 0 && (handles['TCPServerWrap'] ?? 0) === 0);
    expect(activeHandles()['TCPSocketWrap'] ?? 0).to.equal(0);
  });
});
