/**
 * Real Milvus servers for `npm run test:real` and `scripts/real-milvus.ts`: the Go standalone
 * server (PyPI `milvus`, "Embedded Milvus": the Go proxy and C++ core with embedded etcd) and
 * milvus-lite (PyPI `milvus-lite`, the Milvus team's pure-Python server, with `pymilvus` for
 * its gRPC stubs), each installed at a pinned version into a virtual environment of its own
 * under `.venv-real/` (git-ignored), started on a free loopback port with a fresh data
 * directory under the system's temporary folder, and stopped with its whole process group.
 *
 * Every failure is a {@link RealServerError} with a one-line message (no Python, a failed
 * install, a port taken, a server that exits or does not answer `CheckHealth` in time):
 * nothing here waits without a bound.
 *
 * ```text
 * install:  python3 -m venv .venv-real/<kind>  ->  pip install <pins>   (skipped when the pins are installed)
 * start:    free port -> config (standalone) -> spawn, own process group -> CheckHealth every 100 ms until healthy
 * stop:     SIGTERM (standalone) / SIGINT (lite) to the group -> exit, or SIGKILL after 15 s -> data dir removed
 * ```
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Metadata, credentials } from '@grpc/grpc-js';
import { milvusClientClass } from '../../../lib/protocol/client-class.js';
import type { MilvusServiceClient } from '../../../lib/protocol/proto.js';

/** Which real server: `lite` (milvus-lite, Python) or `standalone` (the Go server of PyPI `milvus`). */
export type RealServerKind = 'lite' | 'standalone';

/** Every kind, in the order the suites run them. */
export const REAL_SERVER_KINDS: readonly RealServerKind[] = ['lite', 'standalone'];

/**
 * The pinned packages of each kind's virtual environment. `milvus` 2.3.5 is the newest
 * "Embedded Milvus" on PyPI; milvus-lite 3.2.2 and pymilvus 3.0.2 are the versions this suite
 * was written against.
 */
export const PINNED: Readonly<Record<RealServerKind, Readonly<Record<string, string>>>> = {
  standalone: { milvus: '2.3.5' },
  lite: { 'milvus-lite': '3.2.2', pymilvus: '3.0.2' },
};

/** The Go server's built-in superuser (`root` / `Milvus`), the only account of a fresh data directory. */
export const ROOT_CREDENTIALS = { user: 'root', password: 'Milvus' } as const;

/** A real server that would not install, start or stop; the message is one line. */
export class RealServerError extends Error {
  override readonly name = 'RealServerError';
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the virtual environments live (git-ignored). */
export const VENV_ROOT = join(REPO, '.venv-real');

const POLL_MS = 100;
const DEFAULT_START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 15_000;

/** The venv of a kind. */
function venvOf(kind: RealServerKind): string {
  return join(VENV_ROOT, kind);
}

function binOf(kind: RealServerKind, name: string): string {
  return join(venvOf(kind), process.platform === 'win32' ? 'Scripts' : 'bin', name);
}

/** Where the standalone server's binaries are unpacked once (the wheel ships them xz-compressed). */
function standaloneHome(): string {
  return join(venvOf('standalone'), 'milvus-home');
}

/**
 * The Python to make virtual environments with: `$MILVEX_PYTHON`, else `python3`.
 *
 * @throws RealServerError when it is missing or has no `venv` module
 */
export function findPython(): string {
  const python = process.env['MILVEX_PYTHON'] ?? 'python3';
  const probe = spawnSync(python, ['-c', 'import sys, venv; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  if (probe.error !== undefined) {
    throw new RealServerError(`${python} not found: the real Milvus servers need Python 3.10+ with venv and pip (set MILVEX_PYTHON to another)`);
  }
  const [major = 0, minor = 0] = probe.stdout.trim().split('.').map(Number);
  if (probe.status !== 0 || major < 3 || (major === 3 && minor < 10)) {
    throw new RealServerError(`${python} is not Python 3.10+ with venv (${firstLine(probe.stderr) || probe.stdout.trim()})`);
  }
  return python;
}

function firstLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}

/** The installed versions of `names` in a venv, or `undefined` when the venv has no Python. */
function installedVersions(kind: RealServerKind, names: readonly string[]): Record<string, string | undefined> | undefined {
  const python = binOf(kind, 'python');
  if (!existsSync(python)) return undefined;
  const script = [
    'import json, sys, importlib.metadata as m',
    'out = {}',
    'for n in sys.argv[1:]:',
    '    try: out[n] = m.version(n)',
    '    except m.PackageNotFoundError: out[n] = None',
    'print(json.dumps(out))',
  ].join('\n');
  const probe = spawnSync(python, ['-c', script, ...names], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  return JSON.parse(probe.stdout) as Record<string, string | undefined>;
}

/** What {@link install} did. */
export interface InstallResult {
  readonly kind: RealServerKind;
  /** The pinned packages, `name==version`. */
  readonly packages: readonly string[];
  /** Whether the venv already held the pinned versions. */
  readonly reused: boolean;
  /** Wall time, in seconds. */
  readonly seconds: number;
}

function run(command: string, args: readonly string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error !== undefined) throw new RealServerError(`${what} failed: ${result.error.message}`);
  if (result.status !== 0)
    throw new RealServerError(`${what} failed (exit ${result.status}): ${firstLine(result.stderr) || firstLine(result.stdout)}`);
}

/**
 * Creates the kind's venv and installs its pinned packages, unless they are installed already.
 *
 * @param kind - which server
 * @returns what was done and how long it took
 * @throws RealServerError without Python, or when pip fails
 */
export function install(kind: RealServerKind): InstallResult {
  const started = performance.now();
  const pins = PINNED[kind];
  const packages = Object.entries(pins).map(([name, version]) => `${name}==${version}`);
  const have = installedVersions(kind, Object.keys(pins));
  const reused = have !== undefined && Object.entries(pins).every(([name, version]) => have[name] === version);
  if (!reused) {
    const python = findPython();
    if (!existsSync(binOf(kind, 'python'))) run(python, ['-m', 'venv', venvOf(kind)], `python3 -m venv ${venvOf(kind)}`);
    run(binOf(kind, 'python'), ['-m', 'pip', 'install', '--quiet', ...packages], `pip install ${packages.join(' ')}`);
  }
  if (kind === 'standalone') {
    // Unpacks the Go server's binaries once (the package checks their checksums and skips what is there).
    const script = 'import sys; from milvus import _initialize_data_files as unpack; unpack(sys.argv[1])';
    run(binOf(kind, 'python'), ['-c', script, standaloneHome()], 'unpacking the milvus binaries');
  }
  return { kind, packages, reused, seconds: (performance.now() - started) / 1000 };
}

/** Throws unless the kind's pinned packages are installed. */
function checkInstalled(kind: RealServerKind): void {
  const pins = PINNED[kind];
  const have = installedVersions(kind, Object.keys(pins));
  const missing = Object.entries(pins).filter(([name, version]) => have?.[name] !== version);
  if (missing.length > 0 || (kind === 'standalone' && !existsSync(join(standaloneHome(), 'bin', 'milvus')))) {
    throw new RealServerError(`${kind} is not installed in ${venvOf(kind)}: run \`npx tsx scripts/real-milvus.ts install\``);
  }
}

/**
 * The first port of the kernel's range of local ports for outgoing connections (Linux's
 * `ip_local_port_range`; elsewhere the IANA range's 49152).
 */
function firstEphemeralPort(): number {
  const file = '/proc/sys/net/ipv4/ip_local_port_range';
  const low = existsSync(file) ? Number(readFileSync(file, 'utf8').trim().split(/\s+/)[0]) : Number.NaN;
  return Number.isInteger(low) && low > 0 ? low : 49152;
}

/** Lowest port {@link freePort} picks: above the well-known and most registered ones. */
const LOWEST_PICKED_PORT = 10000;
/** Ports handed out in this process, never handed out twice (a server's own listeners must all differ). */
const handedOut = new Set<number>();

/**
 * Whether `port` can be listened on right now, or the error code that says why not: on
 * 127.0.0.1, where the servers are reached, and on every IPv4 address, where the Go server
 * listens (a listener on another address would make it fail).
 */
async function listenError(port: number): Promise<string | undefined> {
  for (const host of ['127.0.0.1', '0.0.0.0']) {
    const server = createServer();
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      server.once('error', resolve);
      server.listen({ port, host, exclusive: true }, () => resolve(undefined));
    });
    if (error !== undefined) return `${error.code ?? error.message} on ${host}`;
    server.close();
    await once(server, 'close');
  }
  return undefined;
}

/**
 * A free TCP port on 127.0.0.1 below the kernel's ephemeral range, never one handed out
 * before in this process.
 *
 * Why not the kernel's pick (port 0): a port from the ephemeral range can be taken, while a
 * server starts, by an outgoing socket's local port, and a client dialling a port in that
 * range while nothing listens can connect to itself (TCP simultaneous open), reading its own
 * HTTP/2 preface as "Protocol error". Both happened to the Go server, which takes seconds to
 * listen, and both are impossible below the range.
 */
export async function freePort(): Promise<number> {
  const low = firstEphemeralPort();
  const span = low - LOWEST_PICKED_PORT;
  if (span < 1000) throw new RealServerError(`the ephemeral port range starts at ${low}: too low to pick ports below it`);
  for (let tries = 0; tries < 100; tries++) {
    const port = LOWEST_PICKED_PORT + Math.floor(Math.random() * span);
    if (handedOut.has(port) || (await listenError(port)) !== undefined) continue;
    handedOut.add(port);
    return port;
  }
  throw new RealServerError(`no free port found between ${LOWEST_PICKED_PORT} and ${low - 1}`);
}

/** Throws when `port` is taken on 127.0.0.1 (milvus-lite would share it through SO_REUSEPORT rather than fail). */
async function checkPortFree(port: number, what: string): Promise<void> {
  const error = await listenError(port);
  if (error !== undefined) throw new RealServerError(`${what} port ${port} is taken (${error})`);
}

/** How to start a real server. */
export interface RealServerOptions {
  /** The gRPC port; a free one when absent. */
  readonly port?: number;
  /** Standalone only: `common.security.authorizationEnabled` (users `root` / `Milvus`). @default false */
  readonly auth?: boolean;
  /** How long to wait for `CheckHealth` to answer healthy, in ms. @default 180000 */
  readonly startTimeout?: number;
}

/** A running real server. */
export interface RealServer {
  readonly kind: RealServerKind;
  /** The gRPC port, the same across restarts. */
  readonly port: number;
  /** `http://127.0.0.1:<port>`. */
  readonly uri: string;
  /** The data directory (removed by `stop()`). */
  readonly dataDir: string;
  /** What GetVersion answered. */
  readonly version: string;
  /** The process id of the server (the leader of its process group). */
  readonly pid: number;
  /** Whether auth is enforced. */
  readonly auth: boolean;
  /** How long the last start took until healthy, in seconds. */
  readonly startSeconds: number;
  /**
   * Sends `signal` (default SIGKILL) to the server's process group and resolves once the server
   * has exited: `true` when it had to be killed after 15 s (a graceful stop that did not end).
   */
  kill(signal?: NodeJS.Signals): Promise<boolean>;
  /** Starts it again on the same port and data directory (it must have exited) and waits until healthy. */
  restart(): Promise<void>;
  /** Stops it gracefully (SIGKILL after 15 s), waits for the exit and removes its data directory. */
  stop(): Promise<void>;
  /** The last lines the server wrote. */
  logTail(lines?: number): string;
}

/** Process groups started here and not yet seen to end (kept on `globalThis`: this module may load twice under mocha). */
const groups = ((globalThis as Record<symbol, unknown>)[Symbol.for('milvex.real.groups')] ??= new Set<number>()) as Set<number>;

/** Groups whose leader may still run; killed when this process exits, however it ends, so that no server outlives it. */
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) signalGroup(pid, 'SIGKILL');
});

/**
 * The processes still in the process table that belong to a process group started here: empty
 * after every server was stopped. Reads `ps`, so that a grandchild counts too.
 */
export function leftoverProcesses(): string[] {
  if (groups.size === 0) return [];
  const ps = spawnSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      const [, pgid, stat] = line.split(/\s+/);
      // A zombie (Z) has exited; it only waits for its parent to read its status.
      return pgid !== undefined && groups.has(Number(pgid)) && !stat?.startsWith('Z');
    });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

interface Launch {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Writes the standalone server's config (ports, data paths, auth) with the package's own template code. */
function prepareStandalone(root: string, port: number, ports: Record<string, number>, auth: boolean): Launch {
  const dataDir = join(root, 'data');
  const config = { data_dir: dataDir, proxy_port: port, authorization_enabled: auth, ...ports };
  // Ports and the data dir are read from the constructor's arguments; every other template
  // value (authorization_enabled) only through set().
  const script = [
    'import json, sys',
    'from milvus import MilvusServerConfig as C',
    'args = json.loads(sys.argv[1])',
    'c = C(**args)',
    "c.set('authorization_enabled', args['authorization_enabled'])",
    'c.resolve()',
  ].join('\n');
  const result = spawnSync(binOf('standalone', 'python'), ['-c', script, JSON.stringify(config)], { encoding: 'utf8' });
  if (result.status !== 0) throw new RealServerError(`standalone config failed: ${firstLine(result.stderr)}`);
  const bin = join(standaloneHome(), 'bin');
  return {
    command: join(bin, 'milvus'),
    args: ['run', 'standalone'],
    // The server reads ./configs/milvus.yaml.
    cwd: dataDir,
    env: {
      ...process.env,
      DEPLOY_MODE: 'STANDALONE',
      METRICS_PORT: String(ports['metrics_port']),
      MILVUS_RUN_DIR: join(dataDir, 'run'),
      LD_LIBRARY_PATH: [bin, process.env['LD_LIBRARY_PATH'] ?? ''].join(':'),
      DYLD_LIBRARY_PATH: [bin, process.env['DYLD_LIBRARY_PATH'] ?? ''].join(':'),
    },
  };
}

function prepareLite(root: string, port: number): Launch {
  const dataDir = join(root, 'data');
  return {
    command: binOf('lite', 'milvus-lite'),
    args: ['server', '--data-dir', dataDir, '--host', '127.0.0.1', '--port', String(port)],
    cwd: root,
    env: { ...process.env, PYTHONUNBUFFERED: '1' },
  };
}

/** The Go server's internal listeners besides the proxy, each given a free port so that nothing collides with defaults in use. */
const STANDALONE_PORT_KEYS = [
  'etcd_port',
  'root_coord_port',
  'proxy_internal_port',
  'query_coord_port',
  'query_node_port',
  'index_coord_port',
  'index_node_port',
  'data_coord_port',
  'data_node_port',
  'metrics_port',
];

function healthClient(port: number): MilvusServiceClient {
  const Client = milvusClientClass();
  return new Client(`127.0.0.1:${port}`, credentials.createInsecure(), { 'grpc.use_local_subchannel_pool': 1, 'grpc.enable_channelz': 0 });
}

function rootMetadata(): Metadata {
  const metadata = new Metadata();
  metadata.set('authorization', Buffer.from(`${ROOT_CREDENTIALS.user}:${ROOT_CREDENTIALS.password}`).toString('base64'));
  return metadata;
}

/** One CheckHealth (with root's credentials, which a server without auth ignores): healthy, or why not. */
function checkHealth(client: MilvusServiceClient): Promise<string | undefined> {
  return new Promise((resolve) => {
    client.CheckHealth({}, rootMetadata(), { deadline: Date.now() + 2000 }, (error, reply) => {
      if (error !== null) resolve(error.details || error.message);
      else if (reply?.isHealthy !== true) resolve(`unhealthy: ${reply?.reasons.join('; ') || reply?.status?.reason || 'no reason'}`);
      else resolve(undefined);
    });
  });
}

function getVersion(client: MilvusServiceClient): Promise<string> {
  return new Promise((resolve, reject) => {
    client.GetVersion({}, rootMetadata(), { deadline: Date.now() + 5000 }, (error, reply) => {
      if (error !== null) reject(new RealServerError(`GetVersion failed: ${error.details}`));
      else resolve(reply?.version ?? '');
    });
  });
}

/**
 * Starts a real server and resolves once `CheckHealth` answers healthy.
 *
 * @param kind - which server
 * @param options - port, auth, start bound
 * @throws RealServerError when it is not installed, its port is taken, it exits, or it is not healthy in time
 */
export async function startRealServer(kind: RealServerKind, options: RealServerOptions = {}): Promise<RealServer> {
  checkInstalled(kind);
  const auth = options.auth ?? false;
  if (auth && kind === 'lite') throw new RealServerError('milvus-lite does not enforce auth: use standalone');
  const port = options.port ?? (await freePort());
  await checkPortFree(port, `${kind} gRPC`);
  const root = mkdtempSync(join(tmpdir(), `milvex-real-${kind}-`));
  let launch: Launch;
  try {
    if (kind === 'standalone') {
      const ports: Record<string, number> = {};
      for (const key of STANDALONE_PORT_KEYS) ports[key] = await freePort();
      launch = prepareStandalone(root, port, ports, auth);
    } else {
      launch = prepareLite(root, port);
    }
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const logFile = join(root, 'server.log');
  const startTimeout = options.startTimeout ?? DEFAULT_START_TIMEOUT_MS;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let version = '';
  let startSeconds = 0;

  const spawnAndWait = async (): Promise<void> => {
    const started = performance.now();
    mkdirSync(launch.cwd, { recursive: true });
    const log = createWriteStream(logFile, { flags: 'a' });
    await once(log, 'open');
    // Its own process group (detached), so that one signal reaches every process it starts.
    const proc = spawn(launch.command, launch.args, { cwd: launch.cwd, env: launch.env, detached: true, stdio: ['ignore', log, log] });
    child = proc;
    const pid = proc.pid;
    if (pid === undefined) {
      const [error] = (await once(proc, 'error')) as [Error];
      log.end();
      throw new RealServerError(`${kind} did not start: ${error.message}`);
    }
    groups.add(pid);
    running.add(pid);
    const exit = once(proc, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null }));
    exited = exit.then(() => {
      running.delete(pid);
      log.end();
    });
    const client = healthClient(port);
    try {
      const deadline = Date.now() + startTimeout;
      let why: string | undefined = 'not asked yet';
      let gone: { code: number | null; signal: string | null } | undefined;
      void exit.then((e) => (gone = e));
      while (why !== undefined) {
        if (gone !== undefined) {
          throw new RealServerError(`${kind} exited (${gone.signal ?? `code ${gone.code}`}) before it was healthy: ${lastLine(logFile)}`);
        }
        if (Date.now() > deadline) {
          throw new RealServerError(
            `${kind} on port ${port} not healthy within ${startTimeout} ms: ${why}; its log ends: ${tail(logFile, 5).slice(-1500)}`,
          );
        }
        why = await checkHealth(client);
        if (why !== undefined) await Promise.race([exit, new Promise((r) => setTimeout(r, POLL_MS))]);
      }
      version = await getVersion(client);
    } catch (error) {
      signalGroup(pid, 'SIGKILL');
      await exited;
      throw error;
    } finally {
      client.close();
    }
    startSeconds = (performance.now() - started) / 1000;
  };

  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<boolean> => {
    const pid = child?.pid;
    if (pid === undefined || child?.exitCode !== null || child.signalCode !== null) return false;
    signalGroup(pid, signal);
    let forced = false;
    const force = setTimeout(() => {
      forced = true;
      signalGroup(pid, 'SIGKILL');
    }, STOP_GRACE_MS);
    await exited;
    clearTimeout(force);
    return forced;
  };

  const stop = async (): Promise<void> => {
    // milvus-lite drains on SIGINT (KeyboardInterrupt) and dies at once on SIGTERM; the Go server drains on SIGTERM.
    await kill(kind === 'lite' ? 'SIGINT' : 'SIGTERM');
    // Whatever it started (none expected) goes with the group.
    if (child?.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
    rmSync(root, { recursive: true, force: true });
  };

  try {
    await spawnAndWait();
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }

  return {
    kind,
    port,
    uri: `http://127.0.0.1:${port}`,
    dataDir: join(root, 'data'),
    auth,
    get version() {
      return version;
    },
    get pid() {
      return child?.pid ?? 0;
    },
    get startSeconds() {
      return startSeconds;
    },
    kill,
    async restart() {
      if (child !== undefined && child.exitCode === null && child.signalCode === null) {
        throw new RealServerError(`${kind} is still running: kill() it before restart()`);
      }
      await checkPortFree(port, `${kind} gRPC`);
      await spawnAndWait();
    },
    stop,
    logTail: (lines = 20) => tail(logFile, lines),
  };
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function lastLine(file: string): string {
  return tail(file, 1).slice(0, 300) || '(no output)';
}
