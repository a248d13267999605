/**
 * The milvex demo: a Milvus outage and recovery, on the embedded in-memory Milvus.
 *
 * Starts the test server, creates a collection with the data API, inserts 5,000 vectors, indexes and loads it,
 * then searches every 250 ms while the server is killed for about 3 s and restarted. Every
 * search issued during the outage waits for the connection and is answered once it is back,
 * and each answer is checked against a brute-force top-10 computed here. Prints a timeline
 * and a summary; exits 0 only when every search succeeded with the right result.
 *
 * Run: npm run demo
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection, type ConnectionEvent, field, schema } from '../lib/index.js';
import { startMilvusTestServer } from '../lib/testing/index.js';

const OUTAGE_MS = 3000;
const SEARCH_EVERY_MS = 250;
const ROWS = 5000;
const DIM = 64;
const TOP_K = 10;
const t0 = performance.now();
const stamp = (): string => `+${((performance.now() - t0) / 1000).toFixed(3)}s`.padStart(9);
const say = (what: string, detail = ''): void => console.log(`${stamp()}  ${what.padEnd(7)} ${detail}`);

// ---- data: seeded random vectors, and the answers a correct search must give -----------

let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const vectors = Array.from({ length: ROWS }, () => Array.from({ length: DIM }, () => Math.fround(random() * 2 - 1)));
const queries = Array.from({ length: 16 }, () => Array.from({ length: DIM }, () => Math.fround(random() * 2 - 1)));
/** The brute-force top-k by squared L2 distance: ids (row numbers) in order. */
const expectedTopK = (query: number[]): string[] =>
  vectors
    .map((vector, id) => ({ id, distance: vector.reduce((sum, x, i) => sum + (x - (query[i] as number)) ** 2, 0) }))
    .sort((a, b) => a.distance - b.distance || a.id - b.id)
    .slice(0, TOP_K)
    .map((hit) => String(hit.id));

// ---- the run -------------------------------------------------------------------------

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
console.log(`milvex demo: embedded in-memory Milvus on ${server.address}\n`);
const conn = Connection.start({ host: '127.0.0.1', port: server.port, reconnectBaseDelay: 250, reconnectMaxDelay: 1000 });
conn.state$.subscribe((state) => say('state', state));
conn.events$.subscribe((event) => {
  const detail = describe(event);
  if (detail !== undefined) say(event.type === 'retry' ? 'retry' : 'event', detail);
});
await conn.firstConnected();
const Demo = schema({ id: field.int64({ primaryKey: true }), vector: field.floatVector({ dim: DIM }) });
const demo = await conn.createCollection('demo', Demo, { index: { vector: { type: 'HNSW', metric: 'L2' } } });
await demo.insert(vectors.map((vector, id) => ({ id, vector })));
await demo.load();
say('data', `${ROWS} vectors of dimension ${DIM} inserted, indexed and loaded`);

/** Searches query `n`; resolves whether the answer equals the brute-force top-k. */
async function search(n: number): Promise<boolean> {
  const query = queries[n % queries.length] as number[];
  // A search changes nothing: sending it again after a lost connection is harmless.
  const hits = await demo.search(query, { limit: TOP_K, timeout: 10_000 });
  return JSON.stringify(hits.map((hit) => String(hit.id))) === JSON.stringify(expectedTopK(query));
}

let ok = 0;
let failed = 0;
let wrong = 0;
let issued = 0;
const duringOutage: Array<Promise<boolean>> = [];
const every: Array<Promise<boolean>> = [];
const outage: { killedAt?: number; restartedAt?: number } = {};

const ticker = setInterval(() => {
  const issuedDuringOutage = outage.killedAt !== undefined && outage.restartedAt === undefined;
  const searched = search(issued++).then(
    (correct) => {
      ok += 1;
      if (!correct) {
        wrong += 1;
        say('search', 'answered with a wrong result');
      }
      return correct;
    },
    (error: Error) => {
      failed += 1;
      say('search', `failed: ${error.message}`);
      return false;
    },
  );
  every.push(searched);
  if (issuedDuringOutage) duringOutage.push(searched);
}, SEARCH_EVERY_MS);

await sleep(1000);
await server.kill();
outage.killedAt = performance.now();
say('server', `killed; restarting in ${OUTAGE_MS / 1000} s (the data stays with the server instance)`);
await sleep(OUTAGE_MS);
await server.restart();
const restartedAt = performance.now();
outage.restartedAt = restartedAt;
say('server', 'restarted');
await conn.firstConnected();
const recoveredAt = performance.now();
const outcomes = await Promise.all(duringOutage);
say('search', `all ${outcomes.length} searches issued during the outage settled: ${outcomes.filter(Boolean).length} with the correct top-${TOP_K}`);
await sleep(1000);
clearInterval(ticker);
await Promise.all(every);
await conn.disconnect();
await server.stop();

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
console.log('\nsummary');
console.log(`  outage:           ${seconds(restartedAt - (outage.killedAt ?? restartedAt))}`);
console.log(`  time to recover:  ${seconds(recoveredAt - restartedAt)} after the restart`);
console.log(`  calls:            ${ok} ok, ${failed} failed (${duringOutage.length} issued during the outage)`);
console.log(`  search results:   ${ok - wrong} of ${ok} equal to the brute-force top-${TOP_K} over ${ROWS} vectors`);
process.exitCode = failed === 0 && wrong === 0 ? 0 : 1;
