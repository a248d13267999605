/**
 * One member of a connection: a channel slot that connects, is watched, is recycled before
 * `channelMaxAge`, and on loss is recreated with backoff. A connection holds one member,
 * or `poolSize` of them, each with its own TCP connection and its own state.
 *
 * ```text
 *              start()
 *                 |
 *                 v         attempt fails: wait backoffDelay(n), try again
 *           [connecting] <---------------------------------.
 *                 |  attempt succeeds                      |
 *                 v                                        |
 *  .-------> [connected] -- transport lost --> [reconnecting] -- first attempt at once,
 *  |          |      ^                              |          later ones after backoff
 *  |          '------' recycled: a new channel      |
 *  '------------- attempt succeeds -----------------'
 * ```
 */
import { type Subscription, defer, repeat } from 'rxjs';
import type { Session } from './attempt.js';
import { reconnectCurve, retryWithBackoff } from './backoff.js';
import type { Config } from './config.js';
import { type ConnectionError, MilvexError, asMilvexError } from './errors.js';
import type { ConnectionEvent, EventSource } from './events.js';
import { type ChannelUpdate, type RecyclingDependencies, recyclingAttempt } from './recycling.js';

/** Where a member stands; the connection's state is made from its members'. */
export type MemberState = 'connecting' | 'connected' | 'reconnecting';

/** What a member tells its connection. */
export interface MemberHooks {
  /** A lifecycle event of this member (its source already filled in). */
  emit(event: ConnectionEvent): void;
  /** The member's state or live session changed. */
  changed(): void;
  /** An attempt failed in a way no retry can mend (bad credentials): the connection closes. */
  fatal(error: MilvexError): void;
}

function isRetriable(error: unknown): boolean {
  return error instanceof MilvexError && error.retriable;
}

/** One channel slot of a connection. */
export class Member {
  #state: MemberState = 'connecting';
  #session: Session | undefined;
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
    private readonly source: EventSource,
    private readonly deps: RecyclingDependencies,
    private readonly hooks: MemberHooks,
  ) {}

  /** Where it stands. */
  get state(): MemberState {
    return this.#state;
  }

  /** Its live session, while connected. */
  get session(): Session | undefined {
    return this.#session;
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
      return recyclingAttempt(this.config, this.deps);
    }).pipe(
      retryWithBackoff<ChannelUpdate>(reconnectCurve(this.config), {
        scheduler: this.deps.scheduler,
        random: this.deps.random,
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

  /** Stops for good: closes its channels (draining ones too) and every timer. */
  stop(): void {
    this.#lifecycle?.unsubscribe();
    this.#lifecycle = undefined;
    this.#session = undefined;
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
        this.#session = update.session;
        this.hooks.changed();
        this.#emit({ type: 'recycled', ageMs: update.ageMs, durationMs: update.session.durationMs });
        return;
      case 'recycle_failed':
        this.#emit({ type: 'recycle_failed', delayMs: update.delayMs, error: update.error });
        return;
    }
  }

  #onConnected(session: Session): void {
    this.#retryCount = 0;
    this.#session = session;
    this.#state = 'connected';
    this.hooks.changed();
    this.#emit({
      type: 'connected',
      attempt: this.#attemptInCycle,
      durationMs: session.durationMs,
      ...(session.serverInfo === undefined ? {} : { serverInfo: session.serverInfo }),
    });
    this.#attemptInCycle = 0;
  }

  #onLost(error: ConnectionError): void {
    this.#session = undefined;
    this.#state = 'reconnecting';
    this.hooks.changed();
    this.#emit({ type: 'disconnected', reason: error });
  }

  #onAttemptFailed(error: MilvexError, delayMs: number): void {
    this.#retryCount += 1;
    this.#emit({ type: 'retry', attempt: this.#attemptInCycle, delayMs, error });
  }

  #emit(event: DistributiveOmit<ConnectionEvent, keyof EventSource>): void {
    this.hooks.emit({ ...this.source, ...event } as ConnectionEvent);
  }
}

/** `Omit` applied to each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
