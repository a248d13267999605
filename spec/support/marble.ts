/**
 * Starting a connection on scripted fake channels in virtual time, for marble specs.
 */
import { type SchedulerLike, type VirtualTimeScheduler, of } from 'rxjs';
import type { MilvexOptions } from '../../lib/config/config.js';
import { type ConnectionState, startConnection } from '../../lib/connection/connection.js';
import type { ConnectionEvent } from '../../lib/connection/events.js';
import type { Handshake } from '../../lib/transport/handshake.js';
import { type Script, scriptedChannels } from './fake-channel.js';

/** Marble letters of the connection states. */
export const STATES: Record<string, ConnectionState> = { c: 'connecting', C: 'connected', r: 'reconnecting', x: 'closed' };

/** No jitter, so that every delay is exact. */
export const EXACT: MilvexOptions = { host: 'milvus.test', reconnectJitter: 0 };

/** A handshake that succeeds at once. */
export const handshakeOk: Handshake = () => of({ identifier: '7' });

/** Lets promise callbacks queued during a virtual-time run settle. */
export const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Starts a connection whose n-th channel follows `scripts[n]`, recording its events.
 *
 * @returns the connection, its events, the fake channels and the create/close log
 */
export function startScripted(
  scheduler: SchedulerLike,
  scripts: Script[],
  options: MilvexOptions = {},
  handshake: Handshake = handshakeOk,
  random?: () => number,
) {
  const fakes = scriptedChannels(scheduler, scripts);
  const conn = startConnection(
    { ...EXACT, ...options },
    { scheduler, createChannel: fakes.factory, handshake, ...(random === undefined ? {} : { random }) },
  );
  const events: ConnectionEvent[] = [];
  conn.events$.subscribe((event) => events.push(event));
  return { conn, events, ...fakes };
}

/** Runs virtual time up to `until`, a frame at a time, letting promise callbacks run in between. */
export async function advance(scheduler: VirtualTimeScheduler, until: number): Promise<void> {
  for (;;) {
    await settled();
    const next = scheduler.actions[0];
    if (next === undefined || next.delay > until) break;
    scheduler.maxFrames = next.delay;
    scheduler.flush();
  }
  scheduler.frame = Math.max(scheduler.frame, until);
  await settled();
}

/** Where a promise stands, readable synchronously. */
export function watch<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; settledAt?: number } = {};
  return {
    state,
    promise: promise.then(
      (value) => void (state.value = value),
      (error: unknown) => void (state.error = error),
    ),
  };
}
