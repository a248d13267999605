/**
 * Faults on real servers: the server process is killed (SIGKILL) in the middle of a loop of
 * reads and writes and started again on the same data directory and port; then stopped
 * gracefully (SIGTERM on the Go server, SIGINT on milvus-lite: each one's draining stop) in
 * the middle of writes. No read fails in milvex or its transport (the Go server itself answers
 * reads with "collection not loaded" while it reloads after a restart: those answers are
 * counted, and delivered as the server's `GrpcError`); every write either succeeded exactly
 * once or was rejected with `outcome_unknown` (or the server's own refusal) and is then looked
 * up; no call fails that was never sent.
 */
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { ConnectionError, GrpcError } from '../../lib/errors.js';
import type { RealServer, RealServerKind } from './support/real-server.js';
import { countRows, createCollection, indexAndLoad, insertRequest, queryIds } from './support/requests.js';
import { eachRealServer } from './support/suite.js';

const DIM = 4;
/**
 * What the server itself may answer a read with while it recovers from a restart: the Go
 * server reloads its loaded collections by itself, and until then answers 101 (collection not
 * loaded, not retriable in merr); while it stops, a proxy whose query node is gone answers
 * 65535 ("empty grpc client"). milvus-lite answers nothing of the kind.
 */
const RECOVERY_CODES: Record<RealServerKind, readonly number[]> = { lite: [], standalone: [101, 65535] };

/**
 * milvus-lite answers an insert with success before the row is durable, so it may lose
 * acknowledged rows when it stops:
 * - graceful stop: `run_server` calls `server.stop(grace=5)` (which returns at once, with an
 *   event) and then closes its database, so inserts still in flight are answered and lost;
 * - SIGKILL: rows acknowledged just before the kill were missing after the restart (seen in a
 *   CI run of this spec: two of 450).
 * The Go server stays strict. On both, no row may be applied twice and none may appear that
 * was not written.
 */
const LITE_LOSES_ACKNOWLEDGED_ON_STOP = true;

/** Rides out a restart of the Go server (a few seconds, plus reloading the collection). */
const CALL_TIMEOUT_MS = 120_000;

interface Tally {
  /** Reads that failed in milvex or the transport: none may. */
  readonly readsFailed: string[];
  /** Reads the server itself answered with a failure (the Go server while it recovers): counted by code. */
  readonly readsRefused: Map<number, number>;
  readonly writesOk: number[];
  /** Writes rejected with `outcome_unknown`, or refused by the server itself: each applied at most once. */
  readonly writesUnknown: number[];
  /** Writes that failed otherwise: none may. */
  readonly writesFailed: string[];
}

/** Whether the server itself answered with a failure (a Milvus status): milvex delivered the answer. */
function refusedByServer(error: unknown): error is GrpcError {
  return error instanceof GrpcError && error.source === 'milvus';
}

/** An error in one line, for a readable failure. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, reason } = error as Error & { code?: unknown; reason?: unknown };
  return `${error.name} ${JSON.stringify(reason ?? code ?? '')}: ${error.message}`;
}

/**
 * Runs `workers` loops, each alternating one insert of a fresh id and one read, until `stop()`
 * has been called and every loop ends its step.
 */
function loadLoop(conn: Connection, name: string, workers: number, firstId: number, kind: RealServerKind) {
  // milvus-lite forgets that a collection was loaded when it restarts (the Go server reloads
  // it by itself): a query would fail until the application loads it again, so on lite the
  // loop reads the collection's description instead.
  const read = (id: number): Promise<unknown> =>
    kind === 'lite'
      ? conn.call('DescribeCollection', { collection_name: name }, { timeout: CALL_TIMEOUT_MS })
      : conn.call('Query', { collection_name: name, expr: `id == ${id}`, output_fields: ['id'] }, { timeout: CALL_TIMEOUT_MS });
  const tally: Tally = { readsFailed: [], readsRefused: new Map(), writesOk: [], writesUnknown: [], writesFailed: [] };
  let next = firstId;
  let running = true;
  let steps = 0;
  let stepsSeen: (() => void) | undefined;
  let wantSteps = 0;
  const worker = async (): Promise<void> => {
    while (running) {
      const id = next++;
      try {
        await conn.call('Insert', insertRequest(name, [id], DIM), { timeout: CALL_TIMEOUT_MS });
        tally.writesOk.push(id);
      } catch (error) {
        if ((error instanceof ConnectionError && error.reason === 'outcome_unknown') || refusedByServer(error)) tally.writesUnknown.push(id);
        else tally.writesFailed.push(describe(error));
      }
      try {
        await read(id);
        steps++;
      } catch (error) {
        if (refusedByServer(error)) tally.readsRefused.set(error.code, (tally.readsRefused.get(error.code) ?? 0) + 1);
        else tally.readsFailed.push(describe(error));
      }
      if (steps >= wantSteps) stepsSeen?.();
    }
  };
  const loops = Promise.all(Array.from({ length: workers }, worker));
  return {
    tally,
    /** Resolves once `count` more reads of the loops have succeeded. */
    steps(count: number): Promise<void> {
      wantSteps = steps + count;
      return new Promise((resolve) => (stepsSeen = resolve));
    },
    async stop(): Promise<Tally> {
      running = false;
      await loops;
      return tally;
    },
  };
}

/**
 * Checks the writes against the rows: each acknowledged id once, each unknown one at most once,
 * nothing else. With `mayLoseAcknowledged`, an acknowledged row may be missing (the server lost
 * it, see {@link LITE_LOSES_ACKNOWLEDGED_ON_STOP}): those are counted, never more rows than written.
 */
async function checkWrites(conn: Connection, name: string, tally: Tally, before: number[], mayLoseAcknowledged = false): Promise<void> {
  await conn.call('LoadCollection', { collection_name: name }, { timeout: CALL_TIMEOUT_MS });
  const expected = [...before, ...tally.writesOk].sort((a, b) => a - b);
  const present = await queryIds(conn, name, 'id >= 0');
  const unknownPresent = tally.writesUnknown.filter((id) => present.includes(id));
  const lost = expected.filter((id) => !present.includes(id));
  expect(present, 'rows: acknowledged writes plus the unknown ones that were applied').to.deep.equal(
    [...expected.filter((id) => !mayLoseAcknowledged || !lost.includes(id)), ...unknownPresent].sort((a, b) => a - b),
  );
  if (lost.length > 0) console.log(`      acknowledged writes the server lost: ${lost.join(', ')}`);
  const refused = [...tally.readsRefused].map(([code, count]) => `${count} x ${code}`).join(', ') || 'none';
  console.log(
    `      writes: ${tally.writesOk.length} acknowledged, ${tally.writesUnknown.length} outcome_unknown or refused (${unknownPresent.length} of them applied); reads refused by the server: ${refused}`,
  );
  // count(*) counts duplicated primary keys too, which a query's result hides.
  expect(await countRows(conn, name), 'no write applied twice').to.equal(present.length);
}

async function prepare(conn: Connection, name: string): Promise<number[]> {
  await createCollection(conn, name, DIM);
  const seed = Array.from({ length: 50 }, (_, n) => n);
  await conn.call('Insert', insertRequest(name, seed, DIM));
  await indexAndLoad(conn, name);
  return seed;
}

/** Stops the server with `signal`, starts it again; resolves with whether the stop had to be forced. */
async function restartAfter(server: RealServer, signal: NodeJS.Signals): Promise<boolean> {
  const forced = await server.kill(signal);
  await server.restart();
  return forced;
}

/** The failures, one a line, for a readable assertion. */
function listed(failures: readonly string[]): string {
  return failures.map((failure) => failure.split('\n')[0]?.slice(0, 300)).join('\n');
}

/**
 * Loops of writes and reads on a fresh collection `name`, 20 steps before `fault` and 20
 * after it, then what the promise says: no read failed, no write failed but with
 * `outcome_unknown`, reads refused only with the server's recovery codes, every acknowledged
 * write present and none applied twice.
 *
 * @returns the loops' tally, for what a fault adds to check
 */
async function rideOut(server: RealServer, kind: RealServerKind, name: string, fault: () => Promise<void>): Promise<Tally> {
  const conn = Connection.start({ host: '127.0.0.1', port: server.port, reconnectBaseDelay: 200, reconnectMaxDelay: 1000 });
  try {
    const seed = await prepare(conn, name);
    const loop = loadLoop(conn, name, 4, 1000, kind);
    await loop.steps(20);
    await fault();
    await loop.steps(20);
    const tally = await loop.stop();
    expect(listed(tally.readsFailed), 'reads that failed').to.equal('');
    expect(listed(tally.writesFailed), 'writes that failed other than outcome_unknown').to.equal('');
    expect(
      [...tally.readsRefused.keys()].filter((code) => !RECOVERY_CODES[kind].includes(code)),
      'codes refusing reads',
    ).to.deep.equal([]);
    await checkWrites(conn, name, tally, seed, kind === 'lite' && LITE_LOSES_ACKNOWLEDGED_ON_STOP);
    return tally;
  } finally {
    await conn.disconnect();
  }
}

eachRealServer('faults on a real Milvus', (server, kind) => {
  it('rides out SIGKILL and a restart on the same data and port in the middle of reads and writes', async function () {
    this.timeout(300_000);
    const tally = await rideOut(server(), kind, `killed_${process.pid}`, async () => {
      await restartAfter(server(), 'SIGKILL');
    });
    expect(tally.writesOk.length).to.be.greaterThan(20);
  });

  it(`loses no call that was never sent when stopped gracefully (${kind === 'lite' ? 'SIGINT' : 'SIGTERM'}) in the middle of writes`, async function () {
    this.timeout(300_000);
    await rideOut(server(), kind, `drained_${process.pid}`, async () => {
      const forced = await restartAfter(server(), kind === 'lite' ? 'SIGINT' : 'SIGTERM');
      if (forced) console.log('      (the graceful stop did not end within 15 s: killed)');
    });
  });
});
