/**
 * The official SDK (`@zilliz/milvus2-sdk-node`) over `conn.persistentChannel()`, as checks that
 * take a server's address: the specs run them against the embedded Milvus, and the same
 * functions run against any Milvus (the real servers of `spec/real/`). Each check makes its own
 * connection and SDK client, uses collections of its own (a unique name) and leaves nothing
 * behind: its collections dropped, its SDK closed, its connection disconnected.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DataType, MilvusClient } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { Subject, filter, firstValueFrom } from 'rxjs';
import { Connection, type MilvexOptions } from '../../lib/index.js';
import { nthEvent, reach } from './live.js';

/** The SDK's client class: the one this project resolves, or one loaded beside another copy of grpc-js. */
export type SdkClass = typeof MilvusClient;

/** A Milvus to run the checks against. */
export interface BridgeTarget {
  /** `host:port`, as the SDK takes it. */
  readonly address: string;
  /** Further milvex options: credentials, database, TLS. */
  readonly milvex?: MilvexOptions;
  /** Further SDK options (its `username`/`password`/`token`, ...). */
  readonly sdk?: Partial<ConstructorParameters<SdkClass>[0] & object>;
  /** The SDK class to use. @default the project's `MilvusClient` */
  readonly Sdk?: SdkClass;
}

/** What a search loop did. */
export interface SearchTally {
  readonly succeeded: number;
  readonly failed: number;
  /** The first line of each failure, counted. */
  readonly reasons: ReadonlyMap<string, number>;
}

const DIM = 4;
let collections = 0;

/** A collection name no other check (or run) uses. */
function uniqueName(what: string): string {
  collections += 1;
  return `milvex_bridge_${what}_${process.pid}_${Date.now()}_${collections}`;
}

/** A milvex connection to the target, with fast reconnects (a spec waits for them). */
export function connectTo(target: BridgeTarget): Connection {
  const [host, port] = target.address.split(':');
  return Connection.start({ host, port: Number(port), reconnectBaseDelay: 100, reconnectMaxDelay: 1000, ...target.milvex });
}

/**
 * The official SDK over a connection: the README's line, word for word.
 *
 * @param conn - the connection whose persistent channel the SDK uses
 * @param target - the server and further SDK options
 */
export function sdkOver(conn: Connection, target: BridgeTarget): MilvusClient {
  const { address } = target;
  const Sdk = target.Sdk ?? MilvusClient;
  return new Sdk({ logLevel: 'error', ...target.sdk, address, maxRetries: 0, channelOptions: { channelOverride: conn.persistentChannel() } });
}

/**
 * The rows of the checks: id `i + 1`, a vector of DIM floats near the unit vector of axis
 * `i % DIM` (off by `0.001 * (i + 1)` on the other axes, so no two rows tie), and a tag.
 */
function rows(count: number): Array<{ id: number; vector: number[]; tag: string }> {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    vector: Array.from({ length: DIM }, (_, axis) => (axis === i % DIM ? 1 : 0.001 * (i + 1))),
    tag: i % 2 === 0 ? 'even' : 'odd',
  }));
}

/**
 * Creates a collection through the SDK (Strong consistency, so that a real Milvus shows what was
 * just written), inserts `count` rows, indexes and loads it.
 */
async function createLoaded(sdk: MilvusClient, name: string, count: number): Promise<void> {
  const created = await sdk.createCollection({
    collection_name: name,
    consistency_level: 'Strong',
    fields: [
      { name: 'id', data_type: DataType.Int64, is_primary_key: true, autoID: false },
      { name: 'vector', data_type: DataType.FloatVector, dim: DIM },
      { name: 'tag', data_type: DataType.VarChar, max_length: 8 },
    ],
  });
  expect(created.error_code, created.reason).to.equal('Success');
  const inserted = await sdk.insert({ collection_name: name, data: rows(count) });
  expect(inserted.status.error_code, inserted.status.reason).to.equal('Success');
  expect(inserted.insert_cnt).to.equal(String(count));
  const indexed = await sdk.createIndex({
    collection_name: name,
    field_name: 'vector',
    index_type: 'HNSW',
    metric_type: 'COSINE',
    params: { M: 8, efConstruction: 64 },
  });
  expect(indexed.error_code, indexed.reason).to.equal('Success');
  const loaded = await sdk.loadCollectionSync({ collection_name: name });
  expect(loaded.error_code, loaded.reason).to.equal('Success');
}

/**
 * The SDK's high-level API over the persistent channel: create, insert, index, load, search,
 * query, count (a `count(*)` query), delete, drop. Throws (a chai assertion) on any difference.
 */
export async function checkSdkApi(target: BridgeTarget): Promise<void> {
  const conn = connectTo(target);
  const sdk = sdkOver(conn, target);
  const name = uniqueName('api');
  try {
    await conn.firstConnected({ timeout: 30_000 });
    await createLoaded(sdk, name, 40);
    const searched = await sdk.search({ collection_name: name, data: [1, 0, 0, 0], limit: 3, output_fields: ['id', 'tag'] });
    expect(searched.status.error_code, searched.status.reason).to.equal('Success');
    expect(searched.results).to.have.length(3);
    // Rows 1, 5, 9, ... lie along the first axis; the nearest have the smallest off-axis part.
    expect(searched.results.map((hit) => String(hit['id']))).to.deep.equal(['1', '5', '9']);
    expect(searched.results[0]).to.include({ tag: 'even' });
    const queried = await sdk.query({ collection_name: name, filter: 'id <= 4', output_fields: ['id', 'tag'] });
    expect(queried.status.error_code, queried.status.reason).to.equal('Success');
    expect(queried.data.map((row): [string, unknown] => [String(row['id']), row['tag']]).sort()).to.deep.equal([
      ['1', 'even'],
      ['2', 'odd'],
      ['3', 'even'],
      ['4', 'odd'],
    ]);
    expect((await sdk.count({ collection_name: name })).data).to.equal(40);
    const deleted = await sdk.delete({ collection_name: name, filter: 'tag == "odd"' });
    expect(deleted.status.error_code, deleted.status.reason).to.equal('Success');
    expect((await sdk.count({ collection_name: name })).data).to.equal(20);
    const byIds = await sdk.delete({ collection_name: name, ids: [1, 3] });
    expect(byIds.status.error_code, byIds.status.reason).to.equal('Success');
    expect((await sdk.count({ collection_name: name })).data).to.equal(18);
    expect((await sdk.dropCollection({ collection_name: name })).error_code).to.equal('Success');
    expect((await sdk.hasCollection({ collection_name: name })).value).to.equal(false);
  } finally {
    await sdk.closeConnection();
    await conn.disconnect();
  }
}

/**
 * The SDK's `closeConnection()` closes its own pool of clients, not milvex's channel: the
 * connection stays connected (no reconnect happened), and a second SDK over the same channel
 * works.
 */
export async function checkCloseConnectionKeepsMilvex(target: BridgeTarget): Promise<void> {
  const conn = connectTo(target);
  try {
    await conn.firstConnected({ timeout: 30_000 });
    const events: string[] = [];
    const watching = conn.events$.subscribe((event) => events.push(event.type));
    const first = sdkOver(conn, target);
    expect((await first.checkHealth()).isHealthy).to.equal(true);
    await first.closeConnection();
    expect(conn.state).to.equal('connected');
    const second = sdkOver(conn, target);
    expect((await second.checkHealth()).isHealthy).to.equal(true);
    await second.closeConnection();
    await conn.call('CheckHealth', {});
    watching.unsubscribe();
    expect(events, 'no disconnect, no reconnect').to.deep.equal([]);
    expect(conn.state).to.equal('connected');
  } finally {
    await conn.disconnect();
  }
}

/**
 * After `disconnect()` the SDK's calls fail at once with CANCELLED, saying the connection was
 * closed; the channel reads SHUTDOWN.
 *
 * @returns the error the SDK gave
 */
export async function checkCancelledAfterDisconnect(target: BridgeTarget): Promise<Error & { code?: number }> {
  const conn = connectTo(target);
  const sdk = sdkOver(conn, target);
  try {
    await conn.firstConnected({ timeout: 30_000 });
    expect((await sdk.checkHealth()).isHealthy).to.equal(true);
    await conn.disconnect();
    // The SDK turns a failed call into a rejection of its promise.
    const error = await sdk.checkHealth().then(
      () => expect.fail('a call after disconnect() succeeded'),
      (failure: Error & { code?: number }) => failure,
    );
    return error;
  } finally {
    await sdk.closeConnection();
    await conn.disconnect();
  }
}

/** Kills and restarts the target, for the search loop. */
export interface Outage {
  /** Takes the server down (its connections reset). */
  kill(): Promise<void>;
  /** Brings it back on the same address, its data kept. */
  restart(): Promise<void>;
}

/** The first line of a failure's message, without addresses. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').replace(/\d+\.\d+\.\d+\.\d+:\d+/g, 'host:port').slice(0, 120);
}

/**
 * Searches through an SDK, back to back from `workers` loops, while the server is killed and
 * restarted `restarts` times; `bridged` runs the SDK over milvex's persistent channel, else the
 * SDK alone with its defaults (its own retries included). Each round: 20 more searches succeed,
 * the server is killed, stays down until milvex (the bridged connection, or one that only
 * watches) has failed 3 reconnect attempts (about 0.7 s with the fast backoff of
 * {@link connectTo}: longer than the SDK's own retries, 20 + 40 + 80 ms), and is restarted; then
 * the loops go on until milvex is connected again. Failed searches count, and the loop goes on.
 *
 * The SDK alone fails searches in two ways: its retries find no connection (grpc-js fails a call
 * at once while the channel is in TRANSIENT_FAILURE), or a retry is sent on a new connection and
 * never answered by a grpc-js server (the SDK's retry interceptor sends the request again but
 * never half-closes it; a Go server, as Milvus is, answers a unary call without the half-close,
 * a grpc-js server waits for it), so it ends at its deadline.
 */
export async function searchesAcrossRestarts(
  target: BridgeTarget,
  outage: Outage,
  options: {
    readonly bridged: boolean;
    readonly restarts?: number;
    readonly workers?: number;
    /** The SDK's `timeout` (each search's deadline), in ms. @default 5000 */
    readonly timeoutMs?: number;
  },
): Promise<SearchTally> {
  const { bridged, restarts = 3, workers = 4, timeoutMs = 5000 } = options;
  const conn = connectTo(target);
  const setup = sdkOver(conn, target);
  const Sdk = target.Sdk ?? MilvusClient;
  const sdk = bridged
    ? sdkOver(conn, { ...target, sdk: { ...target.sdk, timeout: timeoutMs } })
    : new Sdk({ logLevel: 'error', ...target.sdk, address: target.address, timeout: timeoutMs });
  const name = uniqueName('loop');
  let succeeded = 0;
  let failed = 0;
  const reasons = new Map<string, number>();
  const progress = new Subject<number>();
  let running = true;
  try {
    await conn.firstConnected({ timeout: 30_000 });
    await createLoaded(setup, name, 40);
    const loop = async (worker: number): Promise<void> => {
      while (running) {
        try {
          const reply = await sdk.search({ collection_name: name, data: rows(DIM)[worker % DIM]?.vector ?? [], limit: 3 });
          if (reply.status.error_code !== 'Success') throw new Error(`search answered ${reply.status.error_code}: ${reply.status.reason}`);
          succeeded += 1;
          progress.next(succeeded);
        } catch (error) {
          failed += 1;
          reasons.set(reasonOf(error), (reasons.get(reasonOf(error)) ?? 0) + 1);
          // A search that fails at once must not spin the CPU away from the server's restart.
          await nextTurn();
        }
      }
    };
    const more = (count: number): Promise<number> => {
      const until = succeeded + count;
      return firstValueFrom(progress.pipe(filter((done) => done >= until)));
    };
    const loops = Array.from({ length: workers }, (_, worker) => loop(worker));
    for (let round = 0; round < restarts; round += 1) {
      await more(20);
      const retried = nthEvent(conn, 'retry', 3);
      await outage.kill();
      await reach(conn, 'reconnecting');
      await retried;
      await outage.restart();
      await reach(conn, 'connected');
    }
    await more(20);
    running = false;
    await Promise.all(loops);
    await setup.dropCollection({ collection_name: name });
    return { succeeded, failed, reasons };
  } finally {
    running = false;
    progress.complete();
    await sdk.closeConnection();
    await setup.closeConnection();
    await conn.disconnect();
  }
}
