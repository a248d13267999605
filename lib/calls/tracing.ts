/**
 * Calls as `node:diagnostics_channel` traces: every `conn.call` and every unary or streaming
 * call of a bound client publishes to the `TracingChannel` {@link CALL_TRACING_CHANNEL}
 * (`tracing:milvex:call:start`, `:end`, `:asyncStart`, `:asyncEnd`, `:error`), one
 * {@link CallTraceContext} a call, the same object in every event, so that OpenTelemetry and
 * APM tools can make a span of it and the `db.client.operation.duration` histogram. Nothing
 * is built or published while no one subscribes (`hasSubscribers`).
 *
 * ```text
 * conn.call(...)  start, end  (sync: the call is under way)
 *                 ... waits, attempts, resends ...
 * settled         [error] asyncStart asyncEnd   (attempts and outcome filled in)
 * ```
 */
import { tracingChannel } from 'node:diagnostics_channel';
import { ConnectionError, GrpcError, InvalidError } from '../errors.js';

/** The name of the calls' `TracingChannel`. */
export const CALL_TRACING_CHANNEL = 'milvex:call';

/** What each event of {@link CALL_TRACING_CHANNEL} carries. */
export interface CallTraceContext {
  /** The MilvusService method, e.g. `Search`. */
  readonly method: string;
  /** The database the call is for: the request's `db_name`, else the connection's. */
  readonly database: string;
  /** The collection, where the request names one (`collection_name`; not known for bound clients). */
  readonly collection?: string;
  /** How many times it was sent so far (0: it never left). */
  attempts: number;
  /**
   * How it ended, once it has: `ok`; `milvus_status` or `grpc_status` (a `GrpcError`); a
   * `ConnectionError` reason (`timeout`, `aborted`, `closed`, `outcome_unknown`, ...);
   * `invalid`; else `error`.
   */
  outcome?: string;
  /** The reply (set by the channel on success). */
  result?: unknown;
  /** The error (set on failure). */
  error?: unknown;
}

/** The calls' channel. */
export const callTracing = tracingChannel<object, CallTraceContext>(CALL_TRACING_CHANNEL);

/** Whether anyone listens to any of the channel's events (`hasSubscribers` itself is Node 20.13+). */
export function tracingCalls(): boolean {
  const { start, end, asyncStart, asyncEnd, error } = callTracing;
  return start.hasSubscribers || end.hasSubscribers || asyncStart.hasSubscribers || asyncEnd.hasSubscribers || error.hasSubscribers;
}

/** The `outcome` of a failed call. */
export function outcomeOf(error: unknown): string {
  if (error instanceof GrpcError) return error.source === 'milvus' ? 'milvus_status' : 'grpc_status';
  if (error instanceof ConnectionError) return error.reason;
  if (error instanceof InvalidError) return 'invalid';
  return 'error';
}

/**
 * The context of a call about to start.
 *
 * @param method - the method
 * @param request - its request (`db_name`, `collection_name` read where it has them)
 * @param database - the connection's database
 */
export function traceContext(method: string, request: unknown, database: string): CallTraceContext {
  const { db_name: db, collection_name: collection } = (request ?? {}) as { db_name?: unknown; collection_name?: unknown };
  return {
    method,
    database: typeof db === 'string' && db !== '' ? db : database,
    ...(typeof collection === 'string' && collection !== '' ? { collection } : {}),
    attempts: 0,
  };
}
