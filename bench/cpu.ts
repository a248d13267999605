/**
 * Client CPU per call and throughput on one channel: what `conn.call` and `conn.client()`
 * cost over a bare grpc-js client (the floor), next to the official SDK, against a
 * `milvex/testing` server in a process of its own (so that the client's CPU is its own).
 *
 * CPU per call is this process's user + system CPU time over a fixed number of unary
 * CheckHealth calls, divided by their number. Several rounds; within a round every client is
 * measured twice, in a palindrome (A B C D D C B A) that starts at a client rotated every
 * round, so that a drift of the machine's load within the round hits every client alike.
 * Every measurement starts on a collected heap (`gc()`, which `npm run bench` exposes), so
 * that no client pays for the garbage of the one before it, and every client is warmed up at
 * each concurrency before it is measured. The tables show the median over the rounds, and
 * each client's ratio to bare grpc-js as the median of its per-round ratios: a change of the
 * machine's load between rounds (other processes on a shared machine) moves both sides of a
 * round's ratio alike.
 */
import { Connection } from '../lib/index.js';
import { type BenchClient, bareGrpc, milvexCall, milvexClient, officialSdk } from './clients.js';
import { type IoClient, TOP_K, bareGrpcIo, milvexDataIo, milvexIo, officialSdkIo } from './io-clients.js';
import { createCollection, makeSearchable, queryVectors, rowBatches } from './io-collection.js';
import { serverInChild } from './server-process.js';
import { median, spread, table } from './stats.js';

/** What one run of the section does. */
export interface CpuPlan {
  /** Rounds; every client measured twice per round. */
  readonly rounds: number;
  /** Calls per measurement at each concurrency. */
  readonly calls: Readonly<Record<number, number>>;
  /** Seconds per throughput measurement. */
  readonly seconds: number;
  /** Searches per measurement at each concurrency of {@link SEARCH_CONCURRENCIES}. */
  readonly searches: Readonly<Record<number, number>>;
}

export const CPU_PLAN: CpuPlan = { rounds: 7, calls: { 1: 750, 16: 2500, 64: 2500 }, seconds: 1, searches: { 1: 200, 8: 400 } };
export const CPU_QUICK_PLAN: CpuPlan = { rounds: 1, calls: { 1: 100, 16: 250, 64: 250 }, seconds: 0.15, searches: { 1: 20, 8: 40 } };

/**
 * The searched collection: {@link SEARCH_ROWS} rows of {@link SEARCH_DIM} floats, exact (FLAT)
 * search, top {@link TOP_K}, one query vector a call. Few enough rows that the server answers
 * in about a millisecond: the client's CPU per search is the call's, not the wait's.
 */
const SEARCH_ROWS = 1000;
const SEARCH_DIM = 768;
const SEARCH_COLLECTION = 'cpu_search';
/** Concurrencies of the CPU-per-search rows. */
const SEARCH_CONCURRENCIES = [1, 8] as const;

/** Concurrencies of the CPU rows and of the throughput rows. */
export const CPU_CONCURRENCIES = [1, 16, 64] as const;
export const THROUGHPUT_CONCURRENCIES = [64, 256] as const;

/** A full collection where `--expose-gc` allows it: a measurement starts with no one else's garbage. */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/** What one measurement saw: the calls made, and what they took (CPU time in µs, or seconds). */
interface Measured {
  readonly calls: number;
  readonly spent: number;
}

/** Makes `calls` calls, `concurrency` at a time; `spent`: the CPU time they took, in µs. */
async function cpuOf(call: () => Promise<void>, concurrency: number, calls: number): Promise<Measured> {
  let left = calls;
  collect();
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left > 0) {
        left -= 1;
        await call();
      }
    }),
  );
  const used = process.cpuUsage(before);
  return { calls, spent: used.user + used.system };
}

/** Calls at `concurrency` for `seconds`; `spent`: the seconds they took. */
async function rateOf(client: BenchClient, concurrency: number, seconds: number): Promise<Measured> {
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
  return { calls: done, spent: (performance.now() - startedAt) / 1000 };
}

/**
 * `measure` for each client twice, in a palindrome starting at the client `round` picks.
 *
 * @returns per client, its two measurements added up
 */
async function inTurn<C>(clients: readonly C[], round: number, measure: (client: C) => Promise<Measured>): Promise<Measured[]> {
  const order = clients.map((_, step) => (round + step) % clients.length);
  const sums = clients.map(() => ({ calls: 0, spent: 0 }));
  for (const index of [...order, ...[...order].reverse()]) {
    const measured = await measure(clients[index] as C);
    const sum = sums[index] as { calls: number; spent: number };
    sum.calls += measured.calls;
    sum.spent += measured.spent;
  }
  return sums;
}

/** The per-round values of each client as table rows: median (range), and the median (range) of its per-round ratios to the first client. */
function ratioRows(names: readonly string[], measured: Map<number, number[][]>, unit: string, decimals: number): string[][] {
  return [...measured.entries()].flatMap(([concurrency, perClient]) => {
    const floor = perClient[0] ?? [];
    return names.map((name, index) => {
      const values = perClient[index] ?? [];
      const ratios = values.map((value, round) => value / (floor[round] ?? Number.NaN));
      return [
        String(concurrency),
        name,
        spread(values, unit, decimals),
        `${median(ratios).toFixed(2)}x (${Math.min(...ratios).toFixed(2)}..${Math.max(...ratios).toFixed(2)})`,
      ];
    });
  });
}

/** Each of `concurrencies` mapped to one empty list of values a client. */
const perConcurrency = (concurrencies: readonly number[], clients: number): Map<number, number[][]> =>
  new Map(concurrencies.map((concurrency) => [concurrency, Array.from({ length: clients }, () => [])]));

/** The searched collection, made through `admin` and filled by `writer` (not timed); and the query vectors, taken in turn. */
async function searchCollection(admin: Connection, writer: IoClient): Promise<() => readonly number[]> {
  await createCollection(admin, SEARCH_COLLECTION, SEARCH_DIM);
  for (const batch of rowBatches(SEARCH_ROWS, SEARCH_ROWS, SEARCH_DIM)) await writer.insert(SEARCH_COLLECTION, batch);
  await makeSearchable(admin, SEARCH_COLLECTION);
  const queries = queryVectors(SEARCH_DIM);
  let next = 0;
  return () => queries[next++ % queries.length] as readonly number[];
}

/**
 * The section: one table of CPU per call (concurrency 1, 16, 64), one of throughput (64, 256),
 * one of CPU per search (concurrency 1, 8).
 *
 * @param plan - rounds, calls, seconds and searches
 * @param log - progress lines
 */
export async function cpuBenchmark(plan: CpuPlan, log: (line: string) => void): Promise<string> {
  const server = await serverInChild(1);
  const clients = [bareGrpc(server.address), milvexCall(server.address), milvexClient(server.address), officialSdk(server.address)];
  const searchers: IoClient[] = [
    bareGrpcIo(server.address),
    milvexIo(server.address),
    milvexDataIo(server.address, SEARCH_DIM),
    officialSdkIo(server.address),
  ];
  const admin = Connection.start({ host: '127.0.0.1', port: server.port });
  try {
    const query = await searchCollection(admin, searchers[0] as IoClient);
    const health = (client: BenchClient) => () => client.checkHealth(10_000);
    const search = (client: IoClient) => () => client.search(SEARCH_COLLECTION, query());
    // Warm-up, not measured: JIT, connections, and each concurrency's streams.
    for (const client of clients) {
      await client.checkHealth(10_000);
      for (const concurrency of [...CPU_CONCURRENCIES, ...THROUGHPUT_CONCURRENCIES])
        await cpuOf(health(client), concurrency, Math.max(500, 4 * concurrency));
    }
    for (const searcher of searchers) for (const concurrency of SEARCH_CONCURRENCIES) await cpuOf(search(searcher), concurrency, 50 * concurrency);
    const cpu = perConcurrency(CPU_CONCURRENCIES, clients.length);
    const rates = perConcurrency(THROUGHPUT_CONCURRENCIES, clients.length);
    const searchCpu = perConcurrency(SEARCH_CONCURRENCIES, searchers.length);
    for (let round = 0; round < plan.rounds; round += 1) {
      log(`cpu: round ${round + 1} of ${plan.rounds}`);
      for (const concurrency of CPU_CONCURRENCIES) {
        const calls = plan.calls[concurrency] ?? 1000;
        const measured = await inTurn(clients, round, (client) => cpuOf(health(client), concurrency, calls));
        measured.forEach(({ calls: made, spent }, index) => cpu.get(concurrency)?.[index]?.push(spent / made));
      }
      for (const concurrency of THROUGHPUT_CONCURRENCIES) {
        const measured = await inTurn(clients, round, (client) => rateOf(client, concurrency, plan.seconds));
        measured.forEach(({ calls: made, spent }, index) => rates.get(concurrency)?.[index]?.push(made / spent));
      }
      for (const concurrency of SEARCH_CONCURRENCIES) {
        const searches = plan.searches[concurrency] ?? 100;
        const measured = await inTurn(searchers, round, (searcher) => cpuOf(search(searcher), concurrency, searches));
        measured.forEach(({ calls: made, spent }, index) => searchCpu.get(concurrency)?.[index]?.push(spent / made));
      }
    }
    const names = clients.map((client) => client.name);
    return [
      `Client CPU per unary CheckHealth (user + system time of the client process / calls; ${plan.rounds} rounds of two measurements a client, median; vs bare grpc-js: median (range) of the per-round ratios):`,
      '',
      table(['concurrency', 'client', 'CPU per call: median (range)', 'vs bare grpc-js: median (range)'], ratioRows(names, cpu, 'µs', 1)),
      '',
      `Throughput on one channel (${plan.rounds} rounds of two ${plan.seconds} s measurements a client, median; vs bare grpc-js: median (range) of the per-round ratios):`,
      '',
      table(['concurrency', 'client', 'calls/s: median (range)', 'vs bare grpc-js: median (range)'], ratioRows(names, rates, '', 0)),
      '',
      `Client CPU per Search (one query vector of ${SEARCH_DIM} floats, top ${TOP_K} by L2 of ${SEARCH_ROWS.toLocaleString('en')} rows, FLAT; the data API's \`collection.search\` takes the vector as numbers and returns typed hits; ${plan.rounds} rounds of two measurements a client, median; vs bare grpc-js as above):`,
      '',
      table(
        ['concurrency', 'client', 'CPU per search: median (range)', 'vs bare grpc-js: median (range)'],
        ratioRows(
          searchers.map((searcher) => searcher.name),
          searchCpu,
          'µs',
          0,
        ),
      ),
    ].join('\n');
  } finally {
    await Promise.all([...clients.map((client) => client.close()), ...searchers.map((searcher) => searcher.close()), admin.disconnect()]);
    await server.stop();
  }
}
