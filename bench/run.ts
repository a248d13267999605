/**
 * `npm run bench`: how milvex holds up and how fast it is, side by side with a bare grpc-js
 * client (the floor) and the official Milvus Node SDK, all against the same `milvex/testing`
 * server. Writes `bench/RESULTS.md`, `bench/recovery.svg` and the README's Performance block.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { filter, firstValueFrom } from 'rxjs';
import { Connection, type ConnectionState } from '../lib/index.js';
import { startMilvusTestServer } from '../lib/testing/index.js';
import { README, withBlock } from '../scripts/readme-block.js';
import { type CallMark, type StateSpan, type TimelineRow, recoveryChart } from './chart.js';
import { type BenchClient, bareGrpc, milvexCall, milvexClient, officialSdk } from './clients.js';
import { CPU_PLAN, CPU_QUICK_PLAN, cpuBenchmark } from './cpu.js';
import { FAULT_MILVEX_OPTIONS, faultTable } from './faults.js';
import { IO_PLAN, IO_QUICK_PLAN, ioBenchmark } from './io.js';
import { searchSpeed } from './search.js';
import { serverInChild } from './server-process.js';
import { median, quantile, spread, table } from './stats.js';

const COMMAND = 'npm run bench';
/** `BENCH_QUICK=1 npm run bench` runs every benchmark briefly, to check the suite itself; its figures mean nothing and are not written. */
const QUICK = process.env['BENCH_QUICK'] === '1';
const here = (file: string): string => new URL(file, import.meta.url).pathname;
const log = (line: string): void => console.log(line);
const reach = (conn: Connection, state: ConnectionState): Promise<unknown> => firstValueFrom(conn.state$.pipe(filter((s) => s === state)));

// ---- 1. recovery ---------------------------------------------------------------------

const OUTAGE_MS = 3000;
const KILL_AT_MS = 500;
const RECOVERY_REPETITIONS = QUICK ? 1 : 5;

interface RecoveryRun {
  name: string;
  recoveryMs: number | undefined;
  outageOk: number;
  outageTotal: number;
  calls: CallMark[];
  states?: StateSpan[];
}

function recoveryClients(address: string): BenchClient[] {
  return [
    milvexCall(address, 'milvex (defaults)'),
    milvexCall(address, 'milvex (base 250 ms, max 1 s)', { reconnectBaseDelay: 250, reconnectMaxDelay: 1000 }),
    bareGrpc(address),
    officialSdk(address),
  ];
}

async function recoveryOnce(): Promise<RecoveryRun[]> {
  const server = await startMilvusTestServer();
  const clients = recoveryClients(server.address);
  await Promise.all(clients.map((client) => client.checkHealth(10_000)));
  const t0 = performance.now();
  const now = (): number => performance.now() - t0;
  const states = clients.map(() => [] as StateSpan[]);
  clients.forEach((client, i) =>
    client.connection?.state$.subscribe((state) => {
      const spans = states[i] as StateSpan[];
      const last = spans.at(-1);
      if (last !== undefined) spans[spans.length - 1] = { ...last, toMs: now() };
      spans.push({ fromMs: now(), toMs: now(), state });
    }),
  );
  const records = clients.map(() => [] as Array<{ issuedMs: number; settledMs?: number; ok?: boolean; done: Promise<void> }>);
  let restartMs = Number.POSITIVE_INFINITY;
  const recovered = (i: number): boolean => (records[i] ?? []).some((r) => r.ok === true && (r.settledMs ?? 0) >= restartMs);
  const ticker = setInterval(() => {
    clients.forEach((client, i) => {
      if (recovered(i)) return;
      const record: { issuedMs: number; settledMs?: number; ok?: boolean; done: Promise<void> } = { issuedMs: now(), done: Promise.resolve() };
      record.done = client.checkHealth(10_000).then(
        () => Object.assign(record, { ok: true, settledMs: now() }) && undefined,
        () => Object.assign(record, { ok: false, settledMs: now() }) && undefined,
      );
      records[i]?.push(record);
    });
  }, 100);
  await sleep(KILL_AT_MS);
  await server.kill();
  const killMs = now();
  await sleep(OUTAGE_MS);
  await server.restart();
  restartMs = now();
  const deadline = restartMs + 15_000;
  while (!clients.every((_, i) => recovered(i)) && now() < deadline) await sleep(50);
  clearInterval(ticker);
  await Promise.all(records.flat().map((r) => r.done));
  // The chart ends a second after the last call was issued, not when the slowest one settled.
  const end = Math.max(...records.flat().map((r) => r.issuedMs)) + 1000;
  const runs = clients.map((client, i): RecoveryRun => {
    const mine = records[i] ?? [];
    const firstOk = mine.filter((r) => r.ok === true && (r.settledMs ?? 0) >= restartMs).map((r) => (r.settledMs ?? 0) - restartMs);
    const duringOutage = mine.filter((r) => r.issuedMs >= killMs && r.issuedMs < restartMs);
    const spans = states[i] ?? [];
    const last = spans.at(-1);
    if (last !== undefined) spans[spans.length - 1] = { ...last, toMs: end };
    return {
      name: client.name,
      recoveryMs: firstOk.length === 0 ? undefined : Math.min(...firstOk),
      outageOk: duringOutage.filter((r) => r.ok === true).length,
      outageTotal: duringOutage.length,
      calls: mine.map((r) => ({ issuedMs: r.issuedMs, ok: r.ok === true })),
      ...(client.connection === undefined ? {} : { states: spans }),
    };
  });
  await Promise.all(clients.map((client) => client.close()));
  await server.stop();
  chartData ??= { runs, killMs, restartMs, end };
  return runs;
}

let chartData: { runs: RecoveryRun[]; killMs: number; restartMs: number; end: number } | undefined;

async function recovery(): Promise<string> {
  const all: RecoveryRun[][] = [];
  for (let i = 0; i < RECOVERY_REPETITIONS; i++) {
    log(`recovery: repetition ${i + 1} of ${RECOVERY_REPETITIONS}`);
    all.push(await recoveryOnce());
  }
  const names = all[0]?.map((run) => run.name) ?? [];
  const rows = names.map((name, i) => {
    const mine = all.map((runs) => runs[i] as RecoveryRun);
    const times = mine.flatMap((run) => (run.recoveryMs === undefined ? [] : [run.recoveryMs]));
    const ok = mine.map((run) => run.outageOk);
    const total = mine.map((run) => run.outageTotal);
    return [
      name,
      `${spread(times, 'ms')}${times.length < mine.length ? ` (${mine.length - times.length} runs never recovered)` : ''}`,
      `${median(ok)} of ${median(total)} (${Math.min(...ok)}..${Math.max(...ok)})`,
    ];
  });
  if (chartData !== undefined) {
    const chartRows: TimelineRow[] = chartData.runs.map((run) => ({
      name: run.name,
      calls: run.calls,
      ...(run.states === undefined ? {} : { states: run.states }),
    }));
    if (!QUICK && ONLY === undefined)
      writeFileSync(here('recovery.svg'), recoveryChart(chartRows, { killMs: chartData.killMs, restartMs: chartData.restartMs }, chartData.end));
  }
  return table(
    ['client', 'restart to first successful CheckHealth: median (range)', 'calls issued during the outage that succeeded: median (range)'],
    rows,
  );
}

// ---- 2. call overhead ----------------------------------------------------------------

const OVERHEAD_SECONDS = QUICK ? 0.5 : 5;

async function load(client: BenchClient, concurrency: number, seconds: number): Promise<{ rate: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  const stopAt = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < stopAt) {
        const started = performance.now();
        await client.checkHealth(10_000);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { rate: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

async function overhead(): Promise<string> {
  const server = await startMilvusTestServer();
  const rows: string[][] = [];
  for (const concurrency of [1, 64]) {
    const results: Array<{ name: string; rate: number; p50: number; p99: number }> = [];
    for (const make of [bareGrpc, (address: string) => milvexCall(address), milvexClient, officialSdk]) {
      const client = make(server.address);
      await client.checkHealth(10_000);
      log(`overhead: ${client.name} at concurrency ${concurrency}`);
      await load(client, concurrency, OVERHEAD_SECONDS / 5); // warm-up: JIT and connections, not measured
      results.push({ name: client.name, ...(await load(client, concurrency, OVERHEAD_SECONDS)) });
      await client.close();
      server.clearCalls();
    }
    const floor = results[0]?.rate ?? 1;
    for (const r of results) {
      rows.push([String(concurrency), r.name, r.rate.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), `${(r.rate / floor).toFixed(2)}`]);
    }
  }
  await server.stop();
  return table(['concurrency', 'client', 'calls/s', 'p50 ms', 'p99 ms', 'calls/s vs bare grpc-js'], rows);
}

// ---- 2b. pool throughput ------------------------------------------------------------

const POOL_CONCURRENCY = 256;

/** Server processes the pool benchmark runs against: one, and as many as there are cores. */
const POOL_SERVER_WORKERS = [...new Set([1, Math.max(2, cpus().length)])];

/** Rounds of the pool benchmark: every client measured once per round, in turn, so that drift hits all alike. */
const POOL_ROUNDS = QUICK ? 1 : 3;
const POOL_ROUND_SECONDS = QUICK ? 0.5 : 3;

async function pool(): Promise<string> {
  const rows: string[][] = [];
  for (const workers of POOL_SERVER_WORKERS) {
    const server = await serverInChild(workers);
    const { address } = server;
    const clients = [
      bareGrpc(address),
      milvexCall(address, 'milvex conn.call, one channel'),
      milvexCall(address, 'milvex conn.call, poolSize 2', { poolSize: 2 }),
      milvexCall(address, 'milvex conn.call, poolSize 4', { poolSize: 4 }),
    ];
    for (const client of clients) {
      await client.checkHealth(10_000);
      await load(client, POOL_CONCURRENCY, 1); // warm-up (every member connects), not measured
    }
    const runs = clients.map(() => [] as Array<{ rate: number; p50: number; p99: number }>);
    for (let round = 1; round <= POOL_ROUNDS; round += 1) {
      log(`pool: round ${round} of ${POOL_ROUNDS} at concurrency ${POOL_CONCURRENCY}, ${workers} server process(es)`);
      // In an order rotated every round, so that no client is always the one measured first.
      for (let step = 0; step < clients.length; step += 1) {
        const index = (round + step) % clients.length;
        runs[index]?.push(await load(clients[index] as BenchClient, POOL_CONCURRENCY, POOL_ROUND_SECONDS));
      }
    }
    const rateOf = (index: number): number => median((runs[index] ?? []).map((run) => run.rate));
    const single = rateOf(1);
    for (const [index, client] of clients.entries()) {
      const measured = runs[index] ?? [];
      rows.push([
        String(workers),
        client.name,
        spread(
          measured.map((run) => run.rate),
          '',
        ),
        median(measured.map((run) => run.p50)).toFixed(2),
        median(measured.map((run) => run.p99)).toFixed(2),
        index === 0 ? '' : (rateOf(index) / single).toFixed(2),
      ]);
      await client.close();
    }
    await server.stop();
  }
  return table(['server processes', 'client', 'calls/s: median (range)', 'p50 ms', 'p99 ms', 'median calls/s vs one milvex channel'], rows);
}

// ---- 3. scale ------------------------------------------------------------------------

const SCALE_CONNECTIONS = QUICK ? 50 : 1000;
const SCALE_IDLE_MS = QUICK ? 1000 : 10_000;

interface ScaleRun {
  figures: Record<string, number>;
  exitedAt: number;
  code: number | null;
}

/** Runs `scale-child.ts` for one kind of connection to completion. */
function scaleChild(port: number, kind: 'milvex' | 'bare'): Promise<ScaleRun> {
  const args = ['--expose-gc', '--import', 'tsx', here('scale-child.ts'), String(port), String(SCALE_CONNECTIONS), kind, String(SCALE_IDLE_MS)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ figures: JSON.parse(text) as Record<string, number>, exitedAt: Date.now(), code }));
  });
}

/** Builds the package: the scale benchmark measures milvex as users get it. */
function build(): Promise<void> {
  return new Promise((resolve, reject) =>
    spawn('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
      .on('error', reject)
      .on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build exited with ${code}`)))),
  );
}

async function scale(): Promise<string> {
  log('scale: building the package');
  await build();
  log(`scale: ${SCALE_CONNECTIONS} connections in a child process, then as many bare grpc-js channels`);
  const server = await startMilvusTestServer();
  const milvex = await scaleChild(server.port, 'milvex');
  const bare = await scaleChild(server.port, 'bare');
  await server.stop();
  const { figures, exitedAt, code } = milvex;
  const kib = (run: ScaleRun, figure: string): string => `${((run.figures[figure] ?? 0) / 1024).toFixed(1)} KiB`;
  const ratio = (figures['heapPerConnection'] ?? 0) / (bare.figures['heapPerConnection'] ?? 1);
  const rows = [
    ['connections', String(figures['count'])],
    ['time until all connected', `${(figures['connectedMs'] ?? 0).toFixed(0)} ms`],
    ['heap per connection', `${kib(milvex, 'heapPerConnection')} (${ratio.toFixed(2)}x the bare channel)`],
    ['heap per bare grpc-js channel + Connect handshake', kib(bare, 'heapPerConnection')],
    ['RSS per connection', `${kib(milvex, 'rssPerConnection')} (bare channel: ${kib(bare, 'rssPerConnection')})`],
    [`CPU used while idle for ${SCALE_IDLE_MS / 1000} s`, `${(figures['idleCpuMs'] ?? 0).toFixed(0)} ms`],
    ['file descriptors open', String(figures['fdsOpen'])],
    [
      'process exited by itself after disconnecting all',
      `${code === 0 ? 'yes' : `no (code ${code})`}, ${exitedAt - (figures['disconnectedAt'] ?? exitedAt)} ms after the last disconnect`,
    ],
  ];
  return table(['measure', 'value'], rows);
}

// ---- 4. herd -------------------------------------------------------------------------

const HERD_CONNECTIONS = QUICK ? 50 : 500;

async function herd(): Promise<string> {
  log(`herd: ${HERD_CONNECTIONS} connections, server killed and restarted`);
  const server = await startMilvusTestServer();
  const connections = Array.from({ length: HERD_CONNECTIONS }, () => Connection.start({ host: '127.0.0.1', port: server.port }));
  await Promise.all(connections.map((conn) => conn.firstConnected()));
  const attempts: number[] = [];
  let t0 = 0;
  for (const conn of connections) conn.events$.subscribe((event) => event.type === 'connecting' && attempts.push(performance.now() - t0));
  t0 = performance.now();
  await server.kill();
  await sleep(2500); // the outage: long enough for the first backed-off wave
  await server.restart();
  await Promise.all(connections.map((conn) => reach(conn, 'connected')));
  const windows = new Map<number, number>();
  for (const at of attempts) windows.set(Math.floor(at / 100), (windows.get(Math.floor(at / 100)) ?? 0) + 1);
  await Promise.all(connections.map((conn) => conn.disconnect()));
  await server.stop();
  const rows = [...windows.entries()].sort((a, b) => a[0] - b[0]).map(([w, n]) => [`${w * 100}..${w * 100 + 99} ms`, String(n)]);
  // The first backed-off wave waits 1000 ms ± 10 %: spread evenly over 200 ms, that is 50 % of the herd a 100 ms window.
  const secondWave = attempts.filter((at) => at >= 500 && at < 2500).length;
  const peak = Math.max(...[...windows.entries()].filter(([w]) => w >= 5 && w < 25).map(([, n]) => n));
  return `${table(['window after the kill', 'reconnect attempts'], rows)}\n\nThe immediate attempts after the loss all fall in the first window (by design: the first attempt after losing an established connection is immediate). The first backed-off wave (${secondWave} attempts between 500 and 2500 ms) peaks at ${peak} in one 100 ms window; jitter 0.1 promises that wave spread over 900..1100 ms, at most about ${Math.ceil(secondWave / 2)} a window if spread evenly.`;
}

// ---- 5. detection --------------------------------------------------------------------

async function detection(): Promise<string> {
  const killTimes: number[] = [];
  const blackholeTimes: number[] = [];
  const stallTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    log(`detection: repetition ${i + 1} of 3`);
    const server = await startMilvusTestServer();
    const conn = Connection.start({ host: '127.0.0.1', port: server.port, keepaliveTime: 5000, keepaliveTimeout: 1000 });
    await conn.firstConnected();
    let started = performance.now();
    await server.kill();
    await reach(conn, 'reconnecting');
    killTimes.push(performance.now() - started);
    await server.restart();
    await reach(conn, 'connected');
    server.blackhole();
    started = performance.now();
    await reach(conn, 'reconnecting');
    blackholeTimes.push(performance.now() - started);
    await conn.disconnect();
    server.heal();
    server.stall();
    const stalled = Connection.start({ host: '127.0.0.1', port: server.port, connectTimeout: 2000 });
    const attemptStarted = await firstValueFrom(stalled.events$.pipe(filter((e) => e.type === 'connecting'))).then(() => performance.now());
    await firstValueFrom(stalled.events$.pipe(filter((e) => e.type === 'retry')));
    stallTimes.push(performance.now() - attemptStarted);
    await stalled.disconnect();
    await server.stop();
  }
  return table(
    ['fault', 'time until milvex knows: median (range)'],
    [
      ['server killed -> `reconnecting`', spread(killTimes, 'ms', 1)],
      ['blackhole -> `reconnecting` (keepalive 5000 / 1000 ms)', spread(blackholeTimes, 'ms')],
      ['stalled server (TCP, no HTTP/2) -> attempt ended (connectTimeout 2000 ms)', spread(stallTimes, 'ms')],
    ],
  );
}

// ---- the report ----------------------------------------------------------------------

const IO_RUN = QUICK ? IO_QUICK_PLAN : IO_PLAN;
const started = new Date();
/** `BENCH_ONLY=recovery,herd` runs only those benchmarks (and writes nothing). */
const ONLY = process.env['BENCH_ONLY']?.split(',');
const skipped = (): Promise<string> => Promise.resolve('(not run)');
/** The CPU section between markers, so that \`BENCH_ONLY=cpu\` can rewrite it alone. */
const cpuBlock = (text: string): string => `<!-- bench-cpu:start -->\n${text}\n<!-- bench-cpu:end -->`;
const pick = (name: string, run: () => Promise<string>): Promise<string> => (ONLY === undefined || ONLY.includes(name) ? run() : skipped());
const sections = {
  recovery: await pick('recovery', recovery),
  overhead: await pick('overhead', overhead),
  cpu: await pick('cpu', () => cpuBenchmark(QUICK ? CPU_QUICK_PLAN : CPU_PLAN, log)),
  pool: await pick('pool', pool),
  scale: await pick('scale', scale),
  herd: await pick('herd', herd),
  detection: await pick('detection', detection),
  faults: await pick('faults', () => faultTable(QUICK, log)),
  search: await pick('search', () => searchSpeed(QUICK ? 5 : 50)),
  io: await pick('io', () => ioBenchmark(IO_RUN, log)),
};
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node.js ${process.version}; ${process.platform}`;
const report = `# Benchmark results

Written by \`${COMMAND}\` on ${started.toISOString().slice(0, 10)}. Machine: ${machine}.
Every client runs against the same \`milvex/testing\` server on 127.0.0.1 (a grpc-js server
behind a TCP relay), in one process unless said otherwise. Figures from one machine and one
run: compare the rows, not the absolute numbers.

## 1. Recovery

The server is killed and restarted after ${OUTAGE_MS / 1000} s; every client sends a CheckHealth every
100 ms with a 10 s deadline (the official SDK: its client timeout, 10 s). ${RECOVERY_REPETITIONS} repetitions.
Timeline of the first repetition: [recovery.svg](recovery.svg).

${sections.recovery}

## 2. Call overhead

Unary CheckHealth for ${OVERHEAD_SECONDS} s per row, after ${OVERHEAD_SECONDS / 5} s of warm-up.

${sections.overhead}

## 2a. Client CPU per call

The same CheckHealth against a test server in a process of its own, so that the CPU time
measured is the client's alone (the machine's other load moves it: compare rows of one run).
\`BENCH_ONLY=cpu ${COMMAND}\` runs this section alone and rewrites only its block here and in the README.
Then the same for a Search of a small loaded collection (the server answers in about a
millisecond, so that the CPU per call is the call's, not the wait's): the data API's
\`collection.search\` (a query vector as numbers in, typed hits out) against \`conn.call\` and bare
grpc-js sending the Search request built by hand, and the official SDK's \`search\`.

${cpuBlock(sections.cpu)}

## 2b. Pool throughput

Unary CheckHealth at concurrency ${POOL_CONCURRENCY}: ${POOL_ROUNDS} rounds of ${POOL_ROUND_SECONDS} s per client, the clients taking
turns within each round in an order rotated every round (after 1 s of warm-up each), against a test server in processes of its own (the clients do not share its CPU): one
channel against pools of 2 and 4 connections (\`poolSize\`), each its own TCP connection.
With several server processes (\`node:cluster\` workers sharing one port, as a Milvus proxy
spreads connections over cores), each TCP connection is served by one process: a single
channel can use only one of them, a pool spreads over them. Where client and server share
few cores, every row is bound by the CPU and they differ within noise; a pool pays off where
one connection is the bottleneck (a server or load balancer that serves each connection on
one core, or caps its concurrent streams).

${sections.pool}

## 3. Scale

${SCALE_CONNECTIONS} connections to one server, from a child process running the built package; then as many
bare grpc-js channels, each with its own TCP connection (\`grpc.use_local_subchannel_pool\`,
grpc-js defaults otherwise), that made the same Connect handshake: the floor.

${sections.scale}

## 4. Herd

${HERD_CONNECTIONS} connections with the default backoff (base 1000 ms, jitter 0.1); the server is killed, and restarted after 2.5 s.

${sections.herd}

## 5. Detection

${sections.detection}

## 6. Faults

Each fault on a fresh server with fresh clients, under the same load: 8 loops per client, each
sending CheckHealth back to back with a 10 s deadline (the official SDK: its client timeout,
10 s). The load runs steadily, the fault is injected, and the load goes on until every client
has succeeded again. The milvex clients use keepalive ${FAULT_MILVEX_OPTIONS.keepaliveTime} / ${FAULT_MILVEX_OPTIONS.keepaliveTimeout} ms, so that they notice a
blackhole while it lasts; the others run with their defaults.

${sections.faults}

## 7. Search in the embedded Milvus

10,000 vectors of dimension 768 in the test server's in-memory Milvus; one query vector a
Search call, top-10, exact (a full scan whatever the index), through gRPC from a grpc-js
client in the same process. ${QUICK ? 5 : 50} timed calls per row after as many warm-up calls.

${sections.search}

## 8. Insert and search through each client

Real work against the test server in a process of its own (the clients do not share its
CPU), which decodes every request, stores the vectors and scans them for every search. Per
client and round: a fresh collection (Int64 key, ${IO_RUN.dim}-dimension float vector), ${IO_RUN.rows.toLocaleString('en')} rows
inserted in batches of ${IO_RUN.batch} one call at a time (the same rows for every client, made before
timing in the shape its API takes: columns for milvex \`conn.call\` and bare grpc-js, row objects for the
official SDK and for the milvex data API, whose vectors are \`Float32Array\`s), then index (FLAT) and load, then ${IO_RUN.searches} searches
(top-10, L2, one query vector a call) ${IO_RUN.concurrency} at a time. ${IO_RUN.rounds} round${IO_RUN.rounds === 1 ? '' : 's'}, the clients taking turns in an
order rotated each round, after a warm-up of one batch and a few searches each; the table
shows medians over the rounds (batch p99: of ${IO_RUN.rows / IO_RUN.batch} batches, the slowest). milvex and bare grpc-js
send the same messages (milvex's \`proto/\`); the official SDK uses its high-level
\`insert\` (rows) and \`search\`. The server scans every vector on one core, so it bounds
search throughput for every client alike, and the machine's load moves it from round to round;
the client CPU per call (this process's CPU time over the calls, the server's excluded) is the
steadier measure of what each client costs. A full garbage collection runs before each timed
phase (not timed), so that no client is charged for collecting another's garbage.

${sections.io}
`;
if (!QUICK && ONLY?.length === 1 && ONLY[0] === 'cpu') {
  // The CPU section alone: its block in RESULTS.md and in the README, nothing else.
  const cpuText = `From \`BENCH_ONLY=cpu ${COMMAND}\` on ${started.toISOString().slice(0, 10)} (${machine}):\n\n${sections.cpu}`;
  writeFileSync(here('RESULTS.md'), withBlock(readFileSync(here('RESULTS.md'), 'utf8'), 'bench-cpu', cpuText));
  writeFileSync(README, withBlock(readFileSync(README, 'utf8'), 'bench-cpu', cpuText));
  log(cpuText);
  log('wrote the CPU block of bench/RESULTS.md and of the README Performance section');
} else if (QUICK || ONLY !== undefined) {
  log(report);
} else {
  writeFileSync(here('RESULTS.md'), report);
  const readme = readFileSync(README, 'utf8');
  const summary = `From \`${COMMAND}\` (${machine}); all tables and the method in [bench/RESULTS.md](bench/RESULTS.md).\n\nRecovery after a ${OUTAGE_MS / 1000} s outage ([timeline chart](bench/recovery.svg)):\n\n${sections.recovery}\n\nCall overhead:\n\n${sections.overhead}\n\nClient CPU per call and throughput on one channel:\n\n${cpuBlock(sections.cpu)}\n\nPool throughput at concurrency ${POOL_CONCURRENCY} (server in processes of its own):\n\n${sections.pool}\n\nInsert ${IO_RUN.rows.toLocaleString('en')} rows of ${IO_RUN.dim} floats and search them (server in a process of its own):\n\n${sections.io}`;
  writeFileSync(README, withBlock(readme, 'bench', summary));
  log('wrote bench/RESULTS.md, bench/recovery.svg and the README Performance section');
}
// Everything the benchmarks started is closed: the process must now exit by itself.
setTimeout(() => log(`still running after the report: ${process.getActiveResourcesInfo().join(', ')}`), 5000).unref();
