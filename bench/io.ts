/**
 * Real work, side by side: insert 10,000 rows of 768-dimension float vectors in batches, then
 * a search loop over them, through milvex `conn.call`, a bare grpc-js client and the official
 * SDK, against the embedded in-memory Milvus of `milvex/testing` in a process of its own (it
 * decodes every request, stores the vectors, scans them for every search). Each client works
 * on a fresh collection of its own; the clients take turns within each round, in an order
 * rotated from round to round, so that drift and warm-up hit all alike.
 */
import { Connection } from '../lib/index.js';
import { type IoClient, type RowBatch, bareGrpcIo, milvexDataIo, milvexIo, officialSdkIo } from './io-clients.js';
import { createCollection, makeSearchable, queryVectors, rowBatches } from './io-collection.js';
import { serverInChild } from './server-process.js';
import { median, quantile, spread, table } from './stats.js';

/** How much work a run does. */
export interface IoPlan {
  /** Rows inserted per client and round. */
  readonly rows: number;
  /** Rows per Insert call. */
  readonly batch: number;
  /** Dimension of every vector. */
  readonly dim: number;
  /** Timed searches per client and round. */
  readonly searches: number;
  /** Searches in flight at once. */
  readonly concurrency: number;
  /** Rounds; the table shows medians over them. */
  readonly rounds: number;
}

/** The workload: 10,000 rows of 768 floats in batches of 1000, searched 8 at a time. */
export const IO_PLAN: IoPlan = { rows: 10_000, batch: 1000, dim: 768, searches: 300, concurrency: 8, rounds: 5 };
/** A brief run that only checks the benchmark works. */
export const IO_QUICK_PLAN: IoPlan = { ...IO_PLAN, searches: 40, rounds: 1 };

/** Figures of one client in one round. */
interface RoundFigures {
  rowsPerSecond: number;
  batchP99: number;
  searchesPerSecond: number;
  searchP50: number;
  searchP99: number;
  /** CPU time of the benchmark's process (the clients' side) per call, in ms. */
  insertCpuMs: number;
  searchCpuMs: number;
}

/**
 * Collects the garbage that earlier phases left (`npm run bench` runs with `--expose-gc`),
 * so that a timed phase is not charged for another client's garbage: without it the client
 * that follows one with much garbage pays for collecting it. Twice: V8 sweeps and frees the
 * buffers a collection found dead on background threads after it (CPU time of this process
 * all the same); the second collection first finishes that work of the first.
 */
const collectGarbage = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
};

/** CPU time this process used since `since`, in ms: what the client spent, free of the server's and of idle waits. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Inserts every batch, one call at a time; resolves with each call's milliseconds, the total and the CPU used. */
async function insertAll(
  client: IoClient,
  collection: string,
  batches: readonly RowBatch[],
): Promise<{ totalMs: number; batchMs: number[]; cpuMs: number }> {
  const batchMs: number[] = [];
  collectGarbage();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const batch of batches) {
    const sent = performance.now();
    await client.insert(collection, batch);
    batchMs.push(performance.now() - sent);
  }
  return { totalMs: performance.now() - started, batchMs, cpuMs: cpuMsSince(cpu) };
}

/** Runs `count` searches, `concurrency` in flight; resolves with the elapsed milliseconds, each search's and the CPU used. */
async function searchLoop(
  client: IoClient,
  collection: string,
  queries: ReadonlyArray<readonly number[]>,
  count: number,
  concurrency: number,
): Promise<{ totalMs: number; latencies: number[]; cpuMs: number }> {
  const latencies: number[] = [];
  let issued = 0;
  collectGarbage();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < count) {
        const query = queries[issued % queries.length] as readonly number[];
        issued += 1;
        const sent = performance.now();
        await client.search(collection, query);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return { totalMs: performance.now() - started, latencies, cpuMs: cpuMsSince(cpu) };
}

/** One client's round: a fresh collection, the timed insert, index and load, the timed searches, drop. */
async function round(
  admin: Connection,
  client: IoClient,
  collection: string,
  plan: IoPlan,
  batches: readonly RowBatch[],
  queries: ReadonlyArray<readonly number[]>,
): Promise<RoundFigures> {
  await createCollection(admin, collection, plan.dim);
  const insert = await insertAll(client, collection, batches);
  await makeSearchable(admin, collection);
  const search = await searchLoop(client, collection, queries, plan.searches, plan.concurrency);
  await admin.call('DropCollection', { collection_name: collection });
  return {
    rowsPerSecond: (plan.rows / insert.totalMs) * 1000,
    batchP99: quantile(insert.batchMs, 0.99),
    searchesPerSecond: (plan.searches / search.totalMs) * 1000,
    searchP50: quantile(search.latencies, 0.5),
    searchP99: quantile(search.latencies, 0.99),
    insertCpuMs: insert.cpuMs / batches.length,
    searchCpuMs: search.cpuMs / plan.searches,
  };
}

/**
 * Runs the benchmark against a server in a child process.
 *
 * @param plan - how much work
 * @param log - progress lines
 * @returns a Markdown table, one row a client, medians over the rounds
 */
export async function ioBenchmark(plan: IoPlan, log: (line: string) => void): Promise<string> {
  const server = await serverInChild(1);
  const admin = Connection.start({ host: '127.0.0.1', port: server.port });
  const clients = [bareGrpcIo(server.address), milvexIo(server.address), milvexDataIo(server.address, plan.dim), officialSdkIo(server.address)];
  const figures = clients.map(() => [] as RoundFigures[]);
  try {
    const batches = rowBatches(plan.rows, plan.batch, plan.dim);
    const queries = queryVectors(plan.dim);
    // Warm-up, not measured: every client connects and its code paths are compiled.
    const warmUp = { ...plan, rows: batches[0]?.ids.length ?? 0, searches: 2 * plan.concurrency };
    for (const [index, client] of clients.entries()) await round(admin, client, `io_warm_up_${index}`, warmUp, batches.slice(0, 1), queries);
    for (let r = 0; r < plan.rounds; r += 1) {
      log(`io: round ${r + 1} of ${plan.rounds}: ${plan.rows} rows inserted and ${plan.searches} searches per client`);
      for (let turn = 0; turn < clients.length; turn += 1) {
        const index = (r + turn) % clients.length;
        figures[index]?.push(await round(admin, clients[index] as IoClient, `io_${r}_${index}`, plan, batches, queries));
      }
    }
  } finally {
    await Promise.all([...clients.map((client) => client.close()), admin.disconnect()]);
    await server.stop();
  }
  const medianOf = (index: number, figure: keyof RoundFigures): number => median((figures[index] ?? []).map((f) => f[figure]));
  const rows = clients.map((client, index) => {
    const measured = figures[index] ?? [];
    return [
      client.name,
      spread(
        measured.map((f) => f.rowsPerSecond),
        '',
      ),
      medianOf(index, 'batchP99').toFixed(1),
      (medianOf(index, 'rowsPerSecond') / medianOf(0, 'rowsPerSecond')).toFixed(2),
      medianOf(index, 'insertCpuMs').toFixed(1),
      spread(
        measured.map((f) => f.searchesPerSecond),
        '',
      ),
      medianOf(index, 'searchP50').toFixed(2),
      medianOf(index, 'searchP99').toFixed(2),
      (medianOf(index, 'searchesPerSecond') / medianOf(0, 'searchesPerSecond')).toFixed(2),
      medianOf(index, 'searchCpuMs').toFixed(2),
    ];
  });
  return table(
    [
      'client',
      'insert rows/s: median (range)',
      'insert batch p99 ms',
      'insert rows/s vs bare grpc-js',
      'client CPU ms per insert batch',
      'search/s: median (range)',
      'search p50 ms',
      'search p99 ms',
      'search/s vs bare grpc-js',
      'client CPU ms per search',
    ],
    rows,
  );
}
