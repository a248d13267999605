/**
 * A steady call load for integration specs: workers that each send CheckHealth back to back
 * until stopped, counting what succeeded and keeping every failure.
 */
import { Subject, filter, firstValueFrom } from 'rxjs';
import type { Connection } from '../../lib/connection.js';

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
 * Starts `workers` loops of CheckHealth calls on `conn`.
 *
 * @param conn - the connection under load
 * @param workers - calls in flight at once
 * @param timeout - each call's deadline (ms)
 */
export function steadyLoad(conn: Connection, workers = 8, timeout = 10_000): SteadyLoad {
  let running = true;
  let succeeded = 0;
  const failures: unknown[] = [];
  const progress = new Subject<number>();
  const loop = async (): Promise<void> => {
    while (running) {
      try {
        await conn.call('CheckHealth', {}, { timeout });
        succeeded += 1;
        progress.next(succeeded);
      } catch (error) {
        failures.push(error);
        // A closed connection fails every call at once: stop rather than spin; a hundred
        // failures tell enough.
        if (conn.state === 'closed' || failures.length >= 100) running = false;
        await new Promise(setImmediate);
      }
    }
  };
  const loops = Array.from({ length: workers }, loop);
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
