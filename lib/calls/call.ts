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
import type { Subscription } from 'rxjs';
import { abortError, onAbort } from '../time/abort.js';
import { reconnectCurve } from '../time/backoff.js';
import { type Deadline, deadlineAfter, longTimer, remainingMs } from '../time/deadline.js';
import { ConnectionError, GrpcError, InvalidError, type MilvexError } from '../errors.js';
import { describeValue } from '../config/option-builders.js';
import { type AttemptOutcome, type RetryDecision, retryStep, whyOutcomeUnknown } from './policy.js';
import { type CallHost, sessionMetadata } from './call-host.js';
import { Resends } from './resend.js';
import { type CallTraceContext, callTracing, outcomeOf, traceContext, tracingCalls } from './tracing.js';
import { METHOD_KINDS, milvusStatusOf } from '../protocol/methods.js';
import { type MilvusUnaryMethodName, type MilvusMethods, milvusMethod, milvusService } from '../protocol/proto.js';
import { nearestNames } from '../config/did-you-mean.js';
import type { Session, TrackedCall } from '../connection/session.js';
import { SessionWaitEnded, waitError } from '../connection/session-wait.js';
import { type UnaryInFlight, isServiceError } from '../transport/unary.js';
import { IDEMPOTENCY_KEY_METADATA, MAX_IDEMPOTENCY_KEY_BYTES } from '../transport/metadata.js';
import { MAX_TIMER_MS } from '../time/deadline.js';

/** Options of one call. */
export interface CallOptions {
  /** The call's whole deadline, waits and resends included, in ms (`Infinity`: none). @default the config's `timeout` */
  readonly timeout?: number;
  /** Cancels the call; an aborted signal means nothing is sent. */
  readonly signal?: AbortSignal;
  /** Whether sending the call twice is harmless; a write marked so is sent again after a transport loss. @default true for reads (`METHOD_KINDS`) */
  readonly idempotent?: boolean;
  /**
   * A key that names this write, sent as the `idempotency-key` gRPC metadata on every
   * attempt: Milvus (2.6.24 / 3.0.2 and later, with `streaming.idempotency.enabled` and the
   * collection property `collection.insert.idempotency.enabled`) answers a repeated `Insert`
   * with the same key with the first one's result instead of adding rows again, so a keyed
   * write is sent again after a transport loss instead of failing `outcome_unknown`. A
   * server that does not enable it rejects the key (Milvus status 1100). Printable ASCII,
   * 1 to 256 bytes; use a new key for each distinct write.
   */
  readonly idempotencyKey?: string;
}

const CALL_OPTION_NAMES: readonly string[] = ['timeout', 'signal', 'idempotent', 'idempotencyKey'] satisfies ReadonlyArray<keyof CallOptions>;

function checkCallOptions(method: string, options: unknown): CallOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidError('options', `Invalid argument "options" of call ${method}: expected an object with ${CALL_OPTION_NAMES.join(', ')}`);
  }
  for (const key in options) {
    if (Object.hasOwn(options, key) && !CALL_OPTION_NAMES.includes(key)) {
      throw new InvalidError(key, `Invalid call option "${key}": unknown option; expected ${CALL_OPTION_NAMES.join(', ')}`);
    }
  }
  const { timeout, signal, idempotent, idempotencyKey } = options as Record<string, unknown>;
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
  // Printable ASCII: what a gRPC metadata value may hold, and one byte a character.
  if (
    idempotencyKey !== undefined &&
    !(
      typeof idempotencyKey === 'string' &&
      idempotencyKey.length >= 1 &&
      idempotencyKey.length <= MAX_IDEMPOTENCY_KEY_BYTES &&
      /^[\x20-\x7e]*$/.test(idempotencyKey)
    )
  ) {
    throw new InvalidError(
      'idempotencyKey',
      `Invalid call option "idempotencyKey": expected a string of 1 to ${MAX_IDEMPOTENCY_KEY_BYTES} printable ASCII characters, got ${describeValue(idempotencyKey, false)}`,
    );
  }
  return options;
}

function methodDefinition(method: string) {
  const definition = milvusMethod(method);
  if (definition === undefined || definition.requestStream || definition.responseStream) {
    const what = definition === undefined ? 'not a MilvusService method' : 'a streaming method (use conn.client())';
    const unary = Object.entries(milvusService())
      .filter(([, known]) => !known.requestStream && !known.responseStream)
      .map(([name]) => name);
    const nearest = definition === undefined ? nearestNames(method, unary) : [];
    const hint = nearest.length === 0 ? '' : `; did you mean ${nearest.map((name) => `"${name}"`).join(' or ')}?`;
    throw new InvalidError('method', `Invalid argument "method": "${method}" is ${what}${hint}`);
  }
  return definition;
}

type MethodDefinition = NonNullable<ReturnType<typeof milvusMethod>>;

/**
 * One `conn.call`: a small state machine driven by callbacks (no observable, no promise per
 * attempt: this is the hot path). It waits for a session, sends, and after a failure asks
 * the policy's one retry step (`retryStep`) whether to fail, resend now or resend after a
 * backoff; all within one deadline on the scheduler's clock.
 *
 * ```text
 * start -> [wait for a session] -> send -> reply ok ------------------------> resolve
 *                ^                    |--> failure -> retryStep: fail -------> reject
 *                |                    |                          resend -----> (next turn) wait
 *                +--------------------+                          resend_after -> (backoff) wait
 * deadline / abort / close: whatever is pending is cancelled, the call rejects
 * ```
 */
class UnaryCall implements TrackedCall {
  readonly #resolve: (reply: object) => void;
  readonly #reject: (error: unknown) => void;
  readonly #deadline: Deadline;
  /** The attempt on the wire, and its session. */
  #inFlight: UnaryInFlight | undefined;
  #session: Session | undefined;
  /** Its resends, from the first failure on (a call that succeeds at once makes none). */
  #resends: Resends | undefined;
  #lastFailure: MilvexError | undefined;
  #settled = false;
  #deadlineTimer: Subscription | undefined;
  #stopAbort: (() => void) | undefined;

  constructor(
    private readonly host: CallHost,
    private readonly method: MilvusUnaryMethodName,
    private readonly definition: MethodDefinition,
    private readonly request: object,
    private readonly options: CallOptions,
    private readonly resendable: boolean,
    private readonly timeoutMs: number,
    resolve: (reply: object) => void,
    reject: (error: unknown) => void,
    /** The trace of the call, while someone listens (`tracing.ts`). */
    private readonly trace?: CallTraceContext,
  ) {
    this.#resolve = resolve;
    this.#reject = reject;
    this.#deadline = deadlineAfter(host.scheduler, timeoutMs);
  }

  start(): void {
    const { host, options } = this;
    host.callStarted();
    const { signal } = options;
    if (signal !== undefined) {
      if (signal.aborted) {
        this.#fail(this.#aborted(signal));
        return;
      }
      this.#stopAbort = onAbort(signal, () => this.#fail(this.#aborted(signal)));
    }
    // The transport ends an attempt at the deadline (grpc-js does, on the wire); milvex's own
    // timer only for a deadline further than grpc-js holds, so that a call costs no timer of ours.
    // The deadline was set just now: what is left of it is the whole timeout.
    const { timeoutMs } = this;
    if (timeoutMs !== Infinity && timeoutMs > MAX_TIMER_MS)
      this.#deadlineTimer = longTimer(timeoutMs, host.scheduler).subscribe(() => this.#onDeadline());
    this.#attempt();
  }

  #aborted(signal: AbortSignal): MilvexError {
    return abortError(signal, this.host.config, `call ${this.method} was aborted`);
  }

  #attempt(): void {
    if (this.#settled) return;
    const { host } = this;
    if (host.state === 'closed') {
      this.#fail(host.errorAfterClose());
      return;
    }
    const stale = this.#resends?.stale;
    const session = host.pick(stale);
    if (session !== undefined) {
      this.#send(session);
      return;
    }
    host.waitForSession({ deadline: this.#deadline, signal: this.options.signal, stale }).then(
      (waited) => this.#send(waited),
      (error: unknown) => {
        if (this.#settled) return;
        const words = {
          aborted: `call ${this.method} was aborted`,
          timeout: `call ${this.method}: not connected within ${this.timeoutMs} ms`,
          cause: this.#lastFailure,
        };
        this.#fail(error instanceof SessionWaitEnded ? waitError(error, host.config, words) : error);
      },
    );
  }

  #send(session: Session): void {
    if (this.#settled) return;
    const { host } = this;
    this.#session = session;
    if (this.trace !== undefined) this.trace.attempts += 1;
    session.track(this);
    const metadata = sessionMetadata(host.config, session);
    const key = this.options.idempotencyKey;
    if (key !== undefined) metadata.set(IDEMPOTENCY_KEY_METADATA, key);
    // The callback is an unnamed arrow, not an arrow-valued field: under a keep-names
    // transform (tsx's, which the specs and benchmarks run) every named function made per
    // call costs a defineProperty.
    this.#inFlight = host.unary(
      session.channel,
      this.definition,
      this.request,
      metadata,
      remainingMs(host.scheduler, this.#deadline),
      (error, reply) => this.#onDone(error, reply),
    );
  }

  /** Ends the attempt on the wire: `undefined` when there was none (already ended or cancelled). */
  #endAttempt(): Session | undefined {
    const session = this.#session;
    if (this.#inFlight === undefined || session === undefined) return undefined;
    this.#inFlight = undefined;
    this.#session = undefined;
    session.release(this);
    return session;
  }

  #onDone(error: Error | null, reply?: object): void {
    const session = this.#endAttempt();
    if (session === undefined || this.#settled) return;
    if (error === null) {
      const answer = reply ?? {};
      const status = milvusStatusOf(this.method, answer);
      if (status === undefined || (status.code === 0 && status.error_code === 0)) {
        this.#succeed(answer);
        return;
      }
      const outcome: AttemptOutcome = { type: 'milvus', status };
      // milvusFailure reads code before error_code: the code the status was judged by
      const code = status.code !== 0 ? status.code : status.error_code;
      this.#judge(session, outcome, (retriable) => new GrpcError({ method: this.method, code, details: status.reason, retriable, source: 'milvus' }));
      return;
    }
    if (!isServiceError(error)) {
      this.#fail(error);
      return;
    }
    this.#judge(session, { type: 'grpc', code: error.code, details: error.details, sessionLive: session.live }, (retriable) =>
      grpcFailure(this.method, error, retriable),
    );
  }

  /** Its session was closed under it by milvex (a drain ran out, a lost channel closed, disconnect). */
  cancelledByMilvex(): void {
    const inFlight = this.#inFlight;
    const session = this.#endAttempt();
    if (session === undefined || inFlight === undefined) return;
    inFlight.cancel();
    const details = 'milvex closed the session the call was on';
    this.#judge(session, { type: 'cancelled_by_milvex' }, (retriable) =>
      grpcFailure(this.method, { code: grpcStatus.CANCELLED, details }, retriable),
    );
  }

  #judge(session: Session, outcome: AttemptOutcome, failure: (retriable: boolean) => MilvexError): void {
    const { host } = this;
    if (host.state === 'closed') {
      this.#fail(host.errorAfterClose());
      return;
    }
    const decision: RetryDecision = retryStep({
      outcome,
      resendable: this.resendable,
      retries: this.#resends?.retries ?? 0,
      remainingMs: remainingMs(host.scheduler, this.#deadline),
      curve: reconnectCurve(host.config),
      random: host.random,
    });
    if (decision.action === 'fail') {
      const error = failure(decision.retriable);
      this.#fail(
        decision.outcomeUnknown
          ? new ConnectionError(
              'outcome_unknown',
              host.config,
              `call ${this.method} was sent, ${whyOutcomeUnknown(decision.kind)} (${error instanceof GrpcError ? error.details : error.message}): it may or may not have been applied; it is not sent again unless marked idempotent`,
              { cause: error },
            )
          : error,
      );
      return;
    }
    this.#lastFailure = failure(true);
    this.#resends ??= new Resends(host);
    this.#resends.schedule(
      decision,
      session,
      () => this.#attempt(),
      () => this.#fail(host.errorAfterClose()),
    );
  }

  #onDeadline(): void {
    this.#deadlineTimer = undefined;
    // Waiting for a session: the wait ends itself at the deadline, in its own words.
    if (this.#inFlight === undefined) return;
    this.#fail(grpcFailure(this.method, { code: grpcStatus.DEADLINE_EXCEEDED, details: `Deadline exceeded (call ${this.method})` }, true));
  }

  #succeed(reply: object): void {
    if (!this.#end()) return;
    if (this.trace !== undefined) this.trace.outcome = 'ok';
    this.#resolve(reply);
  }

  #fail(error: unknown): void {
    if (!this.#end()) return;
    if (this.trace !== undefined) this.trace.outcome = outcomeOf(error);
    this.#reject(error);
  }

  /** Settles once: cancels whatever is pending. */
  #end(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    const inFlight = this.#inFlight;
    if (this.#endAttempt() !== undefined) inFlight?.cancel();
    this.#deadlineTimer?.unsubscribe();
    this.#resends?.cancel();
    this.#stopAbort?.();
    this.host.callEnded();
    return true;
  }
}

function grpcFailure(method: string, error: Pick<ServiceError, 'code' | 'details'>, retriable: boolean): GrpcError {
  const { code, details } = error;
  return new GrpcError({ method, code, details: details || grpcStatus[code] || 'unknown', retriable, source: 'grpc' }, error);
}

/**
 * Calls a unary MilvusService method on a pool.
 *
 * @param host - the connection's pool, as calls see it
 * @param method - the method name
 * @param request - the request message
 * @param options - deadline, signal, idempotency
 * @returns the reply
 * @throws InvalidError for a bad method or option; GrpcError for a failed call or a non-success
 *   Milvus status; ConnectionError `outcome_unknown`, `timeout`, `aborted`, `closed`
 */
export function callMethod<M extends MilvusUnaryMethodName>(
  host: CallHost,
  method: M,
  request: MilvusMethods[M]['request'],
  options?: CallOptions,
): Promise<MilvusMethods[M]['response']> {
  let definition: MethodDefinition;
  let checked: CallOptions;
  try {
    definition = methodDefinition(method);
    checked = checkCallOptions(method, options);
  } catch (error) {
    // A bad method or option rejects the returned promise; it is never thrown.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  // A keyed write is answered once by the server, however often it is sent.
  const resendable = checked.idempotencyKey !== undefined || (checked.idempotent ?? METHOD_KINDS[method] === 'read');
  const timeoutMs = checked.timeout ?? host.config.timeout;
  if (!tracingCalls()) {
    return new Promise<object>((resolve, reject) =>
      new UnaryCall(host, method, definition, request, checked, resendable, timeoutMs, resolve, reject).start(),
    );
  }
  const trace = traceContext(method, request, host.config.database);
  return callTracing.tracePromise(
    () =>
      new Promise<object>((resolve, reject) =>
        new UnaryCall(host, method, definition, request, checked, resendable, timeoutMs, resolve, reject, trace).start(),
      ),
    trace,
  );
}
