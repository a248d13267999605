/**
 * Idempotent inserts, as Milvus 2.6.24 / 3.0.2 and later do them: an `Insert` that carries
 * an `idempotency-key` metadata entry is answered, for as long as the key is within the
 * window, with the first insert's reply, and adds no rows again. Milvus accepts a key only
 * when the cluster enables it (`streaming.idempotency.enabled`, here the test server's
 * `idempotentWrites` option) and the collection does (its property
 * `collection.insert.idempotency.enabled` = `true`); otherwise it rejects the call with
 * 1100 (invalid parameter), before anything is written. A key is scoped to its database and
 * collection, and at most {@link MAX_IDEMPOTENCY_KEY_BYTES} bytes long.
 */
import type { Catalog } from './catalog.js';
import { MilvusFailure, ok } from './status.js';
import { MAX_IDEMPOTENCY_KEY_BYTES } from '../../transport/metadata.js';

/** The collection property that enables keyed inserts (`true` / `false`). */
export const INSERT_IDEMPOTENCY_PROPERTY = 'collection.insert.idempotency.enabled';

/** How long a key is remembered, in ms. */
export const IDEMPOTENCY_WINDOW_MS = 60 * 60 * 1000;

/** The methods that take a key. */
const KEYED_METHODS: ReadonlySet<string> = new Set(['Insert']);

function rejected(reason: string): object {
  return { status: new MilvusFailure('parameterInvalid', reason).toStatus() };
}

/** The first reply of each key, and when it was given. */
export class IdempotencyWindow {
  readonly #seen = new Map<string, { readonly at: number; readonly reply: object }>();

  /**
   * @param catalog - where the collections' properties are
   * @param enabled - the cluster setting (`streaming.idempotency.enabled`)
   * @param now - the clock of the window
   */
  constructor(
    private readonly catalog: Catalog,
    private readonly enabled: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The reply of a call: `run()`'s, or the first reply of its key within the window.
   *
   * @param method - the MilvusService method
   * @param request - its request (its `collection_name` scopes the key)
   * @param database - the database it is for
   * @param key - its `idempotency-key` metadata, if it sent one
   * @param run - answers it for real
   */
  answer(method: string, request: unknown, database: string | undefined, key: string | undefined, run: () => object): object {
    if (key === undefined || !KEYED_METHODS.has(method)) return run();
    if (!this.enabled) return rejected('idempotency key is not accepted when idempotent write is globally disabled');
    if (Buffer.byteLength(key) > MAX_IDEMPOTENCY_KEY_BYTES) {
      return rejected(`idempotency key length ${Buffer.byteLength(key)} exceeds limit ${MAX_IDEMPOTENCY_KEY_BYTES}`);
    }
    const { collection_name: collectionName, db_name: requested } = request as { collection_name?: unknown; db_name?: unknown };
    const db = typeof requested === 'string' && requested !== '' ? requested : database;
    let collection;
    try {
      collection = this.catalog.collection(db, typeof collectionName === 'string' ? collectionName : '');
    } catch {
      return run(); // no such collection: the method's own answer says so
    }
    const property = collection.properties.find((pair) => pair.key === INSERT_IDEMPOTENCY_PROPERTY);
    if (property?.value.toLowerCase() !== 'true') return rejected('idempotency key is not accepted when collection idempotent write is disabled');
    const scope = JSON.stringify([collection.database, collection.name, key]);
    const at = this.now();
    const first = this.#seen.get(scope);
    if (first !== undefined && at - first.at < IDEMPOTENCY_WINDOW_MS) return first.reply;
    const reply = run();
    const status = ((reply as { status?: { code?: number } }).status ?? ok()).code;
    // Only a write that was applied is remembered: a failed one may be tried again.
    if (status === 0) this.#seen.set(scope, { at, reply });
    return reply;
  }
}
