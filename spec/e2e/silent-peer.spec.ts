import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { server, track, until } from '../support/live.js';
import { SilentPeer } from '../support/silent-peer.js';

const CHILD = resolve(import.meta.dirname, '../support/child-silent-peer.ts');

/** Attempts end quickly, and follow each other after a short backoff. */
const FAST_ATTEMPTS = { connectTimeout: 200, reconnectBaseDelay: 100, reconnectMultiplier: 1 } as const;

describe('a peer that accepts TCP and never speaks HTTP/2', function () {
  this.timeout(20_000);
  const peers: SilentPeer[] = [];
  const children: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
    await Promise.all(peers.splice(0).map((peer) => peer.stop()));
  });

  for (const [label, security] of [
    ['plain text', {}],
    ['TLS', { tls: { serverName: 'milvus.test' } }],
  ] as const) {
    it(`(${label}) each attempt ended by connectTimeout closes its connection; disconnect() closes the last one`, async () => {
      const peer = await SilentPeer.start();
      peers.push(peer);
      const conn = track(Connection.start({ host: '127.0.0.1', port: peer.port, ...FAST_ATTEMPTS, ...security }));
      // The fourth connection comes after three attempts ended, each after a backoff.
      const fourth = await peer.nth(4);
      expect(peer.maxOpen, 'connections open at once').to.equal(1);
      await fourth.spoke;
      await conn.disconnect();
      await fourth.closed;
      expect(peer.open, 'connections open after disconnect()').to.equal(0);
    });
  }

  it("(the test server's stall()) at most one connection is open while retrying, none after disconnect()", async () => {
    const milvus = await server();
    milvus.stall();
    const conn = track(Connection.start({ host: '127.0.0.1', port: milvus.port, ...FAST_ATTEMPTS }));
    let maxOpen = 0;
    await until(() => {
      maxOpen = Math.max(maxOpen, milvus.connectionsOpen);
      return milvus.connectionsAccepted >= 4;
    }, 'a fourth connection');
    expect(maxOpen, 'connections open at once').to.equal(1);
    await conn.disconnect();
    await until(() => milvus.connectionsOpen === 0, 'no connection open after disconnect()');
  });

  it('(TLS) a process that disconnected after attempts ended by connectTimeout exits on its own', async () => {
    const peer = await SilentPeer.start();
    peers.push(peer);
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(peer.port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A child that never exits fails the spec by mocha's timeout, and is killed after it.
    const code = await new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('exit', done);
    });
    expect(output).to.equal('disconnected\n');
    expect(code).to.equal(0);
    expect(peer.connections.length, 'connections the child made').to.be.at.least(3);
  });
});
