/**
 * Exponential backoff with jitter: the pure delay formula and the RxJS operator that
 * resubscribes a failing source after those delays.
 *
 * No I/O; time comes only from the scheduler handed in.
 *
 * @packageDocumentation
 */
import { type MonoTypeOperatorFunction, type SchedulerLike, asyncScheduler, retry, throwError, timer } from 'rxjs';
import type { Config } from '../config/config.js';

/** The shape of the backoff curve. Bounds are checked by `parseConfig`, not here. */
export interface BackoffOptions {
  /** Delay before the first retry, in milliseconds. */
  readonly baseDelay: number;
  /** Largest delay, in milliseconds. */
  readonly maxDelay: number;
  /** Growth factor from one failed attempt to the next. */
  readonly multiplier: number;
  /** Random spread as a fraction of the delay: 0.1 spreads each delay by ±10 %. */
  readonly jitter: number;
}

/** The reconnect curve a config sets (`reconnectBaseDelay`, `...MaxDelay`, `...Multiplier`, `...Jitter`). */
export function reconnectCurve(
  config: Pick<Config, 'reconnectBaseDelay' | 'reconnectMaxDelay' | 'reconnectMultiplier' | 'reconnectJitter'>,
): BackoffOptions {
  return {
    baseDelay: config.reconnectBaseDelay,
    maxDelay: config.reconnectMaxDelay,
    multiplier: config.reconnectMultiplier,
    jitter: config.reconnectJitter,
  };
}

/**
 * The delay before retry number `retry` (from 0: `backoffDelay(0)` follows the first failed
 * attempt, which the `retry` event numbers `attempt: 1`):
 * `max(1, round(d + (2 * random() - 1) * jitter * d))` with
 * `d = min(baseDelay * multiplier^retry, maxDelay)`.
 *
 * ## Example
 * ```ts
 * const curve = { baseDelay: 1000, maxDelay: 60000, multiplier: 2, jitter: 0 };
 * console.log([0, 1, 2, 3, 10].map((n) => backoffDelay(n, curve)));
 * // Output: [ 1000, 2000, 4000, 8000, 60000 ]
 * ```
 *
 * @param retry - the number of the retry, from 0 (the failed attempts before it, less one)
 * @param options - the curve
 * @param random - a source of numbers in [0, 1); pinned in specs
 * @returns a whole number of milliseconds, at least 1
 */
export function backoffDelay(retry: number, options: BackoffOptions, random: () => number = Math.random): number {
  const capped = Math.min(options.baseDelay * options.multiplier ** retry, options.maxDelay);
  const spread = (2 * random() - 1) * options.jitter * capped;
  return Math.max(1, Math.round(capped + spread));
}

/** What `onRetry` is told before each wait. */
export interface RetryInfo {
  /** The number of this retry, from 0, as `backoffDelay` takes it; restarts after the source emits. */
  readonly retry: number;
  /** How long the wait before the next attempt is, in milliseconds. */
  readonly delayMs: number;
  /** Why the attempt failed. */
  readonly error: unknown;
}

/** How `retryWithBackoff` runs. */
export interface RetryWithBackoffOptions {
  /** Where the waits are scheduled; a `TestScheduler` in specs. @default asyncScheduler */
  readonly scheduler?: SchedulerLike;
  /** The jitter's randomness. @default Math.random */
  readonly random?: () => number;
  /** Decides whether an error is worth another attempt; others pass straight through. @default every error */
  readonly isRetriable?: (error: unknown) => boolean;
  /** Told of each retry before its wait. */
  readonly onRetry?: (info: RetryInfo) => void;
}

/**
 * Resubscribes to a failing source after exponentially growing, jittered delays.
 *
 * Retry n (from 0, after the n + 1-th failure in a row) waits `backoffDelay(n)`; the count starts again once the source emits;
 * an error that `isRetriable` refuses passes straight through; unsubscribing cancels a
 * pending wait.
 *
 * ```text
 * source:  --#            (each subscription fails after 2 frames)
 * result:  --[1000ms]--#... waits 1000, 2000, 4000, ... up to maxDelay
 * ```
 *
 * ## Example
 * ```ts
 * import { defer, of, throwError } from 'rxjs';
 *
 * // Fails twice with a retriable error, then succeeds.
 * let attempts = 0;
 * const connectOnce$ = defer(() =>
 *   ++attempts < 3 ? throwError(() => new MilvexError('refused', { retriable: true })) : of(`session ${attempts}`),
 * );
 * const curve = { baseDelay: 100, maxDelay: 1000, multiplier: 2, jitter: 0 };
 * connectOnce$
 *   .pipe(
 *     retryWithBackoff(curve, {
 *       isRetriable: (error) => error instanceof MilvexError && error.retriable,
 *       onRetry: ({ retry, delayMs }) => console.log(`retry ${retry} in ${delayMs} ms`),
 *     }),
 *   )
 *   .subscribe((session) => console.log(`connected: ${session}`));
 * // Output:
 * // retry 0 in 100 ms
 * // retry 1 in 200 ms
 * // connected: session 3
 * ```
 *
 * @param options - the curve
 * @param how - scheduler, randomness, retry predicate and retry listener
 * @returns an operator mirroring the source
 */
export function retryWithBackoff<T>(options: BackoffOptions, how: RetryWithBackoffOptions = {}): MonoTypeOperatorFunction<T> {
  const scheduler = how.scheduler ?? asyncScheduler;
  const isRetriable = how.isRetriable ?? (() => true);
  return retry<T>({
    resetOnSuccess: true,
    delay: (error: unknown, retryCount: number) => {
      if (!isRetriable(error)) return throwError(() => error);
      const retry = retryCount - 1;
      const delayMs = backoffDelay(retry, options, how.random);
      how.onRetry?.({ retry, delayMs, error });
      return timer(delayMs, scheduler);
    },
  });
}
