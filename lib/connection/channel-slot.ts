/**
 * A channel slot: the long-lived place of one member's channel, holding one connection attempt
 * at a time and replacing its channel before it grows old (`channelMaxAge`), for load
 * balancers and proxies that cut connections at a maximum age.
 *
 * A replacement is connected and handshaken while the old channel still serves; only then
 * is it published (`recycled`), and the old channel drains (see `drain.ts`): it is closed
 * once the calls already on it finished, at the latest after twice the call timeout. A replacement that fails leaves the
 * old channel in place and is tried again after a backoff wait (`recycle_failed`).
 *
 * ```text
 * maxAge 10s, jitter 0:  0s      10s         10s+connect     +2 x timeout
 * channel 1:             [== serving ======================][ draining ]| closed
 * channel 2:                     (connecting)  [== serving ==========================...
 * updates:               c                    R                               c = connected, R = recycled
 * ```
 */
import { Observable, Subscription, timer } from 'rxjs';
import { type AttemptUpdate, connectionAttempt } from './attempt.js';
import type { ChannelSlotDependencies } from './dependencies.js';
import type { Drains } from './drain.js';
import { backoffDelay, reconnectCurve } from '../time/backoff.js';
import type { Config } from '../config/config.js';
import { type MilvexError, asMilvexError } from '../errors.js';
import type { Session } from './session.js';

/** What the lifecycle of one channel slot reports. */
export type ChannelUpdate =
  | AttemptUpdate
  | {
      readonly type: 'recycled';
      /** The replacement, now live. */
      readonly session: Session;
      /** How old the replaced channel was, in ms. */
      readonly ageMs: number;
    }
  | {
      readonly type: 'recycle_failed';
      readonly error: MilvexError;
      /** The wait before the replacement is tried again, in ms. */
      readonly delayMs: number;
    };

/** One followed attempt: retired once replaced, so that its loss no longer counts. */
interface Followed {
  readonly subscription: Subscription;
  session: Session | undefined;
  retired: boolean;
}

/**
 * The age at which a channel is replaced: `channelMaxAge × (1 − jitter × random())`, so that
 * channels made together are not all replaced together, and never later than the max age.
 *
 * @param config - `channelMaxAge` and `channelMaxAgeJitter`
 * @param random - a number in [0, 1)
 * @returns milliseconds from the channel's start
 */
export function recycleAge(config: Pick<Config, 'channelMaxAge' | 'channelMaxAgeJitter'>, random: () => number): number {
  return Math.round(config.channelMaxAge * (1 - config.channelMaxAgeJitter * random()));
}

/**
 * One channel slot: a connection attempt whose channel is replaced (recycled) before
 * `channelMaxAge`, for as long as the live channel's transport holds. Without a max age,
 * exactly {@link connectionAttempt}.
 *
 * @param config - the parsed configuration
 * @param deps - channel factory, handshake, scheduler, randomness
 * @param drains - where lost and replaced sessions finish their calls
 * @returns `connected`, then any number of `recycled` / `recycle_failed`, then `lost` and
 *   completion when the live channel's transport is lost; errors like `connectionAttempt`
 *   when the first channel fails to connect
 */
export function channelSlot(config: Config, deps: ChannelSlotDependencies, drains: Drains): Observable<ChannelUpdate> {
  if (config.channelMaxAge === Infinity) return connectionAttempt(config, deps, drains);
  const { scheduler, random } = deps;
  const drainMs = 2 * config.timeout;
  return new Observable<ChannelUpdate>((subscriber) => {
    let live: Followed | undefined;
    /** The planned replacement: its timer, or its attempt while it connects. */
    let pending: Subscription | undefined;
    let failures = 0;

    /** Follows an attempt; once connected, its loss ends the whole, unless it was retired. */
    const follow = (onConnected: (session: Session) => void, onError: (error: unknown) => void): Followed => {
      const followed: Followed = { subscription: new Subscription(), session: undefined, retired: false };
      // Set before subscribing: an attempt that fails at once plans its retry in `pending`.
      pending = followed.subscription;
      followed.subscription.add(
        connectionAttempt(config, deps, drains).subscribe({
          next: (update) => {
            if (followed.retired) return;
            if (update.type === 'connected') {
              followed.session = update.session;
              onConnected(update.session);
            } else subscriber.next(update);
          },
          error: (error: unknown) => !followed.retired && onError(error),
          complete: () => !followed.retired && subscriber.complete(),
        }),
      );
      return followed;
    };

    const planRecycle = (session: Session): void => {
      const startedAt = scheduler.now() - session.durationMs;
      const delayMs = Math.max(0, recycleAge(config, random) - session.durationMs);
      pending = timer(delayMs, scheduler).subscribe(() => replace(startedAt));
    };

    const replace = (startedAt: number): void => {
      const replacement = follow(
        (session) => {
          failures = 0;
          if (live !== undefined) retire(live);
          live = replacement;
          subscriber.next({ type: 'recycled', session, ageMs: scheduler.now() - startedAt });
          planRecycle(session);
        },
        (error) => {
          const delayMs = backoffDelay(failures, reconnectCurve(config), random);
          failures += 1;
          subscriber.next({ type: 'recycle_failed', error: asMilvexError(error), delayMs });
          pending = timer(delayMs, scheduler).subscribe(() => replace(startedAt));
        },
      );
    };

    /** Stops counting an old channel's loss, and closes it once its calls ended (at most after the drain). */
    const retire = (followed: Followed): void => {
      followed.retired = true;
      if (followed.session === undefined) followed.subscription.unsubscribe();
      else drains.add(followed.session, () => followed.subscription.unsubscribe(), drainMs);
    };

    live = follow(
      (session) => {
        subscriber.next({ type: 'connected', session });
        planRecycle(session);
      },
      (error) => subscriber.error(error),
    );

    return () => {
      pending?.unsubscribe();
      live?.subscription.unsubscribe();
    };
  });
}
