/**
 * One member of a connection: a channel slot that connects, is watched, is recycled before
 * `channelMaxAge`, and on loss is recreated with backoff. A connection holds one member,
 * or `poolSize` of them, each with its own TCP connection and its own state.
 *
 * ```text
 *              start()
 *                 |
 *                 v         attempt n fails: wait backoffDelay(n - 1), try again
 *           [connecting] <---------------------------------.
 *                 |  attempt succeeds                      |
 *                 v                                        |
 *  .-------> [connected] -- transport lost --> [reconnecting] -- first attempt at once,
 *  |          |      ^                              |          later ones after backoff
 *  |          '------' recycled: a new channel      |
 *  '------------- attempt succeeds -----------------'
 * ```
 */
import { BehaviorSubject, type Observable, type Subscription, defer, repeat } from 'rxjs';
import { reconnectCurve, retryWithBackoff } from '../time/backoff.js';
import type { Config } from '../config/config.js';
import { type ConnectionError, MilvexError, asMilvexError } from '../errors.js';
import { Drains } from './drain.js';
import type { ConnectionEvent, ConnectionEventSource } from './events.js';
import { type ChannelUpdate, channelSlot } from './channel-slot.js';
import type { ChannelSlotDependencies } from './dependencies.js';
import type { Session } from './session.js';

/** Where a member stands; the connection's state is made from its members'. */
export type MemberState = 'connecting' | 'connected' | 'reconnecting';

/** What a member is now: its state and, while connected, its live session. */
export interface MemberSnapshot {
  readonly state: MemberState;
  readonly session: Session | undefined;
}

/** What a member tells its pool besides its snapshot. */
export interface MemberHooks {
  /** A lifecycle event of this member (its source already filled in). */
  emit(event: ConnectionEvent): void;
  /** An attempt failed in a way no retry can mend (bad credentials): the connection closes. */
  fatal(error: MilvexError): void;
}

function isRetriable(error: unknown): boolean {
  return error instanceof MilvexError && error.retriable;
}

/** One channel slot of a connection. */
export class Member {
  readonly #snapshot = new BehaviorSubject<MemberSnapshot>({ state: 'connecting', session: undefined });
  readonly #deps: ChannelSlotDependencies;
  /** Where its lost and retired sessions finish their calls: its own, closed on `stop()`. */
  readonly #drains: Drains;
  #lifecycle: Subscription | undefined;
  #retryCount = 0;
  #attemptInCycle = 0;

  /**
   * @param config - the parsed configuration
   * @param source - `connection` (and `member` in a pool) for its events
   * @param deps - channel factory, handshake, scheduler, randomness
   * @param hooks - where it reports
   */
  constructor(
    private readonly config: Config,
    private readonly source: ConnectionEventSource,
    deps: ChannelSlotDependencies,
    private readonly hooks: MemberHooks,
  ) {
    this.#deps = deps;
    this.#drains = new Drains(deps.scheduler);
  }

  /** Its state and live session now, then every change. */
  get snapshot$(): Observable<MemberSnapshot> {
    return this.#snapshot.asObservable();
  }

  /** Where it stands. */
  get state(): MemberState {
    return this.#snapshot.value.state;
  }

  /** Its live session, while connected. */
  get session(): Session | undefined {
    return this.#snapshot.value.session;
  }

  /** Failed attempts since its last success (0 while connected). */
  get retryCount(): number {
    return this.#retryCount;
  }

  /** Starts connecting; a lost session completes its attempt, and the next one starts at once. */
  start(): void {
    const attempts$ = defer(() => {
      this.#attemptInCycle += 1;
      this.#emit({ type: 'connecting', attempt: this.#attemptInCycle });
      return channelSlot(this.config, this.#deps, this.#drains);
    }).pipe(
      retryWithBackoff<ChannelUpdate>(reconnectCurve(this.config), {
        scheduler: this.#deps.scheduler,
        random: this.#deps.random,
        isRetriable,
        onRetry: ({ delayMs, error }) => this.#onAttemptFailed(asMilvexError(error), delayMs),
      }),
      repeat(),
    );
    this.#lifecycle = attempts$.subscribe({
      next: (update) => this.#onUpdate(update),
      error: (error: unknown) => this.hooks.fatal(asMilvexError(error)),
    });
  }

  /** Stops for good: cancels the calls on its channels, closes them (draining ones too) and every timer. */
  stop(): void {
    this.#lifecycle?.unsubscribe();
    this.#lifecycle = undefined;
    this.#drains.closeAll();
    this.#snapshot.complete();
  }

  #onUpdate(update: ChannelUpdate): void {
    switch (update.type) {
      case 'connected':
        this.#onConnected(update.session);
        return;
      case 'lost':
        this.#onLost(update.error);
        return;
      case 'recycled':
        this.#snapshot.next({ state: 'connected', session: update.session });
        this.#emit({ type: 'recycled', ageMs: update.ageMs, durationMs: update.session.durationMs });
        return;
      case 'recycle_failed':
        this.#emit({ type: 'recycle_failed', delayMs: update.delayMs, error: update.error });
        return;
    }
  }

  #onConnected(session: Session): void {
    this.#retryCount = 0;
    this.#snapshot.next({ state: 'connected', session });
    this.#emit({
      type: 'connected',
      attempt: this.#attemptInCycle,
      durationMs: session.durationMs,
      ...(session.serverInfo === undefined ? {} : { serverInfo: session.serverInfo }),
    });
    this.#attemptInCycle = 0;
  }

  #onLost(error: ConnectionError): void {
    this.#snapshot.next({ state: 'reconnecting', session: undefined });
    this.#emit({ type: 'disconnected', error });
  }

  #onAttemptFailed(error: MilvexError, delayMs: number): void {
    this.#retryCount += 1;
    this.#emit({ type: 'retry', attempt: this.#attemptInCycle, delayMs, error });
  }

  #emit(event: DistributiveOmit<ConnectionEvent, keyof ConnectionEventSource>): void {
    this.hooks.emit({ ...this.source, ...event });
  }
}

/** `Omit` applied to each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
