/**
 * Real Milvus servers for your own tests, from the repo:
 *
 *   npx tsx scripts/real-milvus.ts install [lite|standalone]     pinned versions into .venv-real/ (both by default)
 *   npx tsx scripts/real-milvus.ts start <lite|standalone> [--port N] [--auth]
 *
 * `start` prints the server's URI on the first line of stdout and serves until SIGINT or
 * SIGTERM, then stops the server (and everything it started) and removes its data directory.
 * Any failure (no Python, a failed install, a port taken, a server that does not come up) is
 * one line on stderr and exit code 1.
 */
import {
  REAL_SERVER_KINDS,
  RealServerError,
  type RealServerKind,
  install,
  leftoverProcesses,
  startRealServer,
} from '../spec/real/support/real-server.js';

const USAGE = 'usage: real-milvus.ts install [lite|standalone] | start <lite|standalone> [--port N] [--auth]';

function kindOf(word: string | undefined): RealServerKind {
  if (word === 'lite' || word === 'standalone') return word;
  throw new RealServerError(`expected lite or standalone, got ${word ?? 'nothing'} (${USAGE})`);
}

function portOf(word: string | undefined): number {
  const port = Number(word);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new RealServerError(`--port expects an integer from 1 to 65535, got ${word ?? 'nothing'}`);
  return port;
}

async function start(args: readonly string[]): Promise<void> {
  const kind = kindOf(args[0]);
  let port: number | undefined;
  let auth = false;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--port') port = portOf(args[++i]);
    else if (args[i] === '--auth') auth = true;
    else throw new RealServerError(`unknown option ${args[i]} (${USAGE})`);
  }
  const server = await startRealServer(kind, { ...(port === undefined ? {} : { port }), auth });
  console.log(server.uri);
  console.error(
    `${kind} Milvus ${server.version} on ${server.uri}${auth ? ' (auth: root / Milvus)' : ''}, healthy after ${server.startSeconds.toFixed(1)} s; data in ${server.dataDir}; Ctrl+C stops it`,
  );
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.error(`${signal}: stopping ${kind}`);
  await server.stop();
  const left = leftoverProcesses();
  if (left.length > 0) throw new RealServerError(`processes left behind: ${left.join(' | ')}`);
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'install') {
    const kinds = args[0] === undefined ? REAL_SERVER_KINDS : [kindOf(args[0])];
    for (const kind of kinds) {
      const result = install(kind);
      console.log(`${kind}: ${result.packages.join(' ')} ${result.reused ? 'already installed' : 'installed'} in ${result.seconds.toFixed(1)} s`);
    }
  } else if (command === 'start') {
    await start(args);
  } else {
    throw new RealServerError(USAGE);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(`real-milvus: ${error instanceof RealServerError ? error.message : String(error)}`);
  process.exitCode = 1;
}
