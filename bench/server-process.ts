/**
 * Starts `server-child.ts` (a `milvex/testing` server in processes of its own) from a
 * benchmark, so that the clients under test do not share a CPU with the server.
 */
import { spawn } from 'node:child_process';

/** A server running in a child process. */
export interface ServerProcess {
  /** The port clients connect to on 127.0.0.1. */
  readonly port: number;
  /** `127.0.0.1:<port>`. */
  readonly address: string;
  /** Stops the server; resolves once its process exited. */
  stop(): Promise<void>;
}

/**
 * Starts the server in `workers` processes (`node:cluster` workers sharing one port).
 *
 * @param workers - server processes; with more than one, each holds its own in-memory Milvus
 * @returns the running server, once it listens
 */
export async function serverInChild(workers: number): Promise<ServerProcess> {
  const script = new URL('server-child.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(workers)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('error', reject);
    void exited.then(() => reject(new Error('the server process exited before it listened')));
  });
  return {
    port,
    address: `127.0.0.1:${port}`,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
