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
import { BehaviorSubject, type Observable, type SchedulerLike, Subject, filter, firstValueFrom, map, merge, take } from 'rxjs';
import { abortError, whenAborted } from '../time/abort.js';
import { backoffDelay, reconnectCurve } from '../time/backoff.js';
import type { Config } from '../config/config.js';
import { hasFailed } from '../transport/connectivity.js';
import { type Deadline, atDeadline, remainingMs } from '../time/deadline.js';
import { ConnectionError, type MilvexError } from '../errors.js';
import type { ConnectionEvent, ConnectionEventSource } from './events.js';
import { Member } from './member.js';
import type { Dependencies } from './dependencies.js';
import type { ServerInfo } from '../protocol/proto.js';
import type { Session } from './session.js';

/** Where a connection stands. `closed` is final: `state$` completes after it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** What the owner of a pool hears of it directly (cheaper than subscribing). */
export interface PoolHooks {
  /** Every event, before `events$` emits it. */
  publish(event: ConnectionEvent): void;
  /** The pool closed. */
  closed(): void;
}

/** How a wait for a session ends early. */
export interface SessionWait {
  /** When to give up, on the scheduler's clock (`Infinity`: never). */
  readonly deadline: Deadline;
  /** Gives up when aborted. */
  readonly signal?: AbortSignal | undefined;
  /** What an abort says. */
  readonly abortedDetail: string;
  /** What running out of time says, e.g. `not connected within 5000 ms`. */
  readonly timeoutText: string;
  /** A session a call failed on: wait for another one (unless it fails over in place). */
  readonly stale?: Session | undefined;
  /** Why the caller is still waiting (the last failure of its call), for the timeout error. */
  readonly cause?: unknown;
}

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
  readonly #calls = new Set<Promise<unknown>>();
  readonly #source: ConnectionEventSource;
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

  /** Errors with {@link errorAfterClose} once the pool closes; never emits. */
  get closed$(): Observable<never> {
    return this.#changed.pipe(filter((_tick): _tick is never => false));
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
      for (const member of this.#members) member.stop();
      this.#state.complete();
      this.hooks.closed();
      this.#emit({ type: 'closed', ...this.#source, ...(error === undefined ? {} : { error }) });
      this.#events.complete();
    }
    await Promise.allSettled([...this.#calls]);
  }

  /**
   * Runs a call while the pool knows of it, so that `close()` waits until it settled.
   *
   * @param call - the call's promise
   * @returns the same promise
   */
  track<T>(call: Promise<T>): Promise<T> {
    this.#calls.add(call);
    const forget = (): void => {
      this.#calls.delete(call);
    };
    call.then(forget, forget);
    return call;
  }

  /**
   * The wait before the `retry`-th resend of a call after a retriable reply (the reconnect
   * curve), or `undefined` when it would not end before the call's deadline.
   *
   * @param retry - resends after retriable replies so far (from 0)
   * @param deadline - the call's deadline
   */
  retryDelay(retry: number, deadline: Deadline): number | undefined {
    const delayMs = backoffDelay(retry, reconnectCurve(this.config), this.deps.random);
    return delayMs < remainingMs(this.scheduler, deadline) ? delayMs : undefined;
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
   * @throws ConnectionError `aborted` (also when the signal already was), `not_connected`
   *   (a deadline that has passed), `timeout`, `closed`, or the fatal error that closed it
   */
  waitForSession(wait: SessionWait): Promise<Session> {
    const { signal, deadline } = wait;
    if (signal?.aborted === true) return Promise.reject(abortError(signal, this.config, wait.abortedDetail));
    if (this.state === 'closed') return Promise.reject(this.errorAfterClose());
    const current = this.pick(wait.stale);
    if (current !== undefined) return Promise.resolve(current);
    const cause = wait.cause ?? this.#lastError;
    if (remainingMs(this.scheduler, deadline) === 0) {
      return Promise.reject(new ConnectionError('not_connected', this.config, `not connected (state: ${this.state})`, { cause }));
    }
    const timedOut$ = atDeadline(deadline, this.scheduler).pipe(
      map((): Session => {
        const last = wait.cause ?? this.#lastError;
        throw new ConnectionError('timeout', this.config, `${wait.timeoutText} (state: ${this.state})${detailOf(last)}`, { cause: last });
      }),
    );
    const connected$ = this.#changed.pipe(
      map(() => this.pick(wait.stale)),
      filter((session): session is Session => session !== undefined),
    );
    return firstValueFrom(merge(connected$, timedOut$, whenAborted(signal, this.config, wait.abortedDetail)).pipe(take(1)));
  }

  #failsOverInPlace(session: Session): boolean {
    return this.config.hosts !== undefined && !hasFailed(session.channel.getConnectivityState(false));
  }

  #onMemberEvent(event: ConnectionEvent): void {
    if (event.type === 'connected' && event.serverInfo !== undefined) this.#serverInfo = event.serverInfo;
    if (event.type === 'retry') this.#lastError = event.error;
    if (event.type === 'disconnected') this.#lastError = event.error;
    this.#emit(event);
  }

  #emit(event: ConnectionEvent): void {
    this.hooks.publish(event);
    this.#events.next(event);
  }

  #setState(state: ConnectionState): void {
    if (this.#state.value !== state) this.#state.next(state);
  }
}

/** `: <message>` of an error, for a message that carries its cause's words. */
function detailOf(cause: unknown): string {
  return cause instanceof Error ? `; last error: ${cause.message}` : '';
}
