import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'chai';
import { server } from './support/live.js';

const CLI = resolve(import.meta.dirname, '../lib/cli.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `milvex ...`; when `until` appears on stdout, sends SIGINT (Ctrl-C). */
function milvex(args: string[], until?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { code: null, stdout: '', stderr: '' };
    let interrupted = false;
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      // Once: a second Ctrl-C after the CLI has closed (and dropped its handler) would kill it.
      if (until !== undefined && run.stdout.includes(until) && !interrupted) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => done({ ...run, code }));
  });
}

describe('milvex watch', function () {
  this.timeout(30_000);

  it('shows state, latency and version, and disconnects cleanly on Ctrl-C', async () => {
    const milvus = await server({ user: 'root', password: 'pw-secret', version: 'v2.4.4' });
    const run = await milvex(['watch', milvus.uri, '--user', 'root', '--password', 'pw-secret', '--interval', '100'], 'version v2.4.4');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.include('state connected');
    expect(run.stdout).to.match(/CheckHealth \d+\.\d ms/);
    expect(run.stdout).not.to.include('pw-secret');
  });

  it('exits 2 with one line on bad credentials', async () => {
    const milvus = await server({ user: 'root', password: 'pw' });
    const run = await milvex(['watch', milvus.uri, '--user', 'root', '--password', 'wrong-secret']);
    expect(run.code).to.equal(2);
    expect(run.stderr.trim().split('\n')).to.have.length(1);
    expect(run.stderr).to.include('auth');
    expect(run.stderr).not.to.include('wrong-secret');
  });

  it('exits 2 with one line on an invalid URI', async () => {
    const run = await milvex(['watch', 'ftp://x']);
    expect(run.code).to.equal(2);
    expect(run.stderr.trim().split('\n')).to.have.length(1);
    expect(run.stderr).to.include('Invalid URI');
  });

  it('exits 2 with one line on a bad interval', async () => {
    const run = await milvex(['watch', 'http://127.0.0.1:1', '--interval', 'x']);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('--interval');
  });

  it('exits 2 with the usage on wrong arguments', async () => {
    const run = await milvex(['look']);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.include('usage: milvex watch');
  });
});
