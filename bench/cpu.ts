/**
 * Client CPU per call and throughput on one channel: what `conn.call` and `conn.client()`
 * cost over a bare grpc-js client (the floor), next to the official SDK, against a
 * `milvex/testing` server in a process of its own (so that the client's CPU is its own).
 *
 * CPU per call is this process's user + system CPU time over a fixed number of unary
 * CheckHealth calls, divided by their number; several rounds, the clients taking turns
 * within each round in an order rotated every round, so that drift in the machine's load
 * hits all alike. Every measurement starts on a collected heap (`gc()`, which `npm run bench`
 * exposes), so that no client pays for the garbage of the one before it, and every client is
 * warmed up at each concurrency before it is measured. The tables show the median over the
 * rounds, and each client's ratio to bare grpc-js as the median of its per-round ratios: each
 * round's pair measured back to back, so that a change of the machine's load between rounds
 * (other processes on a shared machine) moves both sides of a ratio alike.
 */
import { type BenchClient, bareGrpc, milvexCall, milvexClient, officialSdk } from './clients.js';
import { serverInChild } from './server-process.js';
import { median, spread, table } from './stats.js';

/** What one run of the section does. */
export interface CpuPlan {
  /** Rounds; every client measured once per round. */
  readonly rounds: number;
  /** Calls per measurement at each concurrency. */
  readonly calls: Readonly<Record<number, number>>;
  /** Seconds per throughput measurement. */
  readonly seconds: number;
}

export const CPU_PLAN: CpuPlan = { rounds: 7, calls: { 1: 1500, 16: 5000, 64: 5000 }, seconds: 1 };
export const CPU_QUICK_PLAN: CpuPlan = { rounds: 1, calls: { 1: 200, 16: 500, 64: 500 }, seconds: 0.3 };

/** Concurrencies of the CPU rows and of the throughput rows. */
export const CPU_CONCURRENCIES = [1, 16, 64] as const;
export const THROUGHPUT_CONCURRENCIES = [64, 256] as const;

/** A full collection where `--expose-gc` allows it: a measurement starts with no one else's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** Sends `calls` calls, `concurrency` at a time; resolves with the CPU time they took, in µs. */
async function cpuOf(client: BenchClient, concurrency: number, calls: number): Promise<number> {
  let left = calls;
  collect();
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left > 0) {
        left -= 1;
        await client.checkHealth(10_000);
      }
    }),
  );
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** Calls per second at `concurrency` for `seconds`. */
async function rateOf(client: BenchClient, concurrency: number, seconds: number): Promise<number> {
  let done = 0;
  collect();
  const startedAt = performance.now();
  const stopAt = startedAt + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < stopAt) {
        await client.checkHealth(10_000);
        done += 1;
      }
    }),
  );
  // Over the time it took: the calls still in flight at `stopAt` count, and so does their time.
  return done / ((performance.now() - startedAt) / 1000);
}

/** `run` for each client in an order rotated by `round`. */
async function inTurn(clients: readonly BenchClient[], round: number, run: (client: BenchClient, index: number) => Promise<void>): Promise<void> {
  for (let step = 0; step < clients.length; step += 1) {
    const index = (round + step) % clients.length;
    await run(clients[index] as BenchClient, index);
  }
}

/**
 * The section: one table of CPU per call (concurrency 1, 16, 64), one of throughput (64, 256).
 *
 * @param plan - rounds, calls and seconds
 * @param log - progress lines
 */
export async function cpuBenchmark(plan: CpuPlan, log: (line: string) => void): Promise<string> {
  const server = await serverInChild(1);
  const clients = [bareGrpc(server.address), milvexCall(server.address), milvexClient(server.address), officialSdk(server.address)];
  try {
    // Warm-up, not measured: JIT, connections, and each concurrency's streams.
    for (const client of clients) {
      await client.checkHealth(10_000);
      for (const concurrency of [...CPU_CONCURRENCIES, ...THROUGHPUT_CONCURRENCIES]) await cpuOf(client, concurrency, Math.max(500, 4 * concurrency));
    }
    const cpu = new Map<number, number[][]>(CPU_CONCURRENCIES.map((c) => [c, clients.map(() => [])]));
    const rates = new Map<number, number[][]>(THROUGHPUT_CONCURRENCIES.map((c) => [c, clients.map(() => [])]));
    for (let round = 0; round < plan.rounds; round += 1) {
      log(`cpu: round ${round + 1} of ${plan.rounds}`);
      for (const concurrency of CPU_CONCURRENCIES) {
        const calls = plan.calls[concurrency] ?? 1000;
        await inTurn(clients, round, async (client, index) => {
          cpu.get(concurrency)?.[index]?.push((await cpuOf(client, concurrency, calls)) / calls);
        });
      }
      for (const concurrency of THROUGHPUT_CONCURRENCIES) {
        await inTurn(clients, round, async (client, index) => {
          rates.get(concurrency)?.[index]?.push(await rateOf(client, concurrency, plan.seconds));
        });
      }
    }
    const rows = (measured: Map<number, number[][]>, unit: string, decimals: number): string[][] =>
      [...measured.entries()].flatMap(([concurrency, perClient]) => {
        const floor = perClient[0] ?? [];
        return clients.map((client, index) => {
          const values = perClient[index] ?? [];
          const ratios = values.map((value, round) => value / (floor[round] ?? Number.NaN));
          return [
            String(concurrency),
            client.name,
            spread(values, unit, decimals),
            `${median(ratios).toFixed(2)}x (${Math.min(...ratios).toFixed(2)}..${Math.max(...ratios).toFixed(2)})`,
          ];
        });
      });
    return [
      `Client CPU per unary CheckHealth (user + system time of the client process / calls; ${plan.rounds} rounds, median; vs bare grpc-js: median (range) of the per-round ratios):`,
      '',
      table(['concurrency', 'client', 'CPU per call: median (range)', 'vs bare grpc-js: median (range)'], rows(cpu, 'µs', 1)),
      '',
      `Throughput on one channel (${plan.seconds} s per measurement, ${plan.rounds} rounds, median; vs bare grpc-js: median (range) of the per-round ratios):`,
      '',
      table(['concurrency', 'client', 'calls/s: median (range)', 'vs bare grpc-js: median (range)'], rows(rates, '', 0)),
    ].join('\n');
  } finally {
    await Promise.all(clients.map((client) => client.close()));
    await server.stop();
  }
}
