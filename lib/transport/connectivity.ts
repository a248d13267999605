/**
 * A channel's connectivity as an observable, and the rule that tells a lost transport from
 * a quiet one.
 */
import { type ChannelInterface, connectivityState } from '@grpc/grpc-js';
import { Observable, type Subscriber } from 'rxjs';

/**
 * Emits the channel's current connectivity state, then every change; completes when the
 * channel is SHUTDOWN.
 *
 * Watches with an infinite deadline, which holds no timer, so watching never keeps the
 * process alive. grpc-js cannot cancel a watch: after unsubscribing, the pending watch is
 * ignored (and holds no subscriber) until the channel changes state or closes.
 *
 * ```text
 * channel:  IDLE -- CONNECTING -- READY -- IDLE -- SHUTDOWN
 * result:   a------b-------------c-------a-------(d|)
 * ```
 *
 * ## Example
 * ```ts
 * import { connectivityState } from '@grpc/grpc-js';
 *
 * // A new channel to a server that is up:
 * connectivity$(channel).subscribe((state) => console.log(connectivityState[state]));
 * channel.getConnectivityState(true);
 * // Output:
 * // IDLE
 * // CONNECTING
 * // READY
 * ```
 *
 * @param channel - a grpc-js channel (or anything with its connectivity methods)
 * @returns the states, distinct and in order
 */
export function connectivity$(channel: Pick<ChannelInterface, 'getConnectivityState' | 'watchConnectivityState'>): Observable<connectivityState> {
  return new Observable<connectivityState>((subscriber) => {
    // Dropped on unsubscribe: the watch left pending in grpc-js then holds no subscriber
    // chain, only this closure, until the channel changes state or closes.
    let sink: Subscriber<connectivityState> | undefined = subscriber;
    const follow = (state: connectivityState): void => {
      sink?.next(state);
      // Done with in `next` (as by `first`): no watch is left behind.
      if (sink === undefined || sink.closed) return;
      if (state === connectivityState.SHUTDOWN) {
        sink.complete();
        return;
      }
      try {
        channel.watchConnectivityState(state, Number.POSITIVE_INFINITY, () => follow(channel.getConnectivityState(false)));
      } catch (error) {
        // grpc-js throws when the channel was closed in between: that is SHUTDOWN.
        sink?.error(error);
      }
    };
    follow(channel.getConnectivityState(false));
    return () => {
      sink = undefined;
    };
  });
}

/**
 * Whether a channel in this state cannot serve calls until it is recreated (or, for a
 * `hosts` channel, until grpc-js fails over by itself): TRANSIENT_FAILURE or SHUTDOWN.
 *
 * @param state - the channel's state
 * @returns true for TRANSIENT_FAILURE and SHUTDOWN
 */
export function hasFailed(state: connectivityState): boolean {
  return state === connectivityState.TRANSIENT_FAILURE || state === connectivityState.SHUTDOWN;
}

/**
 * Whether a connectivity state, seen on a channel that was READY, means the transport is
 * lost. TRANSIENT_FAILURE and SHUTDOWN always do; IDLE does unless the channel may simply
 * have gone idle (it has been READY for at least `idleTimeoutMs`), since a killed server or
 * a GOAWAY also lands in IDLE.
 *
 * @param state - the new state
 * @param readyForMs - how long the channel had been READY
 * @param idleTimeoutMs - the channel's idle timeout
 * @returns true when the transport must be recreated
 */
export function isTransportLost(state: connectivityState, readyForMs: number, idleTimeoutMs: number): boolean {
  if (hasFailed(state)) return true;
  return state === connectivityState.IDLE && readyForMs < idleTimeoutMs;
}
