/**
 * Helpers for the chaos suite: many connections at once, waits for all of them, and a
 * count of the handles the process holds. The fast reconnect curve and the waits are the
 * specs' own (`spec/support/live.ts`).
 */
import { Connection, type ConnectionState } from '../lib/connection/connection.js';
import type { MilvexOptions } from '../lib/config/config.js';
import type { MilvusTestServer } from '../lib/testing/index.js';
import { QUICK, reach, until } from '../spec/support/live.js';

/** `count` connections to `server`, on the specs' fast reconnect curve. */
export function connectMany(server: MilvusTestServer, count: number, options: MilvexOptions = {}): Connection[] {
  return Array.from({ length: count }, () => Connection.start({ host: '127.0.0.1', port: server.port, ...QUICK, ...options }));
}

/** Resolves when every connection is in `state`. */
export function allReach(connections: Connection[], state: ConnectionState): Promise<unknown> {
  return Promise.all(connections.map((conn) => reach(conn, state)));
}

/** How many handles of each kind keep the event loop alive now. */
export function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Heap in use after a full collection (the suite runs with --expose-gc). */
export function settledHeap(): number {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Resolves once `settled` holds for the active handles: sockets close a few event-loop turns
 * after `destroy()`. Rejects when they have not within `until`'s bound.
 */
export function handlesSettle(settled: (handles: Record<string, number>) => boolean): Promise<void> {
  return until(() => settled(activeHandles()), 'the active handles to settle');
}

/** A seeded pseudo-random source (mulberry32), so that a chaos run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fault the test server can inject and how it ends; each step is done at once or when its promise settles. */
export interface Fault {
  start(server: MilvusTestServer): Promise<void> | void;
  end(server: MilvusTestServer): Promise<void> | void;
}

/** The faults the test server can inject, each with how it ends. */
export const FAULTS = {
  kill: { start: (server) => server.kill(), end: (server) => server.restart() },
  goaway: { start: (server) => server.goaway(), end: () => undefined },
  blackhole: { start: (server) => server.blackhole(), end: (server) => server.heal() },
  stall: { start: (server) => server.stall(), end: (server) => server.heal() },
} as const satisfies Record<string, Fault>;

/** The name of a fault. */
export type FaultName = keyof typeof FAULTS;
