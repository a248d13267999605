/**
 * A `milvex/testing` server in a process of its own, so that a benchmark's clients do not
 * share a CPU with it: prints its port, serves until its stdin closes, then stops and exits.
 */
import { startMilvusTestServer } from '../lib/testing/index.js';

const server = await startMilvusTestServer();
process.stdout.write(`${server.port}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.stop());
