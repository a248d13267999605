/**
 * `Connection`: what callers hold. It owns one member (see `member.ts`: the state machine
 * that keeps a channel alive and recreates it with backoff) or, with `poolSize` > 1, that
 * many independent members, and answers for all of them.
 *
 * Its state is made from its members' states:
 *
 * | members                                   | connection     |
 * | ----------------------------------------- | -------------- |
 * | at least one `connected`                  | `connected`    |
 * | none connected, all still on their first  | `connecting`   |
 * | none connected, some lost their channel   | `reconnecting` |
 * | `disconnect()` or a fatal error (any one) | `closed`       |
 *
 * Calls and `getChannel` take the next connected member, round-robin, skipping the others.
 *
 * Reads top to bottom: creation, the members' reports, closing, then what callers ask of it.
 */
import { inspect } from 'node:util';
import type { ChannelInterface } from '@grpc/grpc-js';
import {
  BehaviorSubject,
  NEVER,
  type Observable,
  type SchedulerLike,
  Subject,
  type Subscription,
  asyncScheduler,
  filter,
  firstValueFrom,
  map,
  merge,
  take,
  timer,
} from 'rxjs';
import type { Client, ClientOptions } from '@grpc/grpc-js';
import { type ClientConstructor, bindClient } from './bound-client.js';
import { type CallOptions, callMethod } from './calls.js';
import { abortError, checkSignal, whenAborted } from './abort.js';
import type { Session } from './attempt.js';
import { type ChannelFactory, createChannel, targetOf } from './channel.js';
import { type Config, type MilvexOptions, parseConfig } from './config.js';
import { hasFailed } from './connectivity.js';
import { ConnectionError, InvalidError, type MilvexError } from './errors.js';
import { type ConnectionEvent, publishEvent } from './events.js';
import { Member } from './member.js';
import { type Handshake, milvusHandshake } from './handshake.js';
import type { MilvusMethodName, MilvusMethods, ServerInfo } from './proto.js';
import { lookupName, registerName, releaseName, requireName } from './registry.js';

/** Where a connection stands. `closed` is final: `state$` completes after it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** How `Connection.start` runs the connection. Everything but `name` is for tests and tools. */
export interface StartOptions {
  /** Registers the connection under this name until it closes. */
  readonly name?: string;
  /** Where backoff waits, connect timeouts and wait timeouts are scheduled. @default asyncScheduler */
  readonly scheduler?: SchedulerLike;
  /** The backoff jitter's randomness. @default Math.random */
  readonly random?: () => number;
  /** Makes the channel of each attempt. @default a real grpc-js channel */
  readonly createChannel?: ChannelFactory;
  /** The handshake on a READY channel. @default the Milvus `Connect` call */
  readonly handshake?: Handshake;
}

/** How long, and until what, to wait for the connection. */
export interface WaitOptions {
  /** Milliseconds to wait; `0` answers at once, `Infinity` waits until connected or closed. */
  readonly timeout?: number;
  /** Gives up the wait when aborted. */
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
  /** The parsed, frozen configuration. */
  readonly config: Config;
  /** The registered name, if any. */
  readonly name: string | undefined;
  /** Typed lifecycle events; the same go to `node:diagnostics_channel` and the logger. Completes on close. */
  readonly events$: Observable<ConnectionEvent>;

  readonly #id = nextId++;
  readonly #state = new BehaviorSubject<ConnectionState>('connecting');
  /** Ticks whenever a member's session changes; errors with the close reason on close. */
  readonly #sessionsChanged = new BehaviorSubject<void>(undefined);
  readonly #events = new Subject<ConnectionEvent>();
  readonly #scheduler: SchedulerLike;
  readonly #members: readonly Member[];
  /** The member the next round-robin pick starts from. */
  #cursor = 0;
  #starting: Subscription | undefined;
  #serverInfo: ServerInfo | undefined;
  /** Why the last attempt failed or a transport was lost, of any member: the cause of wait errors. */
  #lastError: MilvexError | undefined;
  #closeReason: MilvexError | undefined;

  /**
   * Starts a connection: validates the options at once and connects in the background.
   *
   * @param optionsOrUri - options, or a URI such as `http://localhost:19530`
   * @param startOptions - a name to register, and for tests: scheduler, randomness, channel factory, handshake
   * @returns the connection, in state `connecting`
   * @throws InvalidError for bad options or a name already in use; never for network trouble
   */
  static start(optionsOrUri?: MilvexOptions | string, startOptions: StartOptions = {}): Connection {
    return new Connection(parseConfig(optionsOrUri), startOptions);
  }

  private constructor(config: Config, options: StartOptions) {
    this.config = config;
    this.name = options.name;
    this.#scheduler = options.scheduler ?? asyncScheduler;
    this.events$ = this.#events.asObservable();
    const deps = {
      scheduler: this.#scheduler,
      random: options.random ?? Math.random,
      createChannel: options.createChannel ?? createChannel,
      handshake: options.handshake ?? milvusHandshake,
    };
    const hooks = {
      emit: (event: ConnectionEvent) => this.#onMemberEvent(event),
      changed: () => this.#onMemberChanged(),
      fatal: (error: MilvexError) => this.#close(error),
    };
    const pooled = config.poolSize > 1;
    this.#members = Array.from(
      { length: config.poolSize },
      (_, index) => new Member(config, pooled ? { connection: this.#label, member: index } : { connection: this.#label }, deps, hooks),
    );
    if (options.name !== undefined) registerName(options.name, this);
    // Start on the scheduler rather than now, so that a caller can subscribe to `events$`
    // right after `start()` and still see the first `connecting`.
    this.#starting = this.#scheduler.schedule(() => {
      this.#starting = undefined;
      for (const member of this.#members) {
        if (this.state !== 'closed') member.start();
      }
    });
  }

  // ---- the members' reports --------------------------------------------------------

  #onMemberEvent(event: ConnectionEvent): void {
    if (event.type === 'connected' && event.serverInfo !== undefined) this.#serverInfo = event.serverInfo;
    if (event.type === 'retry') this.#lastError = event.error;
    if (event.type === 'disconnected') this.#lastError = event.reason;
    this.#emit(event);
  }

  #onMemberChanged(): void {
    if (this.state === 'closed') return;
    const states = this.#members.map((member) => member.state);
    if (states.includes('connected')) this.#setState('connected');
    else if (states.every((state) => state === 'connecting')) this.#setState('connecting');
    else this.#setState('reconnecting');
    this.#sessionsChanged.next();
  }

  #close(reason: MilvexError | undefined): void {
    if (this.#state.value === 'closed') return;
    this.#starting?.unsubscribe();
    for (const member of this.#members) member.stop();
    this.#closeReason = reason;
    if (this.name !== undefined) releaseName(this.name, this);
    this.#sessionsChanged.error(this.#closedError());
    this.#setState('closed');
    this.#state.complete();
    this.#emit({ type: 'closed', connection: this.#label, ...(reason === undefined ? {} : { reason }) });
    this.#events.complete();
  }

  #setState(state: ConnectionState): void {
    if (this.#state.value !== state) this.#state.next(state);
  }

  #emit(event: ConnectionEvent): void {
    this.#events.next(event);
    publishEvent(event, this.config.logger);
  }

  get #label(): string {
    return this.name ?? `#${this.#id}`;
  }

  #closedError(): MilvexError {
    return this.#closeReason ?? new ConnectionError('closed', this.config, 'the connection was closed by disconnect()');
  }

  /**
   * The next live session, round-robin over the members, skipping those without one and
   * `stale` (known to have failed a call) unless it still serves: a `hosts` channel that
   * its member has not given up fails over to another address by itself.
   */
  #pickSession(stale: Session | undefined): Session | undefined {
    const count = this.#members.length;
    for (let step = 0; step < count; step += 1) {
      const index = (this.#cursor + step) % count;
      const session = this.#members[index]?.session;
      if (session === undefined || (session === stale && !this.#failsOverInPlace(session))) continue;
      this.#cursor = (index + 1) % count;
      return session;
    }
    return undefined;
  }

  #failsOverInPlace(session: Session): boolean {
    return this.config.hosts !== undefined && !hasFailed(session.channel.getConnectivityState(false));
  }

  // ---- what callers ask ------------------------------------------------------------

  /**
   * The state now, then every change; never repeats a value; completes after `closed`.
   * A pool is `connected` while any member is (the full rule is in the module doc).
   */
  get state$(): Observable<ConnectionState> {
    return this.#state.asObservable();
  }

  /** The state now. */
  get state(): ConnectionState {
    return this.#state.value;
  }

  /** Failed attempts since the last success (0 while connected); in a pool, summed over the members. */
  get retryCount(): number {
    return this.#members.reduce((sum, member) => sum + member.retryCount, 0);
  }

  /** Why the connection closed: the fatal error, or `undefined` after `disconnect()` or while open. */
  get closeReason(): MilvexError | undefined {
    return this.#closeReason;
  }

  /** What the server said about itself in the last successful handshake (`undefined` before one). */
  get serverInfo(): ServerInfo | undefined {
    return this.#serverInfo;
  }

  /** Whether the connection is `connected` now. */
  isConnected(): boolean {
    return this.#state.value === 'connected';
  }

  /**
   * Resolves once the connection is `connected` (at once if it is).
   *
   * @param options - `timeout` (ms; default: no limit) and `signal`
   * @returns resolves when connected
   * @throws ConnectionError `timeout`, `aborted` or `closed`, or the fatal error that closed it
   */
  async firstConnected(options: WaitOptions = {}): Promise<void> {
    await this.waitForSession(options, undefined);
  }

  /**
   * The live channel and the config, once connected.
   *
   * @param options - `timeout` (ms; default 5000; `0` answers at once) and `signal`
   * @returns the channel and the config
   * @throws ConnectionError `not_connected` (timeout 0), `timeout`, `aborted`, `closed`, or the fatal error
   */
  async getChannel(options: WaitOptions = {}): Promise<ChannelHandle> {
    const session = await this.waitForSession(options, DEFAULT_GET_CHANNEL_TIMEOUT);
    return { channel: session.channel, config: this.config };
  }

  /**
   * Closes the connection: the channel, every timer and watch, and rejects pending waits
   * with a `closed` error. Idempotent.
   */
  async disconnect(): Promise<void> {
    this.#close(undefined);
  }

  /**
   * Calls a MilvusService method of `proto/` and resolves with its reply. Sends the
   * connection's metadata; waits for the connection when it is down; resends idempotent
   * calls (GetVersion, CheckHealth, or `idempotent: true`) after a transport loss; all
   * within one deadline.
   *
   * ## Example
   * ```ts
   * const health = await conn.call('CheckHealth', {}, { timeout: 10_000 });
   * console.log(health.isHealthy);
   * // Output: true
   * ```
   *
   * @param method - `Connect`, `GetVersion` or `CheckHealth`
   * @param request - the request message
   * @param options - `timeout` (ms, default the config's `timeout`), `signal`, `idempotent`
   * @returns the reply
   * @throws GrpcError for a failed call or a non-success Milvus status (bad credentials are never retried);
   *   ConnectionError `timeout` when no connection came within the deadline, `aborted`, `closed`
   */
  call<M extends MilvusMethodName>(method: M, request: MilvusMethods[M]['request'], options?: CallOptions): Promise<MilvusMethods[M]['response']> {
    return callMethod(this, method, request, options);
  }

  /**
   * Binds a grpc-js generated client class (e.g. one loaded with proto-loader from the full
   * milvus.proto) to this connection: its calls go out on the live channel with the
   * connection's metadata, wait for the connection when it is down (within their deadline),
   * and keep working across reconnections.
   *
   * @param ctor - the client class
   * @param options - further client options, such as interceptors
   * @returns a client instance with the class's methods and signatures
   */
  client<C extends Client>(ctor: ClientConstructor<C>, options?: ClientOptions): C {
    return bindClient(this, ctor, options);
  }

  /** `await using conn = Connection.start(...)` disconnects at the end of the scope. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.disconnect();
  }

  /** A live session now (the next one, round-robin, in a pool), if connected. For the call layer. @internal */
  currentSession(): Session | undefined {
    return this.state === 'closed' ? undefined : this.#pickSession(undefined);
  }

  /**
   * The current session, waiting for one within the options' bounds. For the call layer.
   *
   * @param options - the wait's timeout and signal
   * @param defaultTimeout - the timeout when the options give none (`undefined`: no limit)
   * @param stale - a session a call failed on: wait for another one (unless it fails over in place)
   * @internal
   */
  waitForSession(options: WaitOptions, defaultTimeout: number | undefined, stale?: Session): Promise<Session> {
    try {
      checkWaitOptions(options);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.#state.value === 'closed') return Promise.reject(this.#closedError());
    const current = this.#pickSession(stale);
    if (current !== undefined) return Promise.resolve(current);
    const timeoutMs = options.timeout ?? defaultTimeout;
    const { signal } = options;
    const cause = this.#lastError;
    if (signal?.aborted === true) {
      return Promise.reject(abortError(signal, this.config, WAIT_ABORTED));
    }
    if (timeoutMs === 0) {
      return Promise.reject(new ConnectionError('not_connected', this.config, `not connected (state: ${this.state})`, { cause }));
    }
    const timedOut$ =
      timeoutMs === undefined || timeoutMs === Infinity
        ? NEVER
        : timer(timeoutMs, this.#scheduler).pipe(
            map((): Session => {
              throw new ConnectionError('timeout', this.config, `not connected within ${timeoutMs} ms (state: ${this.state})`, {
                cause: this.#lastError,
              });
            }),
          );
    const aborted$ = whenAborted(signal, this.config, WAIT_ABORTED);
    const connected$ = this.#sessionsChanged.pipe(
      map(() => this.#pickSession(stale)),
      filter((session): session is Session => session !== undefined),
    );
    return firstValueFrom(merge(connected$, timedOut$, aborted$).pipe(take(1)));
  }

  /** Shows the connection without its secrets or internals. */
  [inspect.custom](_depth: number, options: object): string {
    const view = {
      name: this.name,
      state: this.state,
      target: targetOf(this.config),
      retryCount: this.retryCount,
      ...(this.#members.length > 1 ? { members: this.#members.map((member) => member.state) } : {}),
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
