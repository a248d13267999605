import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { expect } from 'chai';
import { Connection } from '../lib/connection/connection.js';
import { parseUri } from '../lib/config/uri.js';
import { server, track } from './support/live.js';

const CLI = resolve(import.meta.dirname, '../lib/cli.ts');

/** The CLIs still running. */
const running = new Set<Cli>();

/** `milvex ...` in a child process, its stdout read line by line. */
class Cli {
  readonly lines: string[] = [];
  stderr = '';
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
  readonly #child: ChildProcessByStdio<null, Readable, Readable>;
  /** Lines before this index have been looked at by `next`. */
  #cursor = 0;
  #waiting: { pattern: RegExp; found: (line: string) => void } | undefined;

  constructor(args: string[]) {
    this.#child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: this.#child.stdout }).on('line', (line) => {
      this.lines.push(line);
      if (this.#waiting === undefined) return;
      this.#cursor = this.lines.length;
      if (!this.#waiting.pattern.test(line)) return;
      this.#waiting.found(line);
      this.#waiting = undefined;
    });
    running.add(this);
    this.exited = new Promise((done, fail) => {
      this.#child.on('error', fail);
      this.#child.on('close', (code) => done(code));
    });
    void this.exited.finally(() => running.delete(this));
  }

  /**
   * Resolves with the next line that matches, after those an earlier `next` looked at;
   * rejects if the CLI exits first.
   */
  next(pattern: RegExp): Promise<string> {
    while (this.#cursor < this.lines.length) {
      const line = this.lines[this.#cursor++] as string;
      if (pattern.test(line)) return Promise.resolve(line);
    }
    return new Promise((found, fail) => {
      this.#waiting = { pattern, found };
      void this.exited.then((code) =>
        fail(new Error(`milvex exited (${code}) before printing ${pattern}:\n${this.lines.join('\n')}\n${this.stderr}`)),
      );
    });
  }

  /** Sends a signal (Ctrl-C by default), once: a second one after close would find no handler. */
  interrupt(signal: NodeJS.Signals = 'SIGINT'): void {
    this.#child.kill(signal);
  }
}

/** Runs `milvex ...` to its end. */
async function milvex(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = new Cli(args);
  const code = await cli.exited;
  return { code, stdout: cli.lines.join('\n'), stderr: cli.stderr };
}

/** The fields of a status line. */
function fields(line: string): { state: string; attempt: number; retryIn: string; latency: string; version: string } {
  const match = /^state (\S+) +attempt (\d+) +next retry in (-|\d+ s) +CheckHealth (-|[\d.]+ ms) +version (\S+)$/.exec(line);
  if (match === null) throw new Error(`not a status line: ${line}`);
  const [, state = '', attempt = '', retryIn = '', latency = '', version = ''] = match;
  return { state, attempt: Number(attempt), retryIn, latency, version };
}

describe('the milvex command', () => {
  // A spec that fails midway leaves its CLI running: stop it.
  afterEach(async () => {
    const left = [...running];
    for (const cli of left) cli.interrupt('SIGKILL');
    await Promise.allSettled(left.map((cli) => cli.exited));
  });

  describe('milvex watch', function () {
    this.timeout(30_000);

    it('shows state, latency and version, and disconnects cleanly on Ctrl-C', async () => {
      const milvus = await server({ user: 'root', password: 'pw-secret', version: 'v2.4.4' });
      const cli = new Cli(['watch', milvus.uri, '--user', 'root', '--password', 'pw-secret', '--interval', '100']);
      await cli.next(/^state connected .*CheckHealth \d+\.\d ms +version v2\.4\.4$/);
      cli.interrupt();
      expect(await cli.exited).to.equal(0);
      expect(fields(cli.lines.at(-1) ?? '')).to.deep.include({ state: 'closed', retryIn: '-', latency: '-', version: '-' });
      expect(cli.lines.join('\n')).not.to.include('pw-secret');
    });

    it('shows latency, version and next retry only while they are current', async () => {
      const milvus = await server({ version: 'v2.4.4' });
      const cli = new Cli(['watch', milvus.uri, '--interval', '100']);
      await cli.next(/^state connected .*CheckHealth \d+\.\d ms +version v2\.4\.4$/);
      await milvus.kill();
      // The first attempt after the loss fails at once, then a retry is announced; the attempt
      // it announced starts, and its own line no longer counts down.
      const retry = fields(await cli.next(/^state reconnecting .*next retry in \d+ s/));
      const announced = fields(await cli.next(new RegExp(`^state reconnecting +attempt ${retry.attempt + 1} `)));
      expect(announced.retryIn).to.equal('-');
      await milvus.restart();
      // Connected again: latency and version come back from the new session.
      await cli.next(/^state connected .*CheckHealth \d+\.\d ms +version v2\.4\.4$/);
      cli.interrupt();
      expect(await cli.exited).to.equal(0);
      const states = cli.lines.map(fields);
      for (const status of states.filter((s) => s.state !== 'connected')) {
        expect(status, 'not connected: no latency, no version').to.deep.include({ latency: '-', version: '-' });
      }
      for (const status of states.filter((s) => s.retryIn !== '-')) expect(status.state).to.equal('reconnecting');
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

    it('exits 2 with one line naming the flag and its range on a bad interval', async () => {
      const run = await milvex(['watch', 'http://127.0.0.1:1', '--interval', 'x']);
      expect(run.code).to.equal(2);
      expect(run.stderr.trim().split('\n')).to.deep.equal(['milvex: --interval: expected an integer 100..2147483647 (ms), got x']);
    });
  });

  describe('milvex arguments', function () {
    this.timeout(30_000);

    const wrong: Array<[string, string[], string]> = [
      ['an unknown command', ['look'], 'unknown command "look"'],
      ['no command', [], 'no command given'],
      ['a mistyped flag', ['watch', 'http://127.0.0.1:1', '--pasword', 'wrong-secret'], 'unknown option --pasword'],
      ['a mistyped flag before the command', ['--pasword', 'wrong-secret', 'watch', 'http://127.0.0.1:1'], 'unknown option --pasword'],
      ['a flag of another command', ['serve', '--interval', '100'], 'serve has no option --interval'],
      ['a flag without its value', ['watch', 'http://127.0.0.1:1', '--user', '--password', 'wrong-secret'], '--user needs a value'],
      ['a missing URI', ['watch'], 'watch takes one argument, <uri>'],
      ['a password without a user', ['serve', '--password', 'wrong-secret'], '--password needs --user'],
    ];
    for (const [what, args, message] of wrong) {
      it(`exits 2 with milvex's own line and the usage on ${what}`, async () => {
        const run = await milvex(args);
        expect(run.code).to.equal(2);
        const [first, ...usage] = run.stderr.trim().split('\n');
        expect(first).to.equal(`milvex: ${message}`);
        expect(usage.join('\n')).to.match(/^usage: milvex watch <uri> .*\n +milvex serve /);
        expect(run.stderr).not.to.include('wrong-secret');
      });
    }

    it('prints the usage and a line per command, and exits 0 on --help', async () => {
      const run = await milvex(['watch', '--help']);
      expect(run).to.deep.include({ code: 0, stderr: '' });
      expect(run.stdout).to.match(/^usage: milvex watch <uri> .*\n +milvex serve /);
      expect(run.stdout).to.match(
        /\ncommands:\n {2}watch +one status line of a connection[^\n]*\n {2}serve +the milvex\/testing server[^\n]*\n {2}--help +[^\n]*--version/,
      );
    });

    it('prints the version of the package and exits 0 on --version', async () => {
      const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
      for (const flag of ['--version', '-v']) {
        const run = await milvex([flag]);
        expect(run, flag).to.deep.include({ code: 0, stderr: '', stdout: version });
      }
    });
  });

  describe('milvex serve', function () {
    this.timeout(30_000);

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      it(`serves the test server with its credentials, and stops on ${signal} with status 0`, async () => {
        const cli = new Cli(['serve', '--port', '0', '--user', 'root', '--password', 'pw-secret']);
        const [, uri = ''] = /serving the Milvus test server on (\S+)/.exec(await cli.next(/^serving /)) ?? [];
        const conn = track(Connection.start({ ...parseUri(uri), user: 'root', password: 'pw-secret' }));
        expect(await conn.call('CheckHealth', {}, { timeout: 5000 })).to.deep.include({ isHealthy: true });
        const intruder = track(Connection.start({ ...parseUri(uri), user: 'root', password: 'wrong-secret' }));
        await intruder.firstConnected({ timeout: 5000 }).catch(() => undefined);
        expect(intruder.closeError).to.deep.include({ reason: 'unauthenticated' });
        await conn.disconnect();
        cli.interrupt(signal);
        expect(await cli.exited).to.equal(0);
        expect(cli.lines.at(-1)).to.equal('stopped');
        expect(cli.lines.join('\n') + cli.stderr).not.to.include('pw-secret');
      });
    }

    it('exits 1 with one line when the port is taken', async () => {
      const busy = await server();
      const run = await milvex(['serve', '--port', String(busy.port)]);
      expect(run.code).to.equal(1);
      expect(run.stderr.trim().split('\n')).to.have.length(1);
      expect(run.stderr).to.include(`milvex: cannot serve on port ${busy.port}: `);
    });
  });
});
