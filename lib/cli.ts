/**
 * The `milvex` command. `milvex watch <uri>` shows a live status line for a Milvus server:
 * state, attempt, next retry in, last CheckHealth latency, server version. Ctrl-C
 * disconnects cleanly. Bad credentials or an invalid URI exit with status 2 and one line.
 */
import { parseArgs } from 'node:util';
import { Connection } from './connection.js';
import { MilvexError } from './errors.js';
import type { MilvexOptions } from './config.js';
import { parseUri } from './uri.js';

const USAGE = 'usage: milvex watch <uri> [--user U] [--password P] [--token T] [--database D] [--interval MS]';
const EXIT_USAGE = 2;

/** What the status line shows. */
interface Status {
  state: string;
  attempt: number;
  retryAt: number | undefined;
  latencyMs: number | undefined;
  version: string | undefined;
}

/** The status line; a terminal gets a live countdown, a pipe only a line per change. */
function render(status: Status, live: boolean): string {
  const seconds = status.retryAt === undefined ? undefined : Math.max(0, status.retryAt - Date.now()) / 1000;
  const retryIn = seconds === undefined ? '-' : `${live ? seconds.toFixed(1) : Math.ceil(seconds)} s`;
  const latency = status.latencyMs === undefined ? '-' : `${status.latencyMs.toFixed(1)} ms`;
  return `state ${status.state.padEnd(12)} attempt ${String(status.attempt).padEnd(3)} next retry in ${retryIn.padEnd(7)} CheckHealth ${latency.padEnd(10)} version ${status.version ?? '-'}`;
}

function fail(message: string): never {
  process.stderr.write(`milvex: ${message}\n`);
  process.exit(EXIT_USAGE);
}

async function watch(uri: string, values: Record<string, string | undefined>): Promise<void> {
  const options: MilvexOptions = { ...parseUri(uri) };
  for (const key of ['user', 'password', 'token', 'database'] as const) {
    if (values[key] !== undefined) options[key] = values[key];
  }
  const interval = Number(values['interval'] ?? 1000);
  if (!Number.isInteger(interval) || interval < 100) fail(`--interval: expected an integer >= 100 (ms), got ${values['interval']}`);
  const conn = Connection.start(options);
  const status: Status = { state: conn.state, attempt: 0, retryAt: undefined, latencyMs: undefined, version: undefined };
  const tty = process.stdout.isTTY === true;
  let lastLine = '';
  const show = (): void => {
    const line = render(status, tty);
    if (line === lastLine) return;
    lastLine = line;
    process.stdout.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  conn.state$.subscribe((state) => {
    status.state = state;
    show();
  });
  conn.events$.subscribe((event) => {
    if (event.type === 'connecting') status.attempt = event.attempt;
    if (event.type === 'retry') status.retryAt = Date.now() + event.delayMs;
    if (event.type === 'connected') {
      status.retryAt = undefined;
      void conn.call('GetVersion', {}).then(
        (reply) => (status.version = reply.version),
        () => undefined,
      );
    }
    show();
  });
  const probe = setInterval(() => {
    if (!conn.isConnected()) {
      if (tty) show();
      return;
    }
    const started = performance.now();
    conn.call('CheckHealth', {}, { timeout: Math.max(1000, interval) }).then(
      () => {
        status.latencyMs = performance.now() - started;
        show();
      },
      () => undefined,
    );
  }, interval);
  const stop = (): void => {
    clearInterval(probe);
    void conn.disconnect();
  };
  // `on`, not `once`: a second Ctrl-C while closing must not kill the process mid-close.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise<void>((done) => conn.state$.subscribe({ complete: done }));
  clearInterval(probe);
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  if (tty) process.stdout.write('\n');
  const reason = conn.closeError;
  if (reason !== undefined) fail(reason.message);
}

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program name
 */
export async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        user: { type: 'string' },
        password: { type: 'string' },
        token: { type: 'string' },
        database: { type: 'string' },
        interval: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const [command, uri] = parsed.positionals;
  if (parsed.values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== 'watch' || uri === undefined || parsed.positionals.length !== 2) fail(USAGE);
  try {
    await watch(uri, parsed.values as Record<string, string | undefined>);
  } catch (error) {
    if (error instanceof MilvexError) fail(error.message);
    throw error;
  }
}

await main(process.argv.slice(2));
