/**
 * `conn.call`: unary calls to the MilvusService methods of `proto/` that ride out a
 * reconnection within their deadline.
 *
 * A call waits for the connection when it is not connected; when the transport is lost
 * under an idempotent call it waits for the next session and sends again; all of it within
 * one deadline. A reply whose Milvus status is not success rejects with `GrpcError`.
 */
import { type ServiceError, status as grpcStatus } from '@grpc/grpc-js';
import { firstValueFrom, merge, take } from 'rxjs';
import { checkSignal, whenAborted } from './abort.js';
import type { Session } from './attempt.js';
import type { Config } from './config.js';
import { GrpcError, InvalidError, MilvexError } from './errors.js';
import { callMetadata } from './metadata.js';
import { AUTHENTICATION_FAILED, type MilvusMethodName, type MilvusMethods, type MilvusStatus, milvusMethod } from './proto.js';
import { isServiceError, unaryCall } from './unary.js';

/** Options of one call. */
export interface CallOptions {
  /** The call's whole deadline, waits and resends included, in ms. @default the config's `timeout` */
  readonly timeout?: number;
  /** Cancels the call. */
  readonly signal?: AbortSignal;
  /** Whether sending the call twice is harmless; then it is resent after a transport loss. @default true for GetVersion and CheckHealth */
  readonly idempotent?: boolean;
}

/** Methods that are safe to send again after a transport loss. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GetVersion', 'CheckHealth']);

/** What the call layer needs of a connection. */
export interface SessionSource {
  readonly config: Config;
  waitForSession(options: { timeout?: number; signal?: AbortSignal }, defaultTimeout: number | undefined, stale?: Session): Promise<Session>;
}

/** gRPC codes that mean the transport went away under the call. */
function isTransportLoss(error: ServiceError): boolean {
  return error.code === grpcStatus.UNAVAILABLE;
}

function grpcFailure(method: string, error: ServiceError): GrpcError {
  const fatal = error.code === grpcStatus.UNAUTHENTICATED || error.code === grpcStatus.PERMISSION_DENIED;
  const retriable = !fatal && (error.code === grpcStatus.UNAVAILABLE || error.code === grpcStatus.DEADLINE_EXCEEDED);
  return new GrpcError({ method, code: error.code, reason: error.details || grpcStatus[error.code] || 'unknown', retriable, source: 'grpc' }, error);
}

function statusFailure(method: string, status: MilvusStatus): GrpcError | undefined {
  const code = status.code !== 0 ? status.code : status.error_code;
  if (code === 0) return undefined;
  const retriable = code !== AUTHENTICATION_FAILED && status.retriable;
  return new GrpcError({ method, code, reason: status.reason, retriable, source: 'milvus' });
}

function checkCallOptions(method: string, options: CallOptions): void {
  const { timeout } = options;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) {
    throw new InvalidError('timeout', `Invalid option "timeout": expected an integer > 0 (ms), got ${String(timeout)}`);
  }
  checkSignal(options.signal);
  if (milvusMethod(method) === undefined) {
    throw new InvalidError('method', `Invalid argument "method": "${method}" is not a MilvusService method of proto/`);
  }
}

/** Sends one request on one session; rejects with the raw grpc-js error or on abort. */
function sendOnce<M extends MilvusMethodName>(
  session: Session,
  config: Config,
  method: M,
  request: MilvusMethods[M]['request'],
  deadline: number,
  signal: AbortSignal | undefined,
): Promise<MilvusMethods[M]['response']> {
  const definition = milvusMethod(method);
  if (definition === undefined) throw new InvalidError('method', `"${method}" is not a MilvusService method of proto/`);
  const reply$ = unaryCall<object, MilvusMethods[M]['response']>(
    session.channel,
    definition,
    request,
    callMetadata(config, session.identifier),
    new Date(deadline),
  );
  if (signal === undefined) return firstValueFrom(reply$);
  const aborted$ = whenAborted(signal, config, `call ${method} was aborted`);
  return firstValueFrom(merge(reply$, aborted$).pipe(take(1)));
}

/**
 * Calls a MilvusService method of `proto/` on a connection.
 *
 * @param source - the connection
 * @param method - `Connect`, `GetVersion` or `CheckHealth`
 * @param request - the request message
 * @param options - deadline, signal, idempotency
 * @returns the reply
 * @throws GrpcError for a failed call or a non-success Milvus status; ConnectionError when
 *   no connection came within the deadline (`timeout`), on abort, or after close
 */
export async function callMethod<M extends MilvusMethodName>(
  source: SessionSource,
  method: M,
  request: MilvusMethods[M]['request'],
  options: CallOptions = {},
): Promise<MilvusMethods[M]['response']> {
  checkCallOptions(method, options);
  const { config } = source;
  const deadline = Date.now() + (options.timeout ?? config.timeout);
  const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
  let stale: Session | undefined;
  for (;;) {
    const remaining = Math.max(1, deadline - Date.now());
    const session = await source.waitForSession({ timeout: remaining, signal: options.signal }, undefined, stale);
    try {
      const reply = await sendOnce(session, config, method, request, deadline, options.signal);
      const status = (reply as { status?: MilvusStatus | null }).status;
      const failure = status ? statusFailure(method, status) : undefined;
      if (failure !== undefined) throw failure;
      return reply;
    } catch (error) {
      if (error instanceof MilvexError) throw error;
      if (!isServiceError(error)) throw error;
      if (!(idempotent && isTransportLoss(error) && Date.now() < deadline)) throw grpcFailure(method, error);
      // The transport died under the call: send again on the next session, or on the same
      // one when its channel fails over to another address by itself. Yield to the event
      // loop first: grpc-js learns of the dead transport through I/O, and a resend queued
      // before that would fail at once, over and over, starving that very I/O.
      stale = session;
      await new Promise(setImmediate);
    }
  }
}
