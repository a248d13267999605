/**
 * One connection attempt as a cold observable: make a channel, drive it to READY (bounded
 * by `connectTimeout` together with the handshake), do the Milvus handshake, emit
 * `connected`, then emit `lost` and complete when connectivity says the transport is gone
 * (one rule for a single address, another for a `hosts` channel, which fails over by
 * itself). Failing before `connected` is an error, which the connection's backoff retries.
 *
 * The channel belongs to the attempt: it is closed before the attempt errors, completes or
 * is unsubscribed, so a reconnection never coexists with it (a recycle, see `channel-slot.ts`,
 * deliberately overlaps two attempts).
 *
 * ```text
 * channel:  IDLE-CONNECTING----READY ... IDLE (server killed)
 * attempt:  ------------------- c ------ (l|)     c = connected, l = lost
 * failing:  IDLE-CONNECTING-TRANSIENT_FAILURE
 * attempt:  ------------------#                   # = ConnectionError('unavailable')
 * ```
 */
import { type ChannelInterface, connectivityState } from '@grpc/grpc-js';
import {
  EMPTY,
  type Observable,
  type SchedulerLike,
  Observable as RxObservable,
  concat,
  defer,
  first,
  map,
  of,
  switchMap,
  take,
  tap,
  throwError,
  timeout,
  timer,
} from 'rxjs';
import { closeChannel } from '../transport/grpc-internals.js';
import type { Config } from '../config/config.js';
import { connectivity$, hasFailed, isTransportLost } from '../transport/connectivity.js';
import { ConnectionError } from '../errors.js';
import type { Drains } from './drain.js';
import { failureCause$ } from '../transport/failure-cause.js';
import type { HandshakeResult } from '../transport/handshake.js';
import type { AttemptDependencies } from './dependencies.js';
import { Session } from './session.js';
import { MAX_TIMER_MS } from '../time/deadline.js';

/** What an attempt reports: once `connected`, then once `lost` before it completes. */
export type AttemptUpdate = { readonly type: 'connected'; readonly session: Session } | { readonly type: 'lost'; readonly error: ConnectionError };

/** The idle timeout the channel runs with (milvex's, unless the user set one). */
function idleTimeoutOf(config: Config): number {
  const configured = config.channelOptions['grpc.client_idle_timeout_ms'];
  return typeof configured === 'number' ? configured : MAX_TIMER_MS;
}

/**
 * Wraps an inner pipeline so that the channel is closed before an error travels on, and on
 * unsubscribe (calls still on it are cancelled first: grpc-js's `close()` leaves streams
 * running). On completion, after `lost`, the session goes to the drains instead: its calls
 * may still finish (a GOAWAY lets them), and the channel closes once they did.
 */
function owningChannel<T>(
  channel: ChannelInterface,
  inner: Observable<T>,
  sessionOf: () => Session | undefined,
  retireLost: (session: Session, close: () => void) => void,
): Observable<T> {
  return new RxObservable<T>((subscriber) => {
    let open = true;
    const close = (): void => {
      if (open) {
        open = false;
        closeChannel(channel);
      }
    };
    const subscription = inner.subscribe({
      next: (value) => subscriber.next(value),
      error: (error: unknown) => {
        close();
        subscriber.error(error);
      },
      complete: () => {
        const session = sessionOf();
        if (session === undefined) close();
        else {
          open = false;
          retireLost(session, () => closeChannel(channel));
        }
        subscriber.complete();
      },
    });
    return () => {
      subscription.unsubscribe();
      if (!open) return;
      const session = sessionOf();
      session?.retire();
      session?.cancelCalls();
      close();
    };
  });
}

/**
 * When a single-address channel has lost its transport: TRANSIENT_FAILURE or SHUTDOWN, or
 * IDLE before it can have idled (a killed server and a GOAWAY land in IDLE too). Emits once
 * and completes.
 *
 * Written as one subscriber rather than an operator chain: it lives as long as the
 * connection, once per connection, and each operator would cost its own subscriber and
 * closures.
 */
function singleAddressLoss$(channel: ChannelInterface, config: Config, scheduler: SchedulerLike): Observable<ConnectionError> {
  const idleTimeout = idleTimeoutOf(config);
  return new RxObservable<ConnectionError>((subscriber) => {
    let readySince = scheduler.now();
    const judge = (state: connectivityState): void => {
      if (state === connectivityState.READY) readySince = scheduler.now();
      if (isTransportLost(state, scheduler.now() - readySince, idleTimeout)) {
        subscriber.next(new ConnectionError('transport_lost', config, `the transport went ${connectivityState[state]}`));
        subscriber.complete();
      } else if (state === connectivityState.IDLE) {
        // Quiet long enough to have gone idle: wake it, and judge by what follows.
        channel.getConnectivityState(true);
      }
    };
    return connectivity$(channel).subscribe({ next: judge, error: (error: unknown) => subscriber.error(error) });
  });
}

/**
 * When a `hosts` channel has lost every address. It fails over by itself: IDLE (its address
 * went away) is woken to connect to the next one, and CONNECTING must reach READY again
 * within `connectTimeout`. Only TRANSIENT_FAILURE (every address failed), SHUTDOWN, or no
 * address within `connectTimeout` is a loss. Emits once and completes.
 */
function failoverLoss$(channel: ChannelInterface, config: Config, scheduler: SchedulerLike): Observable<ConnectionError> {
  return connectivity$(channel).pipe(
    switchMap((state) => {
      if (state === connectivityState.READY) return EMPTY;
      if (hasFailed(state)) {
        return of(new ConnectionError('transport_lost', config, `every address failed (${connectivityState[state]})`));
      }
      if (state === connectivityState.IDLE) channel.getConnectivityState(true);
      return timer(config.connectTimeout, scheduler).pipe(
        map(() => new ConnectionError('transport_lost', config, `no address was READY again within connectTimeout (${config.connectTimeout} ms)`)),
      );
    }),
    take(1),
  );
}

/**
 * Errors with the `unavailable` ConnectionError of a channel that failed while connecting,
 * carrying what failed underneath (refused, name not found, TLS) in its message and `cause`.
 */
function failedWhileConnecting$(channel: ChannelInterface, config: Config, state: connectivityState, deadline: Date): Observable<never> {
  const cause$ = state === connectivityState.TRANSIENT_FAILURE ? failureCause$(channel, config.host, deadline) : of(undefined);
  return cause$.pipe(
    switchMap((cause) => {
      const detail = `the transport went ${connectivityState[state]} while connecting${cause === undefined ? '' : `: ${cause.message}`}`;
      return throwError(() => new ConnectionError('unavailable', config, detail, { cause }));
    }),
  );
}

/**
 * One attempt to connect.
 *
 * @param config - the parsed configuration
 * @param deps - channel factory, handshake and scheduler
 * @param drains - where the session goes once lost, to finish its calls
 * @returns a cold observable of `connected` then `lost`; errors with a `ConnectionError`
 *   when the attempt fails before `connected`
 */
export function connectionAttempt(config: Config, deps: AttemptDependencies, drains: Drains): Observable<AttemptUpdate> {
  return defer(() => {
    const { scheduler } = deps;
    const startedAt = scheduler.now();
    const channel = deps.createChannel(config);
    let session: Session | undefined;

    const deadline = new Date(startedAt + config.connectTimeout);

    const ready$ = connectivity$(channel).pipe(
      tap({ subscribe: () => channel.getConnectivityState(true) }),
      first((state) => state === connectivityState.READY || hasFailed(state)),
      switchMap((state) => (state === connectivityState.READY ? of(undefined) : failedWhileConnecting$(channel, config, state, deadline))),
    );

    const connected$ = ready$.pipe(
      switchMap(() => (config.handshake ? deps.handshake(channel, config, deadline) : of<HandshakeResult>({}))),
      timeout({
        first: config.connectTimeout,
        scheduler,
        with: () =>
          throwError(() => new ConnectionError('connect_timeout', config, `not connected within connectTimeout (${config.connectTimeout} ms)`)),
      }),
      take(1),
      map((result): AttemptUpdate => {
        session = new Session(channel, result, scheduler.now() - startedAt);
        return { type: 'connected', session };
      }),
    );

    const lost$ = (config.hosts === undefined ? singleAddressLoss$ : failoverLoss$)(channel, config, scheduler).pipe(
      map((error): AttemptUpdate => {
        session?.retire();
        return { type: 'lost', error };
      }),
    );

    return owningChannel(
      channel,
      concat(connected$, lost$),
      () => session,
      (lostSession, close) => drains.add(lostSession, close, 2 * config.timeout),
    );
  });
}
