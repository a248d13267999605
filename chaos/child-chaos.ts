/**
 * Run as a child process by `exit.chaos.ts`: connections, calls in flight and faults, then
 * `disconnect()` in the middle of it all. The process must then exit by itself.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startMilvusTestServer } from '../lib/testing/index.js';
import { FAULTS, type FaultName, allReach, connectMany, seededRandom } from './support.js';

const random = seededRandom(Number(process.argv[2] ?? 1));
const server = await startMilvusTestServer();
const connections = connectMany(server, 20, { keepaliveTime: 5000, keepaliveTimeout: 1000 });
await allReach(connections, 'connected');
const names = Object.keys(FAULTS) as FaultName[];
const inFlight: Array<Promise<unknown>> = [];
for (let round = 0; round < 5; round++) {
  for (const conn of connections) inFlight.push(conn.call('CheckHealth', {}, { timeout: 10_000 }).catch(() => undefined));
  await FAULTS[names[Math.floor(random() * names.length)] as FaultName].start(server);
  await sleep(Math.floor(random() * 300));
}
// In the middle of a fault, with calls pending: disconnect everything.
await Promise.all(connections.map((conn) => conn.disconnect()));
await Promise.all(inFlight);
await server.stop();
process.stdout.write('disconnected in the middle\n');
