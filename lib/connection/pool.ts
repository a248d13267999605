/**
 * The pool: what sits between the members (each keeping one channel alive) and everything
 * else. It owns the state rule, the round-robin pick, the waits for a session, and the
 * calls in flight, which `close()` settles before it resolves.
 *
 * | members                                   | pool           |
 * | ----------------------------------------- | -------------- |
 * | at least one `connected`                  | `connected`    |
 * | none connected, all still on their first  | `connecting`   |
 * | none connected, some lost their channel   | `reconnecting` |
 * | `close()` or a fatal error (any one)      | `closed`       |
 */
import { BehaviorSubject, type Observable, type SchedulerLike, Subject, Subscription } from 'rxjs';
import { onAbort } from '../time/abort.js';
import type { Config } from '../config/config.js';
import { hasFailed } from '../transport/connectivity.js';
import { targetOf } from '../transport/channel.js';
import { atDeadline, remainingMs } from '../time/deadline.js';
import { ConnectionError, type MilvexError } from '../errors.js';
import type { ConnectionEvent, ConnectionEventSource } from './events.js';
import { Member } from './member.js';
import type { Dependencies } from './dependencies.js';
import type { ServerInfo } from '../protocol/proto.js';
import type { Session } from './session.js';
import { type SessionWait, SessionWaitEnded } from './session-wait.js';
import type { UnaryTransport } from '../transport/unary.js';

/** Where a connection stands. `closed` is final: `state$` completes after it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** What the owner of a pool hears of it directly (cheaper than subscribing). */
export interface PoolHooks {
  /** Every event, before `events$` emits it. */
  publish(event: ConnectionEvent): void;
  /** The pool closed. */
  closed(): void;
}

export type { SessionWait };

/** The code of the process warning about a wait with no timeout on a failing connection. */
export const UNBOUNDED_WAIT_WARNING_CODE = 'MILVEX_WAITING_WITHOUT_TIMEOUT';

/** Failed attempts in a row after which a wait with no timeout is warned of. */
const UNBOUNDED_WAIT_WARNING_ATTEMPTS = 3;

/** The members of one connection and what callers ask of them. */
export class Pool {
  readonly config: Config;
  readonly scheduler: SchedulerLike;
  readonly deps: Dependencies;
  /** Lifecycle events of every member, then `closed`; completes on close. */
  readonly events$: Observable<ConnectionEvent>;

  readonly #state = new BehaviorSubject<ConnectionState>('connecting');
  readonly #events = new Subject<ConnectionEvent>();
  /** Ticks whenever a member's snapshot changes; errors with the close error on close. */
  readonly #changed = new BehaviorSubject<void>(undefined);
  readonly #members: readonly Member[];
  /** Calls in flight, and what waits for them to be none (`close()`). */
  #calls = 0;
  readonly #whenNoCalls: Array<() => void> = [];
  readonly #onClose = new Set<() => void>();
  readonly #source: ConnectionEventSource;
  /** Waits with no deadline pending now, and whether the connection has warned of them. */
  #unboundedWaits = 0;
  #warnedOfUnboundedWait = false;
  #cursor = 0;
  #serverInfo: ServerInfo | undefined;
  #lastError: MilvexError | undefined;
  #closeError: MilvexError | undefined;

  /**
   * @param config - the parsed configuration
   * @param source - `connection` of its events
   * @param deps - channels, handshake, time, randomness, unary transport
   * @param hooks - `publish` sees every event before `events$` does; `closed` runs once on close
   */
  constructor(
    config: Config,
    source: ConnectionEventSource,
    deps: Dependencies,
    private readonly hooks: PoolHooks,
  ) {
    this.config = config;
    this.scheduler = deps.scheduler;
    this.deps = deps;
    this.#source = source;
    this.events$ = this.#events.asObservable();
    const memberHooks = { emit: (event: ConnectionEvent) => this.#onMemberEvent(event), fatal: (error: MilvexError) => void this.close(error) };
    const pooled = config.poolSize > 1;
    this.#members = Array.from(
      { length: config.poolSize },
      (_, member) => new Member(config, pooled ? { ...source, member } : source, deps, memberHooks),
    );
    // One plain subscriber a member (not combineLatest): a pool lives as long as its
    // connection, and a process may hold thousands.
    for (const member of this.#members) member.snapshot$.subscribe(() => this.#onMemberChanged());
  }

  #onMemberChanged(): void {
    if (this.state === 'closed') return;
    const states = this.#members.map((member) => member.state);
    if (states.includes('connected')) this.#setState('connected');
    else if (states.every((state) => state === 'connecting')) this.#setState('connecting');
    else this.#setState('reconnecting');
    this.#changed.next();
  }

  /** Starts every member. */
  start(): void {
    for (const member of this.#members) {
      if (this.state !== 'closed') member.start();
    }
  }

  /** The state now, then every change; completes after `closed`. */
  get state$(): Observable<ConnectionState> {
    return this.#state.asObservable();
  }

  /** The state now. */
  get state(): ConnectionState {
    return this.#state.value;
  }

  /** The members' states, in order. */
  get memberStates(): string[] {
    return this.#members.map((member) => member.state);
  }

  /** Failed attempts since the last success, summed over the members. */
  get retryCount(): number {
    return this.#members.reduce((sum, member) => sum + member.retryCount, 0);
  }

  /** The fatal error that closed it, if one did (`undefined` after `disconnect()`). */
  get closeError(): MilvexError | undefined {
    return this.#closeError;
  }

  /** What the server said about itself in the last successful handshake. */
  get serverInfo(): ServerInfo | undefined {
    return this.#serverInfo;
  }

  /**
   * The error anything asked of a closed pool fails with: its {@link closeError}, or a new
   * `closed` ConnectionError after `disconnect()`.
   */
  errorAfterClose(): MilvexError {
    return this.#closeError ?? new ConnectionError('closed', this.config, 'the connection was closed by disconnect()');
  }

  /** The randomness of every jitter. */
  get random(): () => number {
    return this.deps.random;
  }

  /** How a unary call is sent. */
  get unary(): UnaryTransport {
    return this.deps.unary;
  }

  /**
   * Runs `callback` once when the pool closes (not if it already has).
   *
   * @returns the unregister
   */
  onClose(callback: () => void): () => void {
    this.#onClose.add(callback);
    return () => this.#onClose.delete(callback);
  }

  /**
   * Closes every member: cancels the calls on their channels, closes the channels and
   * timers, rejects every wait; resolves once every call has settled. Idempotent.
   *
   * @param error - the fatal error that closes it, or `undefined` for `disconnect()`
   */
  async close(error?: MilvexError): Promise<void> {
    if (this.#state.value !== 'closed') {
      this.#closeError = error;
      this.#setState('closed');
      this.#changed.error(this.errorAfterClose());
      for (const callback of [...this.#onClose]) callback();
      this.#onClose.clear();
      for (const member of this.#members) member.stop();
      this.#state.complete();
      this.hooks.closed();
      this.#emit({ type: 'closed', ...this.#source, ...(error === undefined ? {} : { error }) });
      this.#events.complete();
    }
    if (this.#calls > 0) await new Promise<void>((resolve) => this.#whenNoCalls.push(resolve));
  }

  /** A call started: `close()` resolves only once it has ended ({@link callEnded}). */
  callStarted(): void {
    this.#calls += 1;
  }

  /** A call counted by {@link callStarted} has settled. */
  callEnded(): void {
    this.#calls -= 1;
    if (this.#calls === 0) for (const resolve of this.#whenNoCalls.splice(0)) resolve();
  }

  /**
   * The next live session, round-robin over the members, skipping those without one and
   * `stale` unless it still serves: a `hosts` channel fails over to another address by itself.
   */
  pick(stale?: Session): Session | undefined {
    if (this.state === 'closed') return undefined;
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

  /**
   * A live session, now or once there is one, within the wait's bounds.
   *
   * @throws SessionWaitEnded `aborted` (also when the signal already was), `not_connected`
   *   (a deadline that has passed), `timeout`, `closed`; the caller words it (`waitError`)
   */
  waitForSession(wait: SessionWait): Promise<Session> {
    const { signal, deadline, stale } = wait;
    if (signal?.aborted === true) return Promise.reject(this.#waitEnded('aborted', signal));
    if (this.state === 'closed') return Promise.reject(this.#waitEnded('closed'));
    const current = this.pick(stale);
    if (current !== undefined) return Promise.resolve(current);
    if (remainingMs(this.scheduler, deadline) === 0) return Promise.reject(this.#waitEnded('not_connected'));
    return new Promise<Session>((resolve, reject) => {
      // None of these fires while being set up: the session, the close, the abort and the
      // deadline were all checked above.
      const pending = new Subscription();
      const end = (settle: () => void): void => {
        pending.unsubscribe();
        settle();
      };
      pending.add(atDeadline(deadline, this.scheduler).subscribe(() => end(() => reject(this.#waitEnded('timeout')))));
      if (signal !== undefined) pending.add(onAbort(signal, () => end(() => reject(this.#waitEnded('aborted', signal)))));
      if (deadline === Infinity) {
        this.#unboundedWaits += 1;
        pending.add(() => void (this.#unboundedWaits -= 1));
      }
      pending.add(
        this.#changed.subscribe({
          next: () => {
            const session = this.pick(stale);
            if (session !== undefined) end(() => resolve(session));
          },
          error: () => end(() => reject(this.#waitEnded('closed'))),
        }),
      );
    });
  }

  #waitEnded(reason: SessionWaitEnded['reason'], signal?: AbortSignal): SessionWaitEnded {
    return new SessionWaitEnded(reason, this.state, {
      ...(signal === undefined ? {} : { signal }),
      ...(reason === 'closed' ? { closedError: this.errorAfterClose() } : {}),
      ...(this.#lastError === undefined ? {} : { lastError: this.#lastError }),
    });
  }

  #failsOverInPlace(session: Session): boolean {
    return this.config.hosts !== undefined && !hasFailed(session.channel.getConnectivityState(false));
  }

  #onMemberEvent(event: ConnectionEvent): void {
    if (event.type === 'connected' && event.serverInfo !== undefined) this.#serverInfo = event.serverInfo;
    if (event.type === 'retry') {
      this.#lastError = event.error;
      if (event.attempt >= UNBOUNDED_WAIT_WARNING_ATTEMPTS) this.#warnOfUnboundedWait(event.attempt, event.error);
    }
    if (event.type === 'disconnected') this.#lastError = event.error;
    this.#emit(event);
  }

  /**
   * A wait with no timeout (`firstConnected()`, a call with `timeout: Infinity`) on a
   * connection whose attempts keep failing would hang silently: say why, once a connection,
   * the Node way (a process warning with a code, printed by Node unless `--no-warnings`).
   */
  #warnOfUnboundedWait(attempt: number, error: MilvexError): void {
    if (this.#unboundedWaits === 0 || this.#warnedOfUnboundedWait) return;
    this.#warnedOfUnboundedWait = true;
    process.emitWarning(
      `milvex: waiting with no timeout for a connection to ${targetOf(this.config)}, whose ${attempt} attempts so far failed; last error: ${error.message}. Pass a timeout to fail instead.`,
      { type: 'MilvexWarning', code: UNBOUNDED_WAIT_WARNING_CODE },
    );
  }

  #emit(event: ConnectionEvent): void {
    this.hooks.publish(event);
    this.#events.next(event);
  }

  #setState(state: ConnectionState): void {
    if (this.#state.value !== state) this.#state.next(state);
  }
}
