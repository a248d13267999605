/**
 * `AbortSignal` handling shared by the waits of the connection and by calls: checking the
 * option, and turning an abort into a typed `ConnectionError`.
 */
import { NEVER, type Observable, fromEvent, map } from 'rxjs';
import { ConnectionError, InvalidError } from './errors.js';

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

/** Errors with {@link abortError} when `signal` aborts; never emits, and never ends without a signal. */
export function whenAborted(signal: AbortSignal | undefined, target: { host: string; port: number }, detail: string): Observable<never> {
  if (signal === undefined) return NEVER;
  return fromEvent(signal, 'abort').pipe(
    map((): never => {
      throw abortError(signal, target, detail);
    }),
  );
}
