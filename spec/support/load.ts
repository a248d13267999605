/**
 * A steady call load for integration specs: workers that each send calls back to back until
 * stopped, counting what succeeded and keeping every failure.
 */
import { Subject, filter, firstValueFrom } from 'rxjs';
import type { Connection } from '../../lib/connection/connection.js';

/** A running load. */
export interface SteadyLoad {
  /** Calls that succeeded so far. */
  readonly succeeded: number;
  /** Every failure so far. */
  readonly failures: readonly unknown[];
  /** Resolves once `count` more calls than now have succeeded. */
  more(count: number): Promise<void>;
  /** Stops the workers and resolves when their last calls have settled. */
  stop(): Promise<{ succeeded: number; failures: readonly unknown[] }>;
}

/**
 * Starts one loop a sender: each sends its call back to back until stopped.
 *
 * @param senders - what each worker sends
 * @param gaveUp - whether to stop after a failure (a closed connection fails every call at once)
 */
export function callLoops(senders: ReadonlyArray<() => Promise<unknown>>, gaveUp: () => boolean = () => false): SteadyLoad {
  let running = true;
  let succeeded = 0;
  const failures: unknown[] = [];
  const progress = new Subject<number>();
  const loop = async (send: () => Promise<unknown>): Promise<void> => {
    while (running) {
      try {
        await send();
        succeeded += 1;
        progress.next(succeeded);
      } catch (error) {
        failures.push(error);
        // Stop rather than spin: a hundred failures tell enough.
        if (gaveUp() || failures.length >= 100) running = false;
        await new Promise(setImmediate);
      }
    }
  };
  const loops = senders.map(loop);
  return {
    get succeeded() {
      return succeeded;
    },
    failures,
    async more(count) {
      const target = succeeded + count;
      await firstValueFrom(progress.pipe(filter((done) => done >= target)));
    },
    async stop() {
      running = false;
      await Promise.all(loops);
      progress.complete();
      return { succeeded, failures };
    },
  };
}

/**
 * Starts `workers` loops of CheckHealth calls on `conn`.
 *
 * @param conn - the connection under load
 * @param workers - calls in flight at once
 * @param timeout - each call's deadline (ms)
 */
export function steadyLoad(conn: Connection, workers = 8, timeout = 10_000): SteadyLoad {
  const send = () => conn.call('CheckHealth', {}, { timeout });
  return callLoops(
    Array.from({ length: workers }, () => send),
    () => conn.state === 'closed',
  );
}
