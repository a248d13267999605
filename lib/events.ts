/**
 * Lifecycle events of a connection: their types, and where they go besides `events$`
 * (the `node:diagnostics_channel` channels `milvex:connection:<type>` and the configured
 * logger). No event carries a secret.
 */
import diagnostics from 'node:diagnostics_channel';
import type { Logger } from './config.js';
import type { ConnectionError, MilvexError } from './errors.js';
import type { ServerInfo } from './proto.js';

/**
 * One lifecycle event, discriminated by `type`. `attempt` counts the attempts of the current
 * cycle from 1 (the count starts again after each success); `connection` is the connection's
 * name, or its `#id` when it has none.
 */
export type ConnectionEvent =
  | { readonly type: 'connecting'; readonly connection: string; readonly attempt: number }
  | {
      readonly type: 'connected';
      readonly connection: string;
      readonly attempt: number;
      /** From the start of the successful attempt to READY and handshaken. */
      readonly durationMs: number;
      readonly serverInfo?: ServerInfo;
    }
  | { readonly type: 'disconnected'; readonly connection: string; readonly reason: ConnectionError }
  | {
      readonly type: 'retry';
      readonly connection: string;
      /** The attempt that failed. */
      readonly attempt: number;
      /** The wait before the next attempt: `backoffDelay(attempt - 1)`. */
      readonly delayMs: number;
      readonly error: MilvexError;
    }
  | { readonly type: 'closed'; readonly connection: string; readonly reason?: MilvexError };

/** The `type` of a {@link ConnectionEvent}. */
export type ConnectionEventType = ConnectionEvent['type'];

const EVENT_TYPES: readonly ConnectionEventType[] = ['connecting', 'connected', 'disconnected', 'retry', 'closed'];

/** The diagnostics channel name of each event type. */
export const DIAGNOSTICS_CHANNELS: Readonly<Record<ConnectionEventType, string>> = Object.fromEntries(
  EVENT_TYPES.map((type) => [type, `milvex:connection:${type}`]),
) as Record<ConnectionEventType, string>;

const channels = Object.fromEntries(
  EVENT_TYPES.map((type) => [type, diagnostics.channel(DIAGNOSTICS_CHANNELS[type])]),
) as Record<ConnectionEventType, diagnostics.Channel>;

const LOG_LEVEL: Readonly<Record<ConnectionEventType, keyof Logger>> = {
  connecting: 'debug',
  connected: 'info',
  disconnected: 'warn',
  retry: 'warn',
  closed: 'info',
};

/** The log line of an event: errors reduced to their message and reason. */
function logPayload(event: ConnectionEvent): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...event };
  for (const key of ['reason', 'error'] as const) {
    const error = (event as Partial<Record<typeof key, MilvexError>>)[key];
    if (error !== undefined) payload[key] = { name: error.name, message: error.message };
  }
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
  const log = logger?.[LOG_LEVEL[event.type]];
  if (log === undefined) return;
  try {
    log.call(logger, logPayload(event), `milvex ${event.connection}: ${event.type}`);
  } catch {
    // A failing logger must not take the connection down with it.
  }
}
