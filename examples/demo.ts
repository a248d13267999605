/**
 * The milvex demo: a Milvus outage and recovery, on the embedded test server.
 *
 * Starts the test server, connects, sends a CheckHealth every 250 ms, kills the server for
 * about 3 s, restarts it, and shows that every call issued during the outage completed once
 * the connection was back. Prints a timeline and a summary; exits 0.
 *
 * Run: npm run demo
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection, type ConnectionEvent } from '../lib/index.js';
import { startMilvusTestServer } from '../lib/testing/index.js';

const OUTAGE_MS = 3000;
const CALL_EVERY_MS = 250;
const t0 = performance.now();
const stamp = (): string => `+${((performance.now() - t0) / 1000).toFixed(3)}s`.padStart(9);
const say = (what: string, detail = ''): void => console.log(`${stamp()}  ${what.padEnd(7)} ${detail}`);

function describe(event: ConnectionEvent): string | undefined {
  switch (event.type) {
    case 'connected':
      return `attempt ${event.attempt} succeeded in ${event.durationMs} ms (server ${event.serverInfo?.build_tags ?? 'unknown'})`;
    case 'disconnected':
      return `lost: ${event.error.message}`;
    case 'retry':
      return `attempt ${event.attempt} failed (${event.error.message.replace(/^Connection failed to [^:]+:\d+: /, '')}), next in ${event.delayMs} ms`;
    default:
      return undefined;
  }
}

const server = await startMilvusTestServer();
console.log(`milvex demo: embedded Milvus test server on ${server.address}\n`);
const conn = Connection.start({ host: '127.0.0.1', port: server.port, reconnectBaseDelay: 250, reconnectMaxDelay: 1000 });
conn.state$.subscribe((state) => say('state', state));
conn.events$.subscribe((event) => {
  const detail = describe(event);
  if (detail !== undefined) say(event.type === 'retry' ? 'retry' : 'event', detail);
});

await conn.firstConnected();
let ok = 0;
let failed = 0;
const duringOutage: Array<Promise<boolean>> = [];
const outage: { killedAt?: number; restartedAt?: number } = {};

const ticker = setInterval(() => {
  const issuedDuringOutage = outage.killedAt !== undefined && outage.restartedAt === undefined;
  const call = conn.call('CheckHealth', {}, { timeout: 10_000 }).then(
    () => {
      ok += 1;
      return true;
    },
    (error: Error) => {
      failed += 1;
      say('call', `failed: ${error.message}`);
      return false;
    },
  );
  if (issuedDuringOutage) duringOutage.push(call);
}, CALL_EVERY_MS);

await sleep(1000);
await server.kill();
outage.killedAt = performance.now();
say('server', `killed; restarting in ${OUTAGE_MS / 1000} s`);
await sleep(OUTAGE_MS);
await server.restart();
const restartedAt = performance.now();
outage.restartedAt = restartedAt;
say('server', 'restarted');
await conn.firstConnected();
const recoveredAt = performance.now();
const outcomes = await Promise.all(duringOutage);
say('calls', `all ${outcomes.length} calls issued during the outage settled: ${outcomes.filter(Boolean).length} ok`);
await sleep(1000);
clearInterval(ticker);
await sleep(50);
await conn.disconnect();
await server.stop();

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
console.log('\nsummary');
console.log(`  outage:           ${seconds(restartedAt - (outage.killedAt ?? restartedAt))}`);
console.log(`  time to recover:  ${seconds(recoveredAt - restartedAt)} after the restart`);
console.log(`  calls:            ${ok} ok, ${failed} failed (${duringOutage.length} issued during the outage)`);
process.exitCode = failed === 0 ? 0 : 1;
