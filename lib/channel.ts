/**
 * Making the grpc-js channel for a config: credentials (plain or TLS, optionally mutual),
 * keepalive, no receive limit, no channelz, a channel-local subchannel pool, and the user's
 * `channelOptions` merged last.
 *
 * The connection takes a {@link ChannelFactory}, so marble specs hand it fakes while
 * integration specs use {@link createChannel} on real sockets.
 */
import { type ChannelInterface, type ChannelOptions, Channel, credentials } from '@grpc/grpc-js';
import type { Config } from './config.js';
import { MAX_TIMER_MS } from './options.js';

/** Makes a new, idle channel for a config. */
export type ChannelFactory = (config: Config) => ChannelInterface;

/** The gRPC target for host and port; IPv6 literals need brackets. */
export function targetOf(config: Pick<Config, 'host' | 'port'>): string {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return `${host}:${config.port}`;
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
  };
  if (config.tls?.serverName !== undefined) {
    options['grpc.ssl_target_name_override'] = config.tls.serverName;
    options['grpc.default_authority'] = config.tls.serverName;
  }
  return { ...options, ...config.channelOptions };
}

function credentialsOf(config: Config) {
  if (!config.ssl) return credentials.createInsecure();
  const tls = config.tls;
  return credentials.createSsl(tls?.rootCerts ?? null, tls?.privateKey ?? null, tls?.certChain ?? null);
}

/**
 * The real channel factory: a new grpc-js channel, IDLE until asked to connect.
 *
 * @param config - the parsed configuration
 * @returns a channel that the caller owns and must close
 */
export const createChannel: ChannelFactory = (config) =>
  new Channel(targetOf(config), credentialsOf(config), channelOptionsOf(config));
