/**
 * Every reach into grpc-js beyond its public index, in one file: the call interfaces a
 * channel hands out (not re-exported by the index), and the workarounds of grpc-js 1.14
 * leaks that go through its private structure (credentials' `_createSecureConnector`, a
 * channel's `internalChannel`, its load balancer and subchannel pool). Each is
 * feature-detected, so another grpc-js shape falls back to the public API; when grpc-js is
 * upgraded, this file is where to look. Lint forbids `@grpc/grpc-js/build/*` anywhere else.
 */
import type { Socket } from 'node:net';
import type { ChannelCredentials, ChannelInterface } from '@grpc/grpc-js';

export type { AuthContext } from '@grpc/grpc-js/build/src/auth-context.js';
export type { Call, InterceptingListener, MessageContext } from '@grpc/grpc-js/build/src/call-interface.js';

/** A subchannel as the private grpc-js pool holds it (1.14). */
interface PooledSubchannel {
  subchannel?: {
    /** Channels and pools holding it; 0 once every owner let it go. */
    refcount?: number;
    backoffTimeout?: { stop?: () => void };
    /** Its connector holds the HTTP/2 session while that waits for the peer's first SETTINGS. */
    connector?: { session?: { destroy?: () => void } | null };
  };
}

/** The private grpc-js structure that holds a channel's load balancer and subchannels (1.14). */
interface GrpcInternals {
  internalChannel?: {
    resolvingLoadBalancer?: { destroy?: () => void };
    subchannelPool?: { pool?: Record<string, PooledSubchannel[]>; unrefUnusedSubchannels?: () => void };
  };
}

/** What grpc-js 1.14 asks credentials for: one per subchannel, destroyed when it is released. */
type SecureConnector = ReturnType<ChannelCredentials['_createSecureConnector']>;

/**
 * Credentials whose connectors let go of the connections of a released subchannel (one
 * that no channel holds any more; grpc-js then calls the connector's `destroy()`). grpc-js
 * 1.14 waits without bound for a TLS handshake, on a socket that keeps Node alive, and goes
 * on with a connection whose TCP connect completes after the release, leaving it open for
 * good on a peer that never speaks HTTP/2. So a handshake still pending at the release is
 * ended by destroying its socket, and a connection reaching this step afterwards is
 * refused (grpc-js then destroys its socket). Feature-detected: credentials of another
 * shape are used as they are.
 *
 * @param channelCredentials - fresh credentials, owned by one channel
 * @returns the same credentials object
 */
export function releasingConnections(channelCredentials: ChannelCredentials): ChannelCredentials {
  if (typeof channelCredentials._createSecureConnector !== 'function') return channelCredentials;
  // grpc-js calls it on these very credentials (the subchannel, composed credentials).
  const create = channelCredentials._createSecureConnector.bind(channelCredentials);
  channelCredentials._createSecureConnector = (...args) => new ReleasingConnector(create(...args));
  return channelCredentials;
}

/** A subchannel's connector that ends its pending handshakes when the subchannel is released. */
class ReleasingConnector implements SecureConnector {
  /** Sockets whose handshake has not settled; made on first use (most connections never need it). */
  #handshaking: Set<Socket> | undefined;
  #released = false;

  constructor(private readonly inner: SecureConnector) {}

  connect(socket: Socket): ReturnType<SecureConnector['connect']> {
    if (this.#released) return Promise.reject(new Error('subchannel released before its connection was secured'));
    const handshaking = (this.#handshaking ??= new Set());
    handshaking.add(socket);
    return this.inner.connect(socket).finally(() => handshaking.delete(socket));
  }

  waitForReady(): Promise<void> {
    return this.inner.waitForReady();
  }

  getCallCredentials(): ReturnType<SecureConnector['getCallCredentials']> {
    return this.inner.getCallCredentials();
  }

  destroy(): void {
    this.#released = true;
    for (const socket of this.#handshaking ?? []) socket.destroy();
    this.#handshaking = undefined;
    this.inner.destroy();
  }
}

/**
 * Closes a channel for good. Besides `close()`, works around three grpc-js 1.14 leaks through
 * its private structure where it is as expected (feature-detected; elsewhere only `close()`).
 * Each touches only subchannels that no channel holds any more, so a subchannel shared
 * through the global pool (a user's `grpc.use_local_subchannel_pool: 0`) is left alone:
 *
 * - A subchannel closed in TRANSIENT_FAILURE keeps its reconnect backoff timer, and stays
 *   in memory until it ends: the timers are stopped.
 * - A subchannel closed while its HTTP/2 session waits for the peer's first SETTINGS frame
 *   (a peer that accepts TCP and never speaks HTTP/2) forgets the session but leaves its
 *   TCP connection open for good: that session is destroyed, which closes the socket.
 * - The DNS resolver hands an IP target's address to the channel on a `setImmediate` that
 *   its `destroy()` does not cancel. A channel closed before that callback runs builds its
 *   load balancer afterwards and connects a subchannel that nobody owns and that is never
 *   closed. So once that callback has run (ours is queued after it), the late load
 *   balancer is torn down again and its subchannels released.
 *
 * @param channel - the channel to close
 */
export function closeChannel(channel: ChannelInterface): void {
  const internal = (channel as GrpcInternals).internalChannel;
  // Listed before close(), which drops the unused ones from the pool.
  const subchannels = pooledSubchannels(internal);
  channel.close();
  releaseUnowned(subchannels);
  if (internal?.resolvingLoadBalancer?.destroy === undefined) return;
  setImmediate(() => {
    internal.resolvingLoadBalancer?.destroy?.();
    const late = pooledSubchannels(internal);
    internal.subchannelPool?.unrefUnusedSubchannels?.();
    releaseUnowned(late);
  });
}

function pooledSubchannels(internal: GrpcInternals['internalChannel']): PooledSubchannel[] {
  const pool = internal?.subchannelPool?.pool;
  return pool === undefined ? [] : Object.values(pool).flat();
}

/**
 * How many subchannels a channel's private subchannel pool holds (0 when it has none of the
 * expected shape): what a spec reads to see that `closeChannel` let go of them.
 *
 * @param channel - a channel made with a local subchannel pool
 */
export function pooledSubchannelCount(channel: ChannelInterface): number {
  return pooledSubchannels((channel as GrpcInternals).internalChannel).length;
}

/** Stops the backoff timer and ends the pending session of each subchannel nobody holds. */
function releaseUnowned(subchannels: readonly PooledSubchannel[]): void {
  for (const { subchannel } of subchannels) {
    if (subchannel?.refcount !== 0) continue;
    subchannel.backoffTimeout?.stop?.();
    subchannel.connector?.session?.destroy?.();
  }
}
