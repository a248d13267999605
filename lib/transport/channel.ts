/**
 * Making the grpc-js channel for a config: its target (one address, or all of `hosts` with
 * their load balancing), credentials (plain or TLS, optionally mutual), keepalive, no
 * receive limit, no channelz, a channel-local subchannel pool, and the user's
 * `channelOptions` merged last.
 *
 * The connection takes a {@link ChannelFactory}, so marble specs hand it fakes while
 * integration specs use {@link createChannel} on real sockets.
 */
import type { Socket } from 'node:net';
import { type ChannelCredentials, type ChannelInterface, type ChannelOptions, Channel, credentials } from '@grpc/grpc-js';
import type { Config } from '../config/config.js';
import { hostPort } from '../config/hosts.js';
import { MAX_TIMER_MS } from '../time/deadline.js';
import { MIN_RESOLUTION_INTERVAL_OPTION, hostsTarget } from './resolver.js';

/** Makes a new, idle channel for a config. */
export type ChannelFactory = (config: Config) => ChannelInterface;

/**
 * grpc-js's own reconnect backoff, pushed out of reach (below the 2^31 ms timer limit even
 * with its 20 % jitter). milvex never lets a channel reconnect by itself: it closes it and
 * makes a new one. And grpc-js 1.14 has a subchannel of a channel closed in
 * TRANSIENT_FAILURE reconnect when that backoff ends, opening a connection nobody owns.
 */
const UNREACHABLE_BACKOFF_MS = 1_000_000_000;

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

/** The gRPC target: `host:port` (IPv6 literals bracketed), or every address of `hosts`. */
export function targetOf(config: Pick<Config, 'host' | 'port'> & { readonly hosts?: readonly string[] | undefined }): string {
  if (config.hosts !== undefined) return hostsTarget(config.hosts);
  return hostPort(config);
}

/**
 * What only a `hosts` channel sets: its load balancing policy, and grpc-js's own reconnect
 * backoff on the milvex curve, since grpc-js must retry a dead address by itself while
 * another one serves (a single-address channel never reconnects by itself).
 */
function hostsChannelOptions(config: Config): ChannelOptions {
  return {
    'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ [config.loadBalancing]: {} }] }),
    'grpc.initial_reconnect_backoff_ms': config.reconnectBaseDelay,
    'grpc.max_reconnect_backoff_ms': config.reconnectMaxDelay,
    // Names are looked up again after failures, but no more often than reconnects start.
    [MIN_RESOLUTION_INTERVAL_OPTION]: config.reconnectBaseDelay,
  };
}

/** The channel options milvex sets, before the user's. */
export function channelOptionsOf(config: Config): ChannelOptions {
  const options: ChannelOptions = {
    // Milvus results are often larger than grpc-js's 4 MiB default.
    'grpc.max_receive_message_length': -1,
    // Never-closed channels would otherwise pin channelz entries.
    'grpc.enable_channelz': 0,
    // Channels sharing the global pool would inherit a dead subchannel's backoff from the
    // channel they replace; each channel gets its own TCP connection instead.
    'grpc.use_local_subchannel_pool': 1,
    // A silent peer (blackhole) is noticed only through keepalive pings.
    'grpc.keepalive_time_ms': config.keepaliveTime,
    'grpc.keepalive_timeout_ms': config.keepaliveTimeout,
    'grpc.keepalive_permit_without_calls': 1,
    // IDLE must mean the transport is gone, not that it was quiet: idleness is pushed to
    // the longest timer (user options may shorten it; see `connectivity.ts`).
    'grpc.client_idle_timeout_ms': MAX_TIMER_MS,
    'grpc.initial_reconnect_backoff_ms': UNREACHABLE_BACKOFF_MS,
    'grpc.max_reconnect_backoff_ms': UNREACHABLE_BACKOFF_MS,
  };
  if (config.hosts !== undefined) Object.assign(options, hostsChannelOptions(config));
  if (config.tls?.serverName !== undefined) {
    options['grpc.ssl_target_name_override'] = config.tls.serverName;
    options['grpc.default_authority'] = config.tls.serverName;
  }
  return { ...options, ...config.channelOptions };
}

function credentialsOf(config: Config): ChannelCredentials {
  if (!config.ssl) return releasingConnections(credentials.createInsecure());
  const tls = config.tls;
  return releasingConnections(credentials.createSsl(tls?.rootCerts ?? null, tls?.privateKey ?? null, tls?.certChain ?? null));
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
function releasingConnections(channelCredentials: ChannelCredentials): ChannelCredentials {
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
 * The real channel factory: a new grpc-js channel, IDLE until asked to connect.
 *
 * @param config - the parsed configuration
 * @returns a channel that the caller owns and must close
 */
export const createChannel: ChannelFactory = (config) => new Channel(targetOf(config), credentialsOf(config), channelOptionsOf(config));

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
  const subchannels = subchannelsOf(internal);
  channel.close();
  releaseUnowned(subchannels);
  if (internal?.resolvingLoadBalancer?.destroy === undefined) return;
  setImmediate(() => {
    internal.resolvingLoadBalancer?.destroy?.();
    const late = subchannelsOf(internal);
    internal.subchannelPool?.unrefUnusedSubchannels?.();
    releaseUnowned(late);
  });
}

function subchannelsOf(internal: GrpcInternals['internalChannel']): PooledSubchannel[] {
  const pool = internal?.subchannelPool?.pool;
  return pool === undefined ? [] : Object.values(pool).flat();
}

/** Stops the backoff timer and ends the pending session of each subchannel nobody holds. */
function releaseUnowned(subchannels: readonly PooledSubchannel[]): void {
  for (const { subchannel } of subchannels) {
    if (subchannel?.refcount !== 0) continue;
    subchannel.backoffTimeout?.stop?.();
    subchannel.connector?.session?.destroy?.();
  }
}
