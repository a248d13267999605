/**
 * Run as a child process by `lifecycle.spec.ts`: a test server whose 200 clients, in a
 * process of their own (`child-connection.ts`), connect and vanish all at once; the server
 * stops right then, while it still holds their half-closed sockets, and this process must
 * exit by itself.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startMilvusTestServer } from '../../lib/testing/index.js';

const server = await startMilvusTestServer();
await new Promise((done) =>
  spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'child-connection.ts'), String(server.port), 'connected', '200'], {
    stdio: 'ignore',
  }).on('exit', done),
);
await server.stop();
process.stdout.write('server stopped\n');
