/**
 * A pool of connections over several Milvus addresses, recycled before they grow old:
 * `poolSize`, `hosts` and `channelMaxAge` together.
 *
 * Run: npx tsx examples/pool.ts proxy-1:19530 proxy-2:19530
 */
import { Connection } from '../lib/index.js';

const hosts = process.argv.length > 2 ? process.argv.slice(2) : ['localhost:19530'];
const conn = Connection.start({ hosts, poolSize: 2, channelMaxAge: 600_000 });
// Members report their own events; the pool's own (its `closed`) carry no member.
conn.events$.subscribe((event) => console.log(`${event.member === undefined ? 'pool' : `member ${event.member}`}: ${event.type}`));

await conn.firstConnected({ timeout: 10_000 });
let ok = 0;
for (let i = 0; i < 10; i += 1) {
  // Round-robin over the connected members; each member fails over between the addresses.
  if ((await conn.call('CheckHealth', {}, { timeout: 10_000 })).isHealthy) ok += 1;
}
console.log(`10 calls over a pool of 2 on ${hosts.length === 1 ? '1 address' : `${hosts.length} addresses`}: ${ok} healthy, state ${conn.state}`);
await conn.disconnect();
