/**
 * Lifecycle events of a connection: their types, and where they go besides `events$`
 * (the `node:diagnostics_channel` channels `milvex:connection:<type>` and the configured
 * logger). No event carries a secret.
 */
import diagnostics from 'node:diagnostics_channel';
import type { Logger } from '../config/config.js';
import type { ConnectionError, MilvexError } from '../errors.js';
import type { ServerInfo } from '../protocol/proto.js';

/**
 * Which connection an event is about: `connection` is the connection's name, or its `#id`
 * when it has none; in a pool (`poolSize` > 1), `member` is the member's index from 0.
 */
export interface ConnectionEventSource {
  readonly connection: string;
  readonly member?: number;
}

/**
 * One lifecycle event, discriminated by `type`. `attempt` counts the attempts of the current
 * cycle from 1 (the count starts again after each success).
 */
export type ConnectionEvent = ConnectionEventSource &
  (
    | { readonly type: 'connecting'; readonly attempt: number }
    | {
        readonly type: 'connected';
        readonly attempt: number;
        /** From the start of the successful attempt to READY and handshaken. */
        readonly durationMs: number;
        readonly serverInfo?: ServerInfo;
      }
    | { readonly type: 'disconnected'; readonly error: ConnectionError }
    | {
        readonly type: 'retry';
        /** The attempt that failed. */
        readonly attempt: number;
        /** The wait before the next attempt: `backoffDelay(attempt - 1)`. */
        readonly delayMs: number;
        readonly error: MilvexError;
      }
    | {
        /** A channel was replaced before `channelMaxAge`: the new one is live, the old one drains. */
        readonly type: 'recycled';
        /** How old the replaced channel was. */
        readonly ageMs: number;
        /** How long the replacement took to connect and handshake. */
        readonly durationMs: number;
      }
    | {
        /** A replacement could not connect: the old channel stays and it is tried again after `delayMs`. */
        readonly type: 'recycle_failed';
        readonly delayMs: number;
        readonly error: MilvexError;
      }
    | { readonly type: 'closed'; readonly error?: MilvexError }
  );

/** The `type` of a {@link ConnectionEvent}. */
export type ConnectionEventType = ConnectionEvent['type'];

const EVENT_TYPES: readonly ConnectionEventType[] = ['connecting', 'connected', 'disconnected', 'retry', 'recycled', 'recycle_failed', 'closed'];

/** The diagnostics channel name of each event type. */
export const DIAGNOSTICS_CHANNELS: Readonly<Record<ConnectionEventType, string>> = Object.fromEntries(
  EVENT_TYPES.map((type) => [type, `milvex:connection:${type}`]),
) as Record<ConnectionEventType, string>;

const channels = Object.fromEntries(EVENT_TYPES.map((type) => [type, diagnostics.channel(DIAGNOSTICS_CHANNELS[type])])) as Record<
  ConnectionEventType,
  diagnostics.Channel
>;

const LOG_LEVEL: Readonly<Record<ConnectionEventType, keyof Logger>> = {
  connecting: 'debug',
  connected: 'info',
  disconnected: 'warn',
  retry: 'warn',
  recycled: 'info',
  recycle_failed: 'warn',
  closed: 'info',
};

/** The log line of an event: its error reduced to its name and message. */
function logPayload(event: ConnectionEvent): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...event };
  const { error } = event as { error?: MilvexError };
  if (error !== undefined) payload['error'] = { name: error.name, message: error.message };
  return payload;
}

/**
 * Sends an event to its diagnostics channel (only when someone listens) and to the logger.
 *
 * @param event - the event
 * @param logger - the configured logger, if any
 */
export function publishEvent(event: ConnectionEvent, logger: Logger | undefined): void {
  const channel = channels[event.type];
  if (channel.hasSubscribers) channel.publish(event);
  const source = event.member === undefined ? event.connection : `${event.connection}[${event.member}]`;
  try {
    // Without a logger or this level, the optional call builds no payload.
    logger?.[LOG_LEVEL[event.type]]?.(logPayload(event), `milvex ${source}: ${event.type}`);
  } catch {
    // A failing logger must not take the connection down with it.
  }
}
