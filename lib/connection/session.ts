/**
 * A session: one READY, handshaken channel while milvex uses it, and the calls on it.
 *
 * A session is live from its handshake until its member stops routing calls to it (the
 * transport was lost, it was recycled, or the connection closed). Calls register while they
 * are on it, so that a retired session closes its channel once its calls are done (a
 * GOAWAY lets them finish), and so that `disconnect()` can cancel them.
 */
import type { ChannelInterface } from '@grpc/grpc-js';
import type { HandshakeResult } from '../transport/handshake.js';
import type { ServerInfo } from '../protocol/proto.js';

/** A call while it is on a session: the session cancels it when it is closed under it. */
export interface TrackedCall {
  /** Cancels the call (milvex closes its session under it). */
  cancelledByMilvex(): void;
}

/** A READY, handshaken channel and the calls on it. */
export class Session {
  /** The channel; owned by the connection, never to be closed by users. */
  readonly channel: ChannelInterface;
  /** The handshake's identifier, sent as `identifier` metadata. */
  readonly identifier: string | undefined;
  /** What the server said about itself in the handshake. */
  readonly serverInfo: ServerInfo | undefined;
  /** How long the attempt that made it took, in ms. */
  readonly durationMs: number;

  readonly #calls = new Set<TrackedCall>();
  #live = true;
  #onIdle: (() => void) | undefined;

  /**
   * @param channel - the READY channel
   * @param handshake - what the handshake learned
   * @param durationMs - how long the attempt took
   */
  constructor(channel: ChannelInterface, handshake: HandshakeResult, durationMs: number) {
    this.channel = channel;
    this.identifier = handshake.identifier;
    this.serverInfo = handshake.serverInfo;
    this.durationMs = durationMs;
  }

  /** Whether its member still routes calls to it. */
  get live(): boolean {
    return this.#live;
  }

  /** Calls on it now. */
  get callsInFlight(): number {
    return this.#calls.size;
  }

  /** No new call goes to it from now on; a call failing on it failed because of that. */
  retire(): void {
    this.#live = false;
  }

  /**
   * Registers a call while it is on this session, until {@link release}.
   *
   * @param call - the call, cancelled when the session is closed under it
   */
  track(call: TrackedCall): void {
    this.#calls.add(call);
  }

  /** The call has ended on this session (idempotent). */
  release(call: TrackedCall): void {
    if (this.#calls.delete(call) && this.#calls.size === 0) this.#onIdle?.();
  }

  /** Runs `callback` once no call is on it (now, if none is). */
  whenIdle(callback: () => void): void {
    if (this.#calls.size === 0) callback();
    else this.#onIdle = callback;
  }

  /** Cancels every call on it. */
  cancelCalls(): void {
    for (const call of [...this.#calls]) call.cancelledByMilvex();
  }
}
