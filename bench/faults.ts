/**
 * The fault table: how many calls each client fails per fault, under the same steady load.
 * For every fault, a fresh test server and a fresh set of clients; each client runs the same
 * number of CheckHealth loops with the same deadline; the fault is injected while they run,
 * and the load goes on until every client has succeeded again after it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type MilvusTestServer, type TestServerOptions, startMilvusTestServer } from '../lib/testing/index.js';
import { type BenchClient, bareGrpc, milvexCall, milvexClient, officialSdk, officialSdkOverMilvex } from './clients.js';
import { table } from './stats.js';

/** Options of the milvex clients: keepalive short enough to notice a blackhole within it. */
export const FAULT_MILVEX_OPTIONS = { keepaliveTime: 5000, keepaliveTimeout: 1000 } as const;

/** One fault: how the server is started, and what is done to it while the load runs. */
interface Fault {
  readonly name: string;
  readonly server?: TestServerOptions;
  inject(server: MilvusTestServer): Promise<void>;
}

/** What one client did under one fault. */
interface Tally {
  readonly client: string;
  issued: number;
  failed: number;
  /** Failure messages, counted. */
  readonly reasons: Map<string, number>;
  /** When its last success after the fault settled; undefined before one. */
  recoveredAt: number | undefined;
}

/** The clients, each with its own connection to `address`. */
function faultClients(address: string): BenchClient[] {
  return [
    milvexCall(address, 'milvex conn.call', FAULT_MILVEX_OPTIONS),
    milvexClient(address, FAULT_MILVEX_OPTIONS),
    bareGrpc(address),
    officialSdk(address),
    officialSdkOverMilvex(address, FAULT_MILVEX_OPTIONS),
  ];
}

/** The first line of what a failure says, without addresses and times that differ per run. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '')
    .replace(/\d+\.\d+\.\d+\.\d+:\d+/g, 'host:port')
    .replace(/\(\d{4}-[^)]*\)/g, '')
    .slice(0, 120);
}

/**
 * Runs the load on every client, injects the fault once the load is steady, and stops once
 * every client has succeeded after the fault (or `settleMs` after it at the latest), and the
 * load has run steadily again. A loop whose call failed waits 10 ms before its next one.
 */
async function underFault(fault: Fault, options: { workers: number; deadlineMs: number; steadyMs: number; settleMs: number }): Promise<Tally[]> {
  const server = await startMilvusTestServer(fault.server ?? {});
  const clients = faultClients(server.address);
  await Promise.all(clients.map((client) => client.checkHealth(10_000)));
  let faultedAt = Number.POSITIVE_INFINITY;
  let running = true;
  const tallies = clients.map((client): Tally => ({ client: client.name, issued: 0, failed: 0, reasons: new Map(), recoveredAt: undefined }));
  const loops = clients.flatMap((client, index) =>
    Array.from({ length: options.workers }, async () => {
      const tally = tallies[index] as Tally;
      while (running) {
        tally.issued += 1;
        const issuedAt = performance.now();
        try {
          await client.checkHealth(options.deadlineMs);
          if (issuedAt > faultedAt) tally.recoveredAt ??= performance.now();
        } catch (error) {
          tally.failed += 1;
          const reason = reasonOf(error);
          tally.reasons.set(reason, (tally.reasons.get(reason) ?? 0) + 1);
          // A client that fails at once must not spin the CPU away from the others.
          await sleep(10);
        }
      }
    }),
  );
  await sleep(options.steadyMs);
  faultedAt = performance.now();
  await fault.inject(server);
  const giveUpAt = performance.now() + options.settleMs;
  while (tallies.some((tally) => tally.recoveredAt === undefined) && performance.now() < giveUpAt) await sleep(50);
  await sleep(options.steadyMs); // steady again: failures that come late still count
  running = false;
  await Promise.all(loops);
  await Promise.all(clients.map((client) => client.close()));
  await server.stop();
  return tallies;
}

/**
 * The fault table, one row a client and one column a fault.
 *
 * @param quick - run briefly, to check the benchmark itself
 * @param log - progress lines
 * @returns the Markdown table, then what the failures said
 */
export async function faultTable(quick: boolean, log: (line: string) => void): Promise<string> {
  const outageMs = quick ? 500 : 2000;
  const blackholeMs = quick ? 2000 : 8000;
  const faults: Fault[] = [
    {
      name: `kill, restart after ${outageMs / 1000} s`,
      inject: async (server) => {
        await server.kill();
        await sleep(outageMs);
        await server.restart();
      },
    },
    { name: 'GOAWAY', inject: (server) => server.goaway() },
    { name: 'max connection age 1 s', server: { maxConnectionAgeMs: 1000 }, inject: () => sleep(quick ? 1500 : 4000) },
    {
      name: 'drop connections',
      inject: (server) => {
        server.dropConnections();
        return Promise.resolve();
      },
    },
    {
      name: `blackhole ${blackholeMs / 1000} s`,
      inject: async (server) => {
        server.blackhole();
        await sleep(blackholeMs);
        server.heal();
      },
    },
  ];
  const options = { workers: 8, deadlineMs: 10_000, steadyMs: quick ? 300 : 1000, settleMs: 15_000 };
  const columns: Tally[][] = [];
  for (const fault of faults) {
    log(`faults: ${fault.name}`);
    columns.push(await underFault(fault, options));
  }
  const names = (columns[0] ?? []).map((tally) => tally.client);
  const rows = names.map((name, index) => [name, ...columns.map((column) => `${column[index]?.failed ?? 0} of ${column[index]?.issued ?? 0}`)]);
  const reasons = names.flatMap((name, index) => {
    const seen = new Map<string, number>();
    for (const column of columns) for (const [reason, count] of column[index]?.reasons ?? []) seen.set(reason, (seen.get(reason) ?? 0) + count);
    return [...seen]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([reason, count]) => `- ${name}: ${count} × \`${reason}\``);
  });
  const header = ['client', ...faults.map((fault) => `${fault.name}: calls failed`)];
  return `${table(header, rows)}\n\n${reasons.length === 0 ? 'No call failed.' : `What the failures said (the most frequent per client):\n\n${reasons.join('\n')}`}`;
}
