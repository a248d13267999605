/**
 * `AbortSignal` handling shared by the waits of the connection and by calls: checking the
 * option, and turning an abort into a typed `ConnectionError`.
 *
 * Many calls often share one signal (a request scope): each signal gets one listener of
 * ours, whatever the number of calls, so Node never warns of a listener leak
 * (`MaxListenersExceededWarning` comes at 11 listeners).
 */
import { NEVER, Observable } from 'rxjs';
import { ConnectionError, InvalidError } from '../errors.js';

/**
 * Checks a `signal` option.
 *
 * @throws InvalidError (field `signal`) for anything but an `AbortSignal`
 */
export function checkSignal(signal: unknown): void {
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new InvalidError('signal', 'Invalid option "signal": expected an AbortSignal');
  }
}

/** The error an abort of `signal` gives: `ConnectionError` `aborted`, with the signal's reason as cause. */
export function abortError(signal: AbortSignal, target: { host: string; port: number }, detail: string): ConnectionError {
  return new ConnectionError('aborted', target, detail, { cause: signal.reason });
}

/** What waits on each signal; the one listener of a signal runs them all. */
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Runs `callback` when `signal` aborts, through the signal's one listener of ours.
 *
 * @returns the unregister
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = waiting.get(signal);
  if (callbacks === undefined) {
    const created = new Set<() => void>();
    callbacks = created;
    waiting.set(signal, created);
    signal.addEventListener(
      'abort',
      () => {
        waiting.delete(signal);
        for (const run of created) run();
      },
      { once: true },
    );
  }
  callbacks.add(callback);
  const registered = callbacks;
  return () => registered.delete(callback);
}

/**
 * Errors with {@link abortError} when `signal` aborts (at once if it already has); never
 * emits, and never ends without a signal.
 */
export function whenAborted(signal: AbortSignal | undefined, target: { host: string; port: number }, detail: string): Observable<never> {
  if (signal === undefined) return NEVER;
  return new Observable<never>((subscriber) => {
    if (signal.aborted) {
      subscriber.error(abortError(signal, target, detail));
      return undefined;
    }
    return onAbort(signal, () => subscriber.error(abortError(signal, target, detail)));
  });
}
