import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'chai';
import type { MilvusTestServer } from '../../lib/testing/index.js';
import { server } from '../support/live.js';

const CHILD = resolve(import.meta.dirname, '../support/child-connection.ts');
const SERVER_CHILD = resolve(import.meta.dirname, '../support/child-server.ts');

/** Runs a child to the end; a child that never exits fails the spec by mocha's timeout. */
function runScript(script: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, output }));
  });
}

const runChild = (port: number, moment: string): Promise<{ code: number | null; output: string }> => runScript(CHILD, [String(port), moment]);

describe('nothing is left behind after disconnect()', function () {
  this.timeout(30_000);

  /** Each moment `child-connection.ts` disconnects at: the spec's title, and how the server is set up first. */
  const MOMENTS: ReadonlyArray<[moment: string, title: string, prepare: (milvus: MilvusTestServer) => unknown]> = [
    ['connected', 'a process that connected and disconnected exits on its own', () => undefined],
    ['backoff', 'a process that disconnected during a backoff wait exits on its own', (milvus) => milvus.kill()],
    ['connecting', 'a process that disconnected while connecting to a silent peer exits on its own', (milvus) => milvus.stall()],
    ['recycled', 'a process that disconnected a recycling pool over several addresses exits on its own', () => undefined],
  ];

  for (const [moment, title, prepare] of MOMENTS) {
    it(title, async () => {
      const milvus = await server();
      await prepare(milvus);
      const { code, output } = await runChild(milvus.port, moment);
      expect(output).to.equal(`disconnected from ${moment}\n`);
      expect(code).to.equal(0);
    });
  }

  it('a process that ran a test server whose clients went away exits on its own after stop()', async () => {
    const { code, output } = await runScript(SERVER_CHILD, []);
    expect(output).to.equal('server stopped\n');
    expect(code).to.equal(0);
  });
});
