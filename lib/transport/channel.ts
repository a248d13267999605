/**
 * Making the grpc-js channel for a config: its target (one address, or all of `hosts` with
 * their load balancing), credentials (plain or TLS, optionally mutual), keepalive, no
 * receive limit, no channelz, a channel-local subchannel pool, and the user's
 * `channelOptions` merged last.
 *
 * The connection takes a {@link ChannelFactory}, so marble specs hand it fakes while
 * integration specs use {@link createChannel} on real sockets. The workarounds of grpc-js
 * leaks (credentials that release their connections, `closeChannel`) are in
 * `grpc-internals.ts`, with every other reach into grpc-js's private structure.
 */
import { type ChannelCredentials, type ChannelInterface, type ChannelOptions, Channel, credentials } from '@grpc/grpc-js';
import type { Config } from '../config/config.js';
import { hostPort } from '../config/hosts.js';
import { MAX_TIMER_MS } from '../time/deadline.js';
import { releasingConnections } from './grpc-internals.js';
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

/**
 * The real channel factory: a new grpc-js channel, IDLE until asked to connect.
 *
 * @param config - the parsed configuration
 * @returns a channel that the caller owns and must close
 */
export const createChannel: ChannelFactory = (config) => new Channel(targetOf(config), credentialsOf(config), channelOptionsOf(config));
