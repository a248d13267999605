/**
 * Reading a whole collection in batches: pages of a query ordered by primary key, each asking
 * for the keys after the last one seen (`id > 41`), so that no offset grows and rows written
 * meanwhile after the cursor are still seen. Milvus returns a limited query's rows in key
 * order, which is what makes the last row's key the cursor.
 *
 * `pages` pulls a page when the consumer asks (`for await`); `pages$` is the same as a cold
 * Observable: each subscription runs its own pages, and unsubscribing aborts the call in
 * flight and makes no other.
 */
import { Observable } from 'rxjs';

/** Fetches the page after a cursor (`undefined`: the first), with a signal that cancels the call. */
export type FetchPage<T> = (
  after: bigint | string | undefined,
  signal: AbortSignal | undefined,
) => Promise<{ rows: T[]; last: bigint | string | undefined }>;

/**
 * The pages of a query, one call each, until a page comes back short.
 *
 * @param fetch - fetches a page
 * @param batchSize - rows a page
 * @param signal - cancels the call in flight
 */
export async function* pages<T>(fetch: FetchPage<T>, batchSize: number, signal: AbortSignal | undefined): AsyncGenerator<T[], void, undefined> {
  let after: bigint | string | undefined;
  for (;;) {
    const { rows, last } = await fetch(after, signal);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize || last === undefined) return;
    after = last;
  }
}

/**
 * `pages` as a cold Observable of batches.
 *
 * @param run - starts the pages with a signal that unsubscribing aborts
 * @param signal - the caller's own signal, which also ends it
 */
export function pages$<T>(run: (signal: AbortSignal) => AsyncIterable<T[]>, signal: AbortSignal | undefined): Observable<T[]> {
  return new Observable<T[]>((subscriber) => {
    const controller = new AbortController();
    const forward = (): void => controller.abort(signal?.reason);
    if (signal?.aborted === true) forward();
    else signal?.addEventListener('abort', forward, { once: true });
    void (async () => {
      try {
        for await (const batch of run(controller.signal)) {
          subscriber.next(batch);
          // An unsubscribe (take(1), say) during next: ask for no further page.
          if (subscriber.closed) return;
        }
        subscriber.complete();
      } catch (error) {
        // After an unsubscribe the aborted call's rejection has no one to go to.
        if (!subscriber.closed) subscriber.error(error);
      }
    })();
    return () => {
      signal?.removeEventListener('abort', forward);
      controller.abort();
    };
  });
}
