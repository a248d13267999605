/**
 * A `milvex/testing` server in processes of its own, so that a benchmark's clients do not
 * share a CPU with it: `node:cluster` workers (argv[2], default 1) share one port, each TCP
 * connection served by one of them, the way a multi-threaded Milvus proxy spreads its
 * connections over cores. Prints the port, serves until stdin closes, then exits.
 */
import cluster from 'node:cluster';
import { startMilvusTestServer } from '../lib/testing/index.js';

const workers = Number(process.argv[2] ?? '1');
if (cluster.isPrimary) {
  let port: number | undefined;
  cluster.on('message', (_worker, message: { port: number }) => {
    if (port !== undefined) return;
    port = message.port;
    process.stdout.write(`${port}\n`);
  });
  for (let i = 0; i < workers; i += 1) cluster.fork();
  process.stdin.resume();
  process.stdin.on('end', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
  });
} else {
  // In a cluster, listen(0) gives every worker the same port.
  const server = await startMilvusTestServer();
  // The test server logs every call for specs to read; here no one reads it, and a log growing
  // by every call of a run would make the server's collections slower the longer the run has
  // lasted, whichever client is measured then: it is emptied every second.
  setInterval(() => server.clearCalls(), 1000).unref();
  process.send?.({ port: server.port });
}
