/**
 * Helpers for integration specs on loopback, shared with the chaos suite: every server and
 * connection made through `server`, `connect` and `track` is stopped after the spec (by the
 * root hook in `hooks.ts`), and every wait is for an event, never for a guessed time.
 */
import { filter, firstValueFrom, scan, takeWhile, toArray } from 'rxjs';
import type { MilvexOptions } from '../../lib/config/config.js';
import { Connection, type ConnectionState, type StartOptions } from '../../lib/connection/connection.js';
import type { ConnectionEvent, ConnectionEventType } from '../../lib/connection/events.js';
import { type MilvusTestServer, type TestServerOptions, startMilvusTestServer } from '../../lib/testing/index.js';

/**
 * What the helpers started, kept on `globalThis`: mocha loads the root hook (`hooks.ts`) with
 * `require` and the specs with `import`, so this module can exist twice, and both copies must
 * see the same lists.
 */
const started = ((globalThis as Record<symbol, unknown>)[Symbol.for('milvex.spec.started')] ??= {
  servers: [] as MilvusTestServer[],
  connections: [] as Connection[],
}) as { servers: MilvusTestServer[]; connections: Connection[] };
const { servers, connections } = started;

/** A test server that is stopped after the current spec. */
export async function server(options: TestServerOptions = {}): Promise<MilvusTestServer> {
  const started = await startMilvusTestServer(options);
  servers.push(started);
  return started;
}

/** Fast reconnects for specs and the chaos suite; the shape of the curve is specified in virtual time elsewhere. */
export const QUICK: MilvexOptions = { reconnectBaseDelay: 100, reconnectMaxDelay: 1000, connectTimeout: 2000 };

/** A connection to `target` that is disconnected after the current spec. */
export function connect(target: MilvusTestServer, options: MilvexOptions = {}, start: StartOptions = {}): Connection {
  const conn = Connection.start({ host: '127.0.0.1', port: target.port, ...QUICK, ...options }, start);
  connections.push(conn);
  return conn;
}

/** Keeps a connection for cleanup after the spec. */
export function track(conn: Connection): Connection {
  connections.push(conn);
  return conn;
}

/** Resolves when the connection reaches `state`. */
export function reach(conn: Connection, state: ConnectionState): Promise<ConnectionState> {
  return firstValueFrom(conn.state$.pipe(filter((s) => s === state)));
}

/** Resolves with the `count`-th event of `type` from now on. */
export function nthEvent<T extends ConnectionEventType>(conn: Connection, type: T, count = 1): Promise<Extract<ConnectionEvent, { type: T }>> {
  const matching$ = conn.events$.pipe(filter((event): event is Extract<ConnectionEvent, { type: T }> => event.type === type));
  return firstValueFrom(
    matching$.pipe(
      scan((acc, event) => ({ n: acc.n + 1, event }), { n: 0, event: undefined as Extract<ConnectionEvent, { type: T }> | undefined }),
      filter((acc) => acc.n >= count),
    ),
  ).then((acc) => acc.event as Extract<ConnectionEvent, { type: T }>);
}

/** Every state the connection goes through until `closed`. */
export function statesUntilClosed(conn: Connection): Promise<ConnectionState[]> {
  return firstValueFrom(
    conn.state$.pipe(
      takeWhile((s) => s !== 'closed', true),
      toArray(),
    ),
  );
}

/** Disconnects every connection and stops every server made through these helpers so far. */
export async function stopStarted(): Promise<void> {
  await Promise.all(connections.splice(0).map((conn) => conn.disconnect()));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
}

/**
 * Resolves once `condition()` holds, checking every few milliseconds; for states no event
 * announces (the server side's TCP connection count, the handles the process holds).
 * Rejects naming `what` after `timeoutMs`.
 */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Resolves with what `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
