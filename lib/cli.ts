/**
 * The `milvex` command.
 *
 * - `milvex watch <uri>` shows a live status line for a Milvus server: state, attempt, next
 *   retry in, last CheckHealth latency, server version; each only while it is current. Ctrl-C
 *   disconnects cleanly. Bad credentials or an invalid URI exit with status 2 and one line.
 * - `milvex serve` runs the `milvex/testing` server on a port until Ctrl-C.
 *
 * Wrong arguments exit with status 2: one line saying what is wrong, then the usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Connection } from './connection/connection.js';
import { MilvexError } from './errors.js';
import type { MilvexOptions } from './config/config.js';
import { MAX_TIMER_MS } from './time/deadline.js';
import { startMilvusTestServer } from './testing/index.js';
import { parseUri } from './config/uri.js';

const USAGE = `usage: milvex watch <uri> [--user U] [--password P] [--token T] [--database D] [--interval MS]
       milvex serve [--port 19530] [--user U] [--password P] [--token T]
       milvex --help | --version`;

/** What each command does: a line each in `--help`. */
const COMMANDS: Readonly<Record<Command, string>> = {
  watch: 'one status line of a connection to <uri>, redrawn: state, attempt, next retry, CheckHealth latency, server version; Ctrl-C disconnects',
  serve: 'the milvex/testing server (an in-memory Milvus) on 127.0.0.1, until Ctrl-C or SIGTERM; prints its address',
};

/** `--help`: the usage, then a line a command. */
function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, what]) => `  ${name.padEnd(width)}  ${what}`);
  return `${USAGE}\n\ncommands:\n${lines.join('\n')}\n  ${'--help'.padEnd(width)}  this text; --version: the version of milvex\n`;
}

/** The package's version, from its package.json (beside \`lib/\` and \`dist/\` alike). */
function version(): string {
  const { version: number } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return number;
}
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
/** The port `serve` listens on without `--port`: Milvus's own. */
const MILVUS_PORT = 19530;

/** The flags each command takes; every one carries a value. */
const FLAGS = {
  watch: ['user', 'password', 'token', 'database', 'interval'],
  serve: ['port', 'user', 'password', 'token'],
} as const;
/** The arguments each command takes after its name. */
const ARGUMENTS: Readonly<Record<Command, { count: number; text: string }>> = {
  watch: { count: 1, text: 'one argument, <uri>' },
  serve: { count: 0, text: 'no arguments' },
};

type Command = keyof typeof FLAGS;
type Flag = (typeof FLAGS)[Command][number];
type Flags = Partial<Record<Flag, string>>;

/** What the command line asks for. */
type Invocation =
  | { readonly help: true }
  | { readonly version: true }
  | { readonly help: false; readonly command: Command; readonly args: string[]; readonly flags: Flags };

/** Wrong arguments: reported with the usage. */
class UsageError extends Error {}

const ALL_FLAGS: readonly string[] = [...new Set(Object.values(FLAGS).flat())];

function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.hasOwn(FLAGS, name);
}

/**
 * Reads the command line. parseArgs runs lax (strict, it throws messages of its own, written
 * for programs that take arguments starting with '-'); the tokens it returns are checked here
 * against the command's flags. No message repeats an argument that may be a secret.
 */
function readCommandLine(argv: string[]): Invocation {
  const options = Object.fromEntries(ALL_FLAGS.map((name) => [name, { type: 'string' as const }]));
  const { tokens } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: { ...options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
  });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: true };
  if (tokens.some((token) => token.kind === 'option' && token.name === 'version')) return { version: true };
  // Unknown flags first: the value after a mistyped `--pasword` reads as the command otherwise.
  const unknown = tokens.find((token) => token.kind === 'option' && !ALL_FLAGS.includes(token.name));
  if (unknown?.kind === 'option') throw new UsageError(`unknown option ${unknown.rawName}`);
  const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  const [command, ...args] = positionals;
  if (!isCommand(command)) throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  const allowed: readonly string[] = FLAGS[command];
  const flags: Record<string, string> = {};
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!allowed.includes(token.name)) throw new UsageError(`${command} has no option ${token.rawName}`);
    // A separate value that looks like a flag is a missing value (`--user --password x`);
    // `--password=-x` still passes one that starts with '-'.
    if (token.value === undefined || (token.inlineValue === false && token.value.startsWith('-'))) {
      throw new UsageError(`${token.rawName} needs a value`);
    }
    flags[token.name] = token.value;
  }
  if (args.length !== ARGUMENTS[command].count) throw new UsageError(`${command} takes ${ARGUMENTS[command].text}`);
  if (flags['password'] !== undefined && flags['user'] === undefined) throw new UsageError('--password needs --user');
  return { help: false, command, args, flags };
}

/** The flags among `keys` that were given, for an options object. */
function given<K extends Flag>(flags: Flags, keys: readonly K[]): Partial<Record<K, string>> {
  return Object.fromEntries(keys.flatMap((key) => (flags[key] === undefined ? [] : [[key, flags[key]]]))) as Partial<Record<K, string>>;
}

function fail(message: string, code = EXIT_USAGE): never {
  process.stderr.write(`milvex: ${message}\n`);
  process.exit(code);
}

/** Resolves at the first Ctrl-C (SIGINT) or SIGTERM; later ones are swallowed until `release`. */
function interrupted(): { signal: Promise<void>; release: () => void } {
  let stop = (): void => undefined;
  const signal = new Promise<void>((resolve) => (stop = resolve));
  // `on`, not `once`: a second Ctrl-C while closing must not kill the process mid-close.
  const onSignal = (): void => stop();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const release = (): void => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  return { signal, release };
}

/**
 * The value of an integer flag, `fallback` when it is absent; anything but an integer in
 * `min..max` exits naming the flag and the range.
 */
function integerFlag(name: Flag, value: string | undefined, fallback: number, [min, max]: readonly [number, number], note: string): number {
  if (value === undefined) return fallback;
  const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(parsed >= min && parsed <= max)) fail(`--${name}: expected an integer ${min}..${max} (${note}), got ${value}`);
  return parsed;
}

/** What the status line shows; a field is undefined while it is not current. */
interface Status {
  state: string;
  attempt: number;
  /** When the pending retry starts (epoch ms); only between a `retry` and the attempt it announced. */
  retryAt: number | undefined;
  /** Of a CheckHealth answered on the current session; only while connected. */
  latencyMs: number | undefined;
  /** Of the current session's server; only while connected. */
  version: string | undefined;
}

/** The status line; a terminal gets a live countdown, a pipe only a line per change. */
function render(status: Status, live: boolean): string {
  const seconds = status.retryAt === undefined ? undefined : Math.max(0, status.retryAt - Date.now()) / 1000;
  const retryIn = seconds === undefined ? '-' : `${live ? seconds.toFixed(1) : Math.ceil(seconds)} s`;
  const latency = status.latencyMs === undefined ? '-' : `${status.latencyMs.toFixed(1)} ms`;
  return `state ${status.state.padEnd(12)} attempt ${String(status.attempt).padEnd(3)} next retry in ${retryIn.padEnd(7)} CheckHealth ${latency.padEnd(10)} version ${status.version ?? '-'}`;
}

async function watch(uri: string, flags: Flags): Promise<void> {
  const options: MilvexOptions = { ...parseUri(uri), ...given(flags, ['user', 'password', 'token', 'database']) };
  const interval = integerFlag('interval', flags.interval, 1000, [100, MAX_TIMER_MS], 'ms');
  const conn = Connection.start(options);
  const status: Status = { state: conn.state, attempt: 0, retryAt: undefined, latencyMs: undefined, version: undefined };
  // Counts sessions, so that an answer to a call made on an earlier one is not shown as current.
  let session = 0;
  const current = (since: number): boolean => since === session && conn.state === 'connected';
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
    if (state !== 'connected') {
      status.latencyMs = undefined;
      status.version = undefined;
    }
    if (state === 'closed') status.retryAt = undefined;
    show();
  });
  conn.events$.subscribe((event) => {
    if (event.type === 'connecting') {
      status.attempt = event.attempt;
      status.retryAt = undefined;
    }
    if (event.type === 'retry') status.retryAt = Date.now() + event.delayMs;
    if (event.type === 'connected') {
      session += 1;
      const since = session;
      status.retryAt = undefined;
      conn.call('GetVersion', {}).then(
        (reply) => {
          if (!current(since)) return;
          status.version = reply.version;
          show();
        },
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
    const since = session;
    const started = performance.now();
    conn.call('CheckHealth', {}, { timeout: Math.max(1000, interval) }).then(
      () => {
        if (!current(since)) return;
        status.latencyMs = performance.now() - started;
        show();
      },
      () => undefined,
    );
  }, interval);
  const { signal, release } = interrupted();
  void signal.then(() => conn.disconnect());
  await new Promise<void>((done) => conn.state$.subscribe({ complete: done }));
  clearInterval(probe);
  release();
  if (tty) process.stdout.write('\n');
  const error = conn.closeError;
  if (error !== undefined) fail(error.message);
}

async function serve(flags: Flags): Promise<void> {
  const port = integerFlag('port', flags.port, MILVUS_PORT, [0, 65535], '0: a free port');
  const { signal, release } = interrupted();
  let server;
  try {
    server = await startMilvusTestServer({ port, ...given(flags, ['user', 'password', 'token']) });
  } catch (error) {
    release();
    fail(`cannot serve on port ${port}: ${(error as Error).message}`, EXIT_FAILURE);
  }
  process.stdout.write(`serving the Milvus test server on ${server.uri} (Ctrl-C stops it)\n`);
  await signal;
  await server.stop();
  release();
  process.stdout.write('stopped\n');
}

/**
 * Runs the command line.
 *
 * @param argv - the arguments after the program name
 */
export async function main(argv: string[]): Promise<void> {
  let invocation: Invocation;
  try {
    invocation = readCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(`${error.message}\n${USAGE}`);
  }
  if ('version' in invocation) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  if (invocation.help) {
    process.stdout.write(help());
    return;
  }
  try {
    if (invocation.command === 'serve') await serve(invocation.flags);
    else await watch(invocation.args[0] as string, invocation.flags);
  } catch (error) {
    if (error instanceof MilvexError) fail(error.message);
    throw error;
  }
}

await main(process.argv.slice(2));
