/**
 * One clock for calls and waits: a deadline is a number on the scheduler's clock
 * (`scheduler.now() + timeout`); it becomes a `Date` only where grpc-js takes one.
 *
 * Node timers hold at most 2^31−1 ms (about 24.8 days): a longer delay fires at once with
 * a `TimeoutOverflowWarning`, and grpc-js throws "Deadline is too far in the future"
 * for deadlines it cannot encode. So long waits are chained timers, and a deadline beyond
 * what grpc-js holds is enforced by milvex alone.
 */
import { NEVER, type Observable, type SchedulerLike, map, switchMap, timer } from 'rxjs';

/** The largest delay a Node.js timer accepts, in milliseconds (2^31 − 1). */
export const MAX_TIMER_MS = 2_147_483_647;

/** A point in time on a scheduler's clock, in ms; `Infinity` for none. */
export type Deadline = number;

/**
 * The deadline `timeoutMs` from now.
 *
 * @param scheduler - the clock
 * @param timeoutMs - milliseconds, or `Infinity`
 * @returns `scheduler.now() + timeoutMs`
 */
export function deadlineAfter(scheduler: SchedulerLike, timeoutMs: number): Deadline {
  return scheduler.now() + timeoutMs;
}

/** Milliseconds left until `deadline` (0 once it passed; `Infinity` for none). */
export function remainingMs(scheduler: SchedulerLike, deadline: Deadline): number {
  return Math.max(0, deadline - scheduler.now());
}

/**
 * Emits once after `delayMs` (never for `Infinity`), however long: delays beyond the
 * longest Node timer are chained.
 *
 * @param delayMs - milliseconds, or `Infinity`
 * @param scheduler - where the timers run
 */
export function longTimer(delayMs: number, scheduler: SchedulerLike): Observable<void> {
  if (delayMs === Infinity) return NEVER;
  if (delayMs <= MAX_TIMER_MS) return timer(Math.max(0, delayMs), scheduler).pipe(map(() => undefined));
  return timer(MAX_TIMER_MS, scheduler).pipe(switchMap(() => longTimer(delayMs - MAX_TIMER_MS, scheduler)));
}

/** Emits once when `deadline` passes (never for `Infinity`). */
export function atDeadline(deadline: Deadline, scheduler: SchedulerLike): Observable<void> {
  return longTimer(remainingMs(scheduler, deadline), scheduler);
}

/**
 * The deadline as grpc-js takes it: a `Date` in wall-clock time, or `Infinity` when it is
 * further away than grpc-js can hold (milvex's own timer then ends the call).
 *
 * @param scheduler - the clock the deadline is on
 * @param deadline - the deadline
 */
export function grpcDeadline(scheduler: SchedulerLike, deadline: Deadline): Date | number {
  const remaining = remainingMs(scheduler, deadline);
  return remaining > MAX_TIMER_MS ? Infinity : new Date(Date.now() + remaining);
}
