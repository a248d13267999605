/**
 * `conn.call`: unary calls to the MilvusService that keep their promise within one deadline.
 *
 * A call waits for a session when the connection is down, and is sent again when the
 * call policy (`policy.ts`) allows it: always when it never left, after a transport loss
 * only for reads (or `idempotent: true`), after a retriable server reply with backoff. A
 * write whose transport was lost after sending rejects with `outcome_unknown`. A reply
 * whose Milvus status is not success rejects with `GrpcError` (`source: 'milvus'`).
 *
 * ```text
 * deadline: |------------------------------------------------|
 * session:  --wait--[ sent  x lost ]--wait--[ sent  ok ]         a read: sent again
 * write:    --wait--[ sent  x lost ]# outcome_unknown
 * ```
 */
import { type ServiceError, status as grpcStatus } from '@grpc/grpc-js';
import { type Observable, catchError, firstValueFrom, map, merge, of, take, throwError, timer } from 'rxjs';
import { whenAborted } from '../time/abort.js';
import { type Deadline, atDeadline, deadlineAfter, grpcDeadline } from '../time/deadline.js';
import { ConnectionError, GrpcError, InvalidError, MilvexError } from '../errors.js';
import { callMetadata } from '../transport/metadata.js';
import { describeValue } from '../config/option-builders.js';
import { type FailureKind, classifyCallError, isRetriableKind, maySendAgain, milvusFailure } from './policy.js';
import type { Pool } from '../connection/pool.js';
import { METHOD_KINDS, milvusStatusOf } from '../protocol/methods.js';
import { type MilvusMethodName, type MilvusMethods, milvusMethod } from '../protocol/proto.js';
import type { Session } from '../connection/session.js';
import { isServiceError } from '../transport/unary.js';

/** Options of one call. */
export interface CallOptions {
  /** The call's whole deadline, waits and resends included, in ms (`Infinity`: none). @default the config's `timeout` */
  readonly timeout?: number;
  /** Cancels the call; an aborted signal means nothing is sent. */
  readonly signal?: AbortSignal;
  /** Whether sending the call twice is harmless; a write marked so is sent again after a transport loss. @default true for reads (`METHOD_KINDS`) */
  readonly idempotent?: boolean;
}

const CALL_OPTION_NAMES: readonly string[] = ['timeout', 'signal', 'idempotent'] satisfies ReadonlyArray<keyof CallOptions>;

/** How one attempt of a call ended: a reply, or a failure to judge. */
type Outcome = { readonly reply: object } | { readonly error: Pick<ServiceError, 'code' | 'details'> };

/** What a call cancelled by milvex itself (its session closed under it) reports. */
const CANCELLED_BY_MILVEX: Outcome = { error: { code: grpcStatus.CANCELLED, details: 'Call cancelled' } };

function checkCallOptions(method: string, options: unknown): CallOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidError('options', `Invalid argument "options" of call ${method}: expected an object with ${CALL_OPTION_NAMES.join(', ')}`);
  }
  for (const key of Object.keys(options)) {
    if (!CALL_OPTION_NAMES.includes(key)) {
      throw new InvalidError(key, `Invalid call option "${key}": unknown option; expected ${CALL_OPTION_NAMES.join(', ')}`);
    }
  }
  const { timeout, signal, idempotent } = options as Record<string, unknown>;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout > 0 && (Number.isInteger(timeout) || timeout === Infinity))) {
    throw new InvalidError(
      'timeout',
      `Invalid call option "timeout": expected an integer > 0 (ms) or Infinity, got ${describeValue(timeout, false)}`,
    );
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new InvalidError('signal', 'Invalid call option "signal": expected an AbortSignal');
  }
  if (idempotent !== undefined && typeof idempotent !== 'boolean') {
    throw new InvalidError('idempotent', `Invalid call option "idempotent": expected true or false, got ${describeValue(idempotent, false)}`);
  }
  return options;
}

function methodDefinition(method: string) {
  const definition = milvusMethod(method);
  if (definition === undefined || definition.requestStream || definition.responseStream) {
    throw new InvalidError('method', `Invalid argument "method": "${method}" is not a unary MilvusService method`);
  }
  return definition;
}

function grpcFailure(method: string, error: Pick<ServiceError, 'code' | 'details'>, kind: FailureKind): GrpcError {
  const { code, details } = error;
  const retriable = isRetriableKind(kind) || code === grpcStatus.DEADLINE_EXCEEDED;
  return new GrpcError({ method, code, details: details || grpcStatus[code] || 'unknown', retriable, source: 'grpc' }, error);
}

/**
 * Sends one attempt of a call on one session, within the deadline (on the scheduler's
 * clock, whatever grpc-js can hold). Resolves with the reply or the failure; rejects on abort.
 */
function sendOnce(
  pool: Pool,
  session: Session,
  method: string,
  request: object,
  deadline: Deadline,
  signal: AbortSignal | undefined,
): Promise<Outcome> {
  const { config, scheduler } = pool;
  const expired: Outcome = { error: { code: grpcStatus.DEADLINE_EXCEEDED, details: `Deadline exceeded (call ${method})` } };
  const attempt$: Observable<Outcome> = merge(
    pool.deps
      .unary(session.channel, methodDefinition(method), request, callMetadata(config, session.identifier), grpcDeadline(scheduler, deadline))
      .pipe(
        map((reply): Outcome => ({ reply })),
        catchError((error: unknown) => (isServiceError(error) ? of<Outcome>({ error }) : throwError(() => error))),
      ),
    atDeadline(deadline, scheduler).pipe(map(() => expired)),
    whenAborted(signal, config, `call ${method} was aborted`),
  ).pipe(take(1));
  return new Promise<Outcome>((resolve, reject) => {
    let ended = false;
    const end = (): boolean => {
      if (ended) return false;
      ended = true;
      release();
      return true;
    };
    const release = session.track(() => {
      if (end()) {
        subscription.unsubscribe();
        resolve(CANCELLED_BY_MILVEX);
      }
    });
    const subscription = attempt$.subscribe({
      next: (outcome) => end() && resolve(outcome),
      // The attempt's error (an abort, or what grpc-js threw) is passed on as it came; the
      // rule cannot see that every source here throws an Error.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      error: (error: unknown) => end() && reject(error),
    });
  });
}

/**
 * Waits the backoff before another try after a retriable reply; throws `failure` when the
 * deadline leaves no room for one.
 */
async function backOff(
  pool: Pool,
  retry: number,
  deadline: Deadline,
  failure: MilvexError,
  signal: AbortSignal | undefined,
  method: string,
): Promise<void> {
  const delayMs = pool.retryDelay(retry, deadline);
  if (delayMs === undefined) throw failure;
  await firstValueFrom(merge(timer(delayMs, pool.scheduler), pool.closed$, whenAborted(signal, pool.config, `call ${method} was aborted`)));
}

async function runCall(pool: Pool, method: string, request: object, options: CallOptions): Promise<object> {
  const { config, scheduler } = pool;
  const timeoutMs = options.timeout ?? config.timeout;
  const deadline = deadlineAfter(scheduler, timeoutMs);
  const resendable = options.idempotent ?? METHOD_KINDS[method as MilvusMethodName] === 'read';
  const { signal } = options;
  let stale: Session | undefined;
  let lastFailure: MilvexError | undefined;
  let retries = 0;
  for (;;) {
    const session = await pool.waitForSession({
      deadline,
      signal,
      stale,
      cause: lastFailure,
      abortedDetail: `call ${method} was aborted`,
      timeoutText: `call ${method}: not connected within ${timeoutMs} ms`,
    });
    const outcome = await sendOnce(pool, session, method, request, deadline, signal);
    if ('reply' in outcome) {
      const status = milvusStatusOf(method as MilvusMethodName, outcome.reply);
      const judged = status === undefined ? undefined : milvusFailure(status);
      if (status === undefined || judged === undefined) return outcome.reply;
      const { code, kind } = judged;
      const failure = new GrpcError({ method, code, details: status.reason, retriable: isRetriableKind(kind), source: 'milvus' });
      if (!maySendAgain(kind, resendable)) throw failure;
      lastFailure = failure;
      stale = undefined;
      await backOff(pool, retries++, deadline, failure, signal, method);
      continue;
    }
    if (pool.state === 'closed') throw pool.closedError;
    const kind = classifyCallError(outcome.error, session.live);
    const failure = grpcFailure(method, outcome.error, kind);
    if (!maySendAgain(kind, resendable)) {
      if (kind !== 'interrupted') throw failure;
      throw new ConnectionError(
        'outcome_unknown',
        config,
        `call ${method} was sent, then the transport was lost (${failure.details}): it may or may not have been applied; it is not sent again unless marked idempotent`,
        { cause: failure },
      );
    }
    lastFailure = failure;
    if (kind === 'retriable_reply' || kind === 'not_applied') {
      stale = undefined;
      await backOff(pool, retries++, deadline, failure, signal, method);
    } else {
      // Sent again on the next session, or on the same one when its channel fails over to
      // another address by itself; after a turn of the event loop, since grpc-js learns of
      // a dead transport through I/O, and a resend before that would fail at once, over and over.
      stale = session;
      await firstValueFrom(timer(0, scheduler));
    }
  }
}

/**
 * Calls a unary MilvusService method on a pool.
 *
 * @param pool - the connection's pool
 * @param method - the method name
 * @param request - the request message
 * @param options - deadline, signal, idempotency
 * @returns the reply
 * @throws InvalidError for a bad method or option; GrpcError for a failed call or a non-success
 *   Milvus status; ConnectionError `outcome_unknown`, `timeout`, `aborted`, `closed`
 */
export async function callMethod<M extends MilvusMethodName>(
  pool: Pool,
  method: M,
  request: MilvusMethods[M]['request'],
  options?: CallOptions,
): Promise<MilvusMethods[M]['response']> {
  // async, so that a bad method or option rejects the returned promise instead of throwing.
  methodDefinition(method);
  const checked = checkCallOptions(method, options);
  return pool.track(runCall(pool, method, request, checked));
}
