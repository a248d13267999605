/**
 * What the README promises of a connection, on real servers: connect, the Connect handshake,
 * `serverInfo` with the server's real version, `isConnected`, `disconnect`, and a process
 * that exits by itself after it.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { eachRealServer } from './support/suite.js';

const CHILD = fileURLToPath(new URL('../support/child-connection.ts', import.meta.url));

/** What each server is: the build tag its handshake reports and the version GetVersion answers. */
const EXPECTED = {
  lite: { buildTags: 'milvus_lite', deployMode: 'embedded', version: /^milvus_lite-3\.2\.2$/ },
  standalone: { buildTags: 'v2.3.5-lite', deployMode: 'STANDALONE', version: /^v2\.3\.5/ },
} as const;

eachRealServer('connection to a real Milvus', (server, kind) => {
  it('connects, hands shake, knows the server, answers calls and closes', async () => {
    const conn = Connection.start(server().uri);
    try {
      expect(conn.isConnected()).to.equal(false);
      await conn.firstConnected({ timeout: 10_000 });
      expect(conn.isConnected()).to.equal(true);
      expect(conn.serverInfo?.build_tags).to.equal(EXPECTED[kind].buildTags);
      expect(conn.serverInfo?.deploy_mode).to.equal(EXPECTED[kind].deployMode);
      const version = await conn.call('GetVersion', {});
      expect(version.version).to.match(EXPECTED[kind].version);
      expect(server().version).to.equal(version.version);
      const health = await conn.call('CheckHealth', {});
      expect(health.isHealthy).to.equal(true);
    } finally {
      await conn.disconnect();
    }
    expect(conn.state).to.equal('closed');
    expect(conn.isConnected()).to.equal(false);
  });

  it('lets the process exit by itself after disconnect()', async function () {
    this.timeout(30_000);
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(server().port), 'connected'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(out).to.equal('disconnected from connected\n');
    expect(code).to.equal(0);
  });
});
