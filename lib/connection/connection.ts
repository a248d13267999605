/**
 * `Connection`: what callers hold, the public facade. The work is done behind it: the pool
 * (`pool.ts`: the members, the state rule, the round-robin pick, the waits and the calls in
 * flight), the members (`member.ts`: one channel each, recreated with backoff), and the
 * call layer (`call.ts`, `persistent-channel.ts`, `bound-client.ts`), which is handed the pool,
 * never this facade.
 */
import { inspect } from 'node:util';
import type { ChannelInterface, Client, ClientOptions } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import { checkSignal } from '../time/abort.js';
import { type PersistentChannel, bindClient, persistentChannel } from '../calls/persistent-channel.js';
import type { ClientConstructor } from '../protocol/client-class.js';
import { type CallOptions, callMethod } from '../calls/call.js';
import { targetOf } from '../transport/channel.js';
import { type Config, type MilvexOptions, parseConfig } from '../config/config.js';
import { deadlineAfter } from '../time/deadline.js';
import { InvalidError, type MilvexError } from '../errors.js';
import { type ConnectionEvent, publishEvent } from './events.js';
import { type ConnectionDependencies, withDefaults } from './dependencies.js';
import { type ConnectionState, Pool } from './pool.js';
import { SessionWaitEnded, waitError } from './session-wait.js';
import type { MilvusUnaryMethodName, MilvusMethods, ServerInfo } from '../protocol/proto.js';
import { lookupName, registerName, releaseName, requireName } from './registry.js';
import type { Collection } from '../data/collection.js';
import type { DataCallOptions, DataContext } from '../data/context.js';
import {
  type CreateCollectionOptions,
  createCollection,
  dropCollection,
  hasCollection,
  listCollections,
  openCollection,
} from '../data/collections.js';
import type { Schema, UntypedSchema } from '../data/schema.js';

export type { ConnectionState };

/** How `Connection.start` runs the connection. */
export interface StartOptions {
  /** Registers the connection under this name until it closes. */
  readonly name?: string;
}

/** How long, and until what, to wait for the connection. */
export interface WaitOptions {
  /** Milliseconds to wait; `0` answers at once, `Infinity` waits until connected or closed. */
  readonly timeout?: number;
  /** Gives up the wait when aborted; an aborted signal rejects at once. */
  readonly signal?: AbortSignal;
}

/** The live channel and the config it was made from, as `getChannel` returns them. */
export interface ChannelHandle {
  /** The live channel. Owned by the connection: make clients over it, never close it. */
  readonly channel: ChannelInterface;
  /** The parsed configuration. */
  readonly config: Config;
}

/** What an aborted wait for the connection says. */
const WAIT_ABORTED = 'the wait for the connection was aborted';

/** The default wait of `getChannel`, in milliseconds. */
export const DEFAULT_GET_CHANNEL_TIMEOUT = 5000;

let nextId = 1;

function checkWaitOptions(options: WaitOptions): void {
  const { timeout, signal } = options;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout >= 0 && (Number.isInteger(timeout) || timeout === Infinity))) {
    throw new InvalidError('timeout', `Invalid option "timeout": expected an integer >= 0 (ms) or Infinity, got ${String(timeout)}`);
  }
  checkSignal(signal);
}

function checkStartOptions(options: unknown): StartOptions {
  if (typeof options !== 'object' || options === null)
    throw new InvalidError('startOptions', 'Invalid argument "startOptions": expected an object such as { name }');
  for (const key of Object.keys(options)) {
    if (key !== 'name') {
      throw new InvalidError(
        key,
        `Invalid start option "${key}": the only start option is "name" (test hooks are in milvex/testing: startConnection)`,
      );
    }
  }
  const { name } = options as { name?: unknown };
  if (name !== undefined && (typeof name !== 'string' || name === '')) {
    throw new InvalidError('name', 'Invalid start option "name": expected a non-empty string');
  }
  return options;
}

/** The pool behind each connection, for specs that look behind the facade. */
const pools = new WeakMap<Connection, Pool>();

/**
 * The pool behind a connection. For specs only; not part of the public surface.
 *
 * @internal
 */
export function poolOf(connection: Connection): Pool {
  const pool = pools.get(connection);
  if (pool === undefined) throw new Error('not a milvex Connection');
  return pool;
}

/** Makes a connection; set inside the class, which alone may call its constructor. */
let create: (config: Config, name: string | undefined, deps: ConnectionDependencies) => Connection;

/**
 * A self-healing connection to Milvus.
 *
 * ## Example
 * ```ts
 * const conn = Connection.start('http://localhost:19530', { name: 'milvus' });
 * conn.state$.subscribe((state) => console.log(state));
 * const { channel } = await conn.getChannel();
 * await conn.disconnect();
 * // Output:
 * // connecting
 * // connected
 * // closed
 * ```
 */
export class Connection implements AsyncDisposable {
  static {
    create = (config, name, deps) => new Connection(config, name, deps);
  }

  /** The parsed, frozen configuration. */
  readonly config: Config;
  /** The registered name, if any. */
  readonly name: string | undefined;
  /** Typed lifecycle events; the same go to `node:diagnostics_channel` and the logger. Completes on close. */
  readonly events$: Observable<ConnectionEvent>;

  readonly #pool: Pool;
  #persistentChannel: PersistentChannel | undefined;
  /** What the data layer sees of this connection: its `call`, scheduler and timeout. */
  readonly #data: DataContext;

  /**
   * Starts a connection: validates the options at once and connects in the background.
   *
   * @param optionsOrUri - options, or a URI such as `http://localhost:19530`
   * @param startOptions - a name to register the connection under
   * @returns the connection, in state `connecting`
   * @throws InvalidError for bad options or a name already in use; never for network trouble
   */
  static start(optionsOrUri?: MilvexOptions | string, startOptions: StartOptions = {}): Connection {
    const { name } = checkStartOptions(startOptions);
    return create(parseConfig(optionsOrUri), name, {});
  }

  private constructor(config: Config, name: string | undefined, deps: ConnectionDependencies) {
    this.config = config;
    this.name = name;
    const filled = withDefaults(deps);
    // Start on the scheduler rather than now, so that a caller can subscribe to `events$`
    // right after `start()` and still see the first `connecting`.
    this.#pool = new Pool(config, { connection: name ?? `#${nextId++}` }, filled, {
      publish: (event) => publishEvent(event, config.logger),
      closed: () => {
        starting.unsubscribe();
        if (name !== undefined) releaseName(name, this);
      },
    });
    this.events$ = this.#pool.events$;
    this.#data = { call: (method, request, options) => this.call(method, request, options), scheduler: filled.scheduler, timeout: config.timeout };
    pools.set(this, this.#pool);
    if (name !== undefined) registerName(name, this);
    const starting = filled.scheduler.schedule(() => this.#pool.start());
  }

  /**
   * The state now, then every change; never repeats a value; completes after `closed`.
   * A pool is `connected` while any member is (the full rule is in `pool.ts`).
   */
  get state$(): Observable<ConnectionState> {
    return this.#pool.state$;
  }

  /** The state now. */
  get state(): ConnectionState {
    return this.#pool.state;
  }

  /**
   * Failed attempts since the last success (0 while connected): the `attempt` of the last
   * `retry` event, whose wait was `backoffDelay(retryCount - 1)`; in a pool, summed over the members.
   */
  get retryCount(): number {
    return this.#pool.retryCount;
  }

  /** Why the connection closed: the fatal error, or `undefined` after `disconnect()` or while open. */
  get closeError(): MilvexError | undefined {
    return this.#pool.closeError;
  }

  /** What the server said about itself in the last successful handshake (`undefined` before one). */
  get serverInfo(): ServerInfo | undefined {
    return this.#pool.serverInfo;
  }

  /** Whether the connection is `connected` now. */
  isConnected(): boolean {
    return this.state === 'connected';
  }

  /**
   * Resolves once the connection is `connected` (at once if it is).
   *
   * @param options - `timeout` (ms; default: no limit) and `signal`
   * @returns resolves when connected
   * @throws ConnectionError `timeout`, `aborted` or `closed`, or the fatal error that closed it
   */
  async firstConnected(options: WaitOptions = {}): Promise<void> {
    await this.#wait(options, Infinity);
  }

  /**
   * The live channel and the config, once connected.
   *
   * @param options - `timeout` (ms; default 5000; `0` answers at once) and `signal`
   * @returns the channel and the config
   * @throws ConnectionError `not_connected` (timeout 0), `timeout`, `aborted`, `closed`, or the fatal error
   */
  async getChannel(options: WaitOptions = {}): Promise<ChannelHandle> {
    const session = await this.#wait(options, DEFAULT_GET_CHANNEL_TIMEOUT);
    return { channel: session.channel, config: this.config };
  }

  /**
   * Closes the connection: cancels the calls in flight (they reject with a `closed` error),
   * closes the channels, every timer and watch, and rejects pending waits. Resolves once
   * every call has settled; nothing of milvex keeps Node alive afterwards. Idempotent.
   */
  async disconnect(): Promise<void> {
    await this.#pool.close();
  }

  /**
   * Calls a unary MilvusService method and resolves with its reply, within one deadline:
   * waits for the connection when it is down, sends again what the call rules allow (see
   * the README: reads after a transport loss, anything that never left, retriable replies
   * after a backoff), and rejects a non-success Milvus status with `GrpcError`.
   *
   * ## Example
   * ```ts
   * const health = await conn.call('CheckHealth', {}, { timeout: 10_000 });
   * console.log(health.isHealthy);
   * // Output: true
   * ```
   *
   * @param method - the method name, e.g. `CheckHealth`
   * @param request - the request message
   * @param options - `timeout` (ms, default the config's `timeout`), `signal`, `idempotent`
   * @returns the reply
   * @throws GrpcError for a failed call or a non-success Milvus status (bad credentials are never retried);
   *   ConnectionError `outcome_unknown` (a write interrupted after sending), `timeout`, `aborted`, `closed`
   */
  call<M extends MilvusUnaryMethodName>(
    method: M,
    request: MilvusMethods[M]['request'],
    options?: CallOptions,
  ): Promise<MilvusMethods[M]['response']> {
    return callMethod(this.#pool, method, request, options);
  }

  /**
   * Binds a grpc-js generated client class (e.g. one loaded with proto-loader from the full
   * milvus.proto) to this connection: its calls go out on the live channel with the
   * connection's metadata; unary calls follow the same rules as `call` (wait, send again,
   * one deadline); streaming calls are bound to one session and fail when it ends.
   *
   * @param ctor - the client class
   * @param options - further client options, such as interceptors
   * @returns a client instance with the class's methods and signatures
   */
  client<C extends Client>(ctor: ClientConstructor<C>, options?: ClientOptions): C {
    return bindClient(this.#pool, ctor, options);
  }

  /**
   * The connection's grpc-js channel for its whole life: give it to any grpc-js client, such as
   * the official SDK, as `channelOverride`. Each call made on it goes out on the live session
   * with the connection's metadata (entries the caller sets itself win), waiting for one within
   * the call's deadline; a call that never left is sent again, a read also after a transport
   * loss, a write not (it fails UNAVAILABLE with `outcome unknown` in its details). Streaming
   * calls are bound to the session they start on. Its `close()` does nothing; its connectivity is
   * the connection's state (`connected` READY, `connecting` and `reconnecting` CONNECTING,
   * `closed` SHUTDOWN). After `disconnect()` its calls fail CANCELLED at once.
   *
   * ## Example
   * ```ts
   * import { MilvusClient } from '@zilliz/milvus2-sdk-node';
   *
   * const address = '127.0.0.1:19530';
   * const sdk = new MilvusClient({ address, maxRetries: 0, channelOptions: { channelOverride: conn.persistentChannel() } });
   * await sdk.search({ collection_name: 'docs', data: [0.1, 0.2], limit: 3 });
   * await sdk.closeConnection();
   * console.log(conn.state);
   * // Output: connected
   * ```
   *
   * @returns the same channel on every call
   */
  persistentChannel(): ChannelInterface {
    this.#persistentChannel ??= persistentChannel(this.#pool);
    return this.#persistentChannel;
  }

  // ---- the data API: typed collections (lib/data), every call through `call` ----------

  /**
   * Creates a collection from a schema, builds the indexes given and, with `load: true`,
   * loads it and waits until it is loaded.
   *
   * ## Example
   * ```ts
   * const Docs = schema({ id: field.int64({ primaryKey: true }), embedding: field.floatVector({ dim: 4 }), title: field.varchar({ maxLength: 200 }) });
   * const docs = await conn.createCollection('docs', Docs, { index: { embedding: { type: 'HNSW', metric: 'COSINE' } }, load: true });
   * console.log(docs.name);
   * // Output: docs
   * ```
   *
   * @param name - the collection name
   * @param declared - the schema, made by `schema({...})`
   * @param options - `index`, `load`, `consistency`, `shards`, `partitions`, and call options
   * @returns the typed collection
   * @throws InvalidError for a bad schema or option; GrpcError when Milvus refuses (e.g. the collection exists)
   */
  createCollection<S extends Schema>(name: string, declared: S, options?: CreateCollectionOptions<S>): Promise<Collection<S>> {
    return createCollection(this.#data, name, declared, options);
  }

  /**
   * A handle on an existing collection, made without a call. With a schema, rows and hits
   * are typed by it, and the server's schema is checked against it on first use; without,
   * rows are `Record<string, unknown>` and the server's schema is read on first use.
   *
   * @param name - the collection name
   * @param declared - the schema it was created with
   * @returns the collection
   */
  collection<S extends Schema = UntypedSchema>(name: string, declared?: S): Collection<S> {
    return openCollection(this.#data, name, declared);
  }

  /** Whether a collection exists. */
  hasCollection(name: string, options?: DataCallOptions): Promise<boolean> {
    return hasCollection(this.#data, name, options);
  }

  /** The names of the database's collections. */
  listCollections(options?: DataCallOptions): Promise<string[]> {
    return listCollections(this.#data, options);
  }

  /** Drops a collection and its data. */
  dropCollection(name: string, options?: DataCallOptions): Promise<void> {
    return dropCollection(this.#data, name, options);
  }

  /** `await using conn = Connection.start(...)` disconnects at the end of the scope. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.disconnect();
  }

  #wait(options: WaitOptions, defaultTimeout: number) {
    // Both callers are async: a bad option thrown here rejects their promise.
    checkWaitOptions(options);
    const timeout = options.timeout ?? defaultTimeout;
    return this.#pool.waitForSession({ deadline: deadlineAfter(this.#pool.scheduler, timeout), signal: options.signal }).catch((error: unknown) => {
      throw error instanceof SessionWaitEnded
        ? waitError(error, this.config, { aborted: WAIT_ABORTED, timeout: `not connected within ${timeout} ms` })
        : error;
    });
  }

  /** Shows the connection without its secrets or internals. */
  [inspect.custom](_depth: number, options: object): string {
    const view = {
      name: this.name,
      state: this.state,
      target: targetOf(this.config),
      retryCount: this.retryCount,
      ...(this.config.poolSize > 1 ? { members: this.#pool.memberStates } : {}),
      config: this.config,
    };
    return `Connection ${inspect(view, options)}`;
  }

  // ---- named connections -----------------------------------------------------------

  /** The live connection registered under `name`, or `undefined`. */
  static whereis(name: string): Connection | undefined {
    return lookupName<Connection>(name);
  }

  /**
   * `getChannel` of a connection or of the one registered under a name.
   *
   * @throws ConnectionError `unknown_name` for a name no live connection holds
   */
  static async getChannel(target: Connection | string, options: WaitOptions = {}): Promise<ChannelHandle> {
    return Connection.#resolve(target).getChannel(options);
  }

  /**
   * `isConnected` of a connection or of the one registered under a name.
   *
   * @throws ConnectionError `unknown_name` for a name no live connection holds
   */
  static isConnected(target: Connection | string): boolean {
    return Connection.#resolve(target).isConnected();
  }

  /**
   * `disconnect` of a connection or of the one registered under a name.
   *
   * @throws ConnectionError `unknown_name` for a name no live connection holds
   */
  static async disconnect(target: Connection | string): Promise<void> {
    return Connection.#resolve(target).disconnect();
  }

  static #resolve(target: Connection | string): Connection {
    return typeof target === 'string' ? requireName<Connection>(target) : target;
  }
}

/**
 * Starts a connection on injected time, randomness, channels, handshake and transport:
 * for specs (exported by `milvex/testing`).
 *
 * @param optionsOrUri - options, or a URI
 * @param options - a name, and the dependencies to replace
 * @returns the connection
 */
export function startConnection(optionsOrUri: MilvexOptions | string | undefined, options: StartOptions & ConnectionDependencies = {}): Connection {
  return create(parseConfig(optionsOrUri), options.name, options);
}
