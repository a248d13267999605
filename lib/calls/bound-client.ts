/**
 * One call made on milvex's stand-in channel (`persistent-channel.ts`: `conn.persistentChannel()`
 * and the channel of `conn.client(Ctor)`): it goes out on whatever session is live when it
 * starts, with the connection's metadata.
 *
 * Unary calls keep the promise `conn.call` keeps, by the same call policy: a call started
 * while the connection is down waits for it; a call that never left, or a read interrupted
 * by a transport loss, is sent again on the next session; all within the call's deadline.
 * A write interrupted after sending fails with its status and `outcome unknown` in the
 * details. Streaming calls are bound to the session they start on and fail when it ends.
 */
import { type CallCredentials, type Deadline, Metadata, type StatusObject, status as grpcStatus } from '@grpc/grpc-js';
// The call interfaces a channel must hand out are not re-exported by grpc-js's index.
import type { AuthContext, Call, InterceptingListener, MessageContext } from '../transport/grpc-internals.js';
import { reconnectCurve } from '../time/backoff.js';
import { type Deadline as ClockDeadline, grpcDeadline, remainingMs } from '../time/deadline.js';
import { type AttemptOutcome, kindOf, retryStep, whyOutcomeUnknown } from './policy.js';
import { type CallHost, sessionMetadata } from './call-host.js';
import { Resends } from './resend.js';
import { withConnectionMetadata } from '../transport/metadata.js';
import { type CallTraceContext, callTracing, traceContext, tracingCalls } from './tracing.js';
import type { Session, TrackedCall } from '../connection/session.js';
import { SessionWaitEnded, waitError } from '../connection/session-wait.js';

/** What a bound call needs to know of its method. */
export interface MethodTraits {
  /** The method name, e.g. `CheckHealth`. */
  readonly name: string;
  /** Unary: one request, one reply; only those are sent again. */
  readonly unary: boolean;
  /** Safe to send again after a transport loss. */
  readonly resendable: boolean;
}

type Operation = (call: Call) => void;

/** The grpc-js deadline of a call on the pool's clock. */
export function clockDeadline(host: CallHost, deadline: Deadline): ClockDeadline {
  if (deadline === Infinity) return Infinity;
  const at = deadline instanceof Date ? deadline.getTime() : deadline;
  return host.scheduler.now() + (at - Date.now());
}

/**
 * The listener of one real call. A unary call's reply is held until its status says it
 * stands: a failed attempt that is sent again must not have delivered anything. A streaming
 * call's metadata and messages go downstream as they come.
 */
class AttemptListener implements InterceptingListener {
  #metadata: Metadata | undefined;
  #message: unknown;
  #hasMessage = false;

  /**
   * @param unary - whether the reply is held
   * @param downstream - the client's listener
   * @param ended - judges the attempt's status, once a held reply that stands was delivered
   */
  constructor(
    private readonly unary: boolean,
    private readonly downstream: InterceptingListener | undefined,
    private readonly ended: (status: StatusObject) => void,
  ) {}

  onReceiveMetadata(metadata: Metadata): void {
    if (this.unary) this.#metadata = metadata;
    else this.downstream?.onReceiveMetadata(metadata);
  }

  onReceiveMessage(message: unknown): void {
    if (!this.unary) this.downstream?.onReceiveMessage(message);
    else {
      this.#message = message;
      this.#hasMessage = true;
    }
  }

  onReceiveStatus(status: StatusObject): void {
    if (this.unary && status.code === grpcStatus.OK) {
      if (this.#metadata !== undefined) this.downstream?.onReceiveMetadata(this.#metadata);
      if (this.#hasMessage) this.downstream?.onReceiveMessage(this.#message);
    }
    this.ended(status);
  }
}

/**
 * One call of a bound client: waits for a session, makes the real call on its channel and
 * replays what the client did so far; a unary call does that again when the policy allows.
 */
export class SessionCall implements Call, TrackedCall {
  #real: Call | undefined;
  #ended = false;
  #listener: InterceptingListener | undefined;
  /** What the client started the call with. */
  #metadata: Metadata | undefined;
  /** Every operation so far, replayed on each real call of a unary call. */
  readonly #operations: Operation[] = [];
  readonly #deadline: ClockDeadline;
  /** Its resends, from the first failure on. */
  #resends: Resends | undefined;
  /** Whether milvex cancelled the real call on the current session itself. */
  #cancelledByMilvex = false;
  /** The trace of the call, while someone listens (`tracing.ts`). */
  #trace: CallTraceContext | undefined;

  constructor(
    private readonly host: CallHost,
    private readonly traits: MethodTraits,
    private readonly open: (session: Session, deadline: Date | number) => Call,
    deadline: Deadline,
    private readonly callNumber: number,
  ) {
    this.#deadline = clockDeadline(host, deadline);
  }

  start(metadata: Metadata, listener: InterceptingListener): void {
    this.#metadata = metadata;
    this.#listener = listener;
    if (tracingCalls()) {
      this.#trace = traceContext(this.traits.name, undefined, this.host.config.database);
      callTracing.start.publish(this.#trace);
      callTracing.end.publish(this.#trace);
    }
    this.#begin();
  }

  #begin(): void {
    if (this.#ended) return;
    const { host } = this;
    const stale = this.#resends?.stale;
    // A live session now: the real call starts at once, as a bare grpc-js call would.
    const now = host.pick(stale);
    if (now !== undefined) {
      this.#startOn(now);
      return;
    }
    host.waitForSession({ deadline: this.#deadline, stale }).then(
      (session) => this.#startOn(session),
      (error: unknown) => {
        const words = { aborted: `call ${this.traits.name} was cancelled`, timeout: `call ${this.traits.name}: not connected within its deadline` };
        const failure = error instanceof SessionWaitEnded ? waitError(error, host.config, words) : error;
        const timedOut = error instanceof SessionWaitEnded && (error.reason === 'timeout' || error.reason === 'not_connected');
        this.#finish({
          // After disconnect() the call is refused, as grpc-js refuses calls on a closed channel.
          code: timedOut ? grpcStatus.DEADLINE_EXCEEDED : host.state === 'closed' ? grpcStatus.CANCELLED : grpcStatus.UNAVAILABLE,
          details: failure instanceof Error ? failure.message : String(failure),
          metadata: new Metadata(),
        });
      },
    );
  }

  /** Its session was closed under the real call by milvex: cancel it, and judge it as such. */
  cancelledByMilvex(): void {
    const real = this.#real;
    if (real === undefined) return;
    this.#cancelledByMilvex = true;
    // On disconnect the call ends now, so that disconnect() resolves after it; a drained
    // session's call is cancelled and judged like any other failure.
    if (this.host.state === 'closed')
      this.#finish({ code: grpcStatus.CANCELLED, details: this.host.errorAfterClose().message, metadata: new Metadata() });
    real.cancelWithStatus(grpcStatus.CANCELLED, 'Call cancelled');
  }

  #startOn(session: Session): void {
    if (this.#ended) return;
    const own = sessionMetadata(this.host.config, session);
    const merged = this.#metadata === undefined ? own : withConnectionMetadata(this.#metadata, own);
    let real: Call;
    try {
      real = this.open(session, grpcDeadline(this.host.scheduler, this.#deadline));
    } catch (error) {
      // Never inside start(): the client's callback runs after the call it made has returned.
      queueMicrotask(() => this.#finish({ code: grpcStatus.INTERNAL, details: String(error), metadata: new Metadata() }));
      return;
    }
    this.#real = real;
    this.#cancelledByMilvex = false;
    if (this.#trace !== undefined) this.#trace.attempts += 1;
    session.track(this);
    real.start(
      merged,
      new AttemptListener(this.traits.unary, this.#listener, (status) => {
        session.release(this);
        this.#onStatus(session, status);
      }),
    );
    const operations = this.traits.unary ? [...this.#operations] : this.#operations.splice(0);
    for (const operation of operations) operation(real);
  }

  #onStatus(session: Session, status: StatusObject): void {
    if (this.#ended) return;
    const { host } = this;
    if (status.code === grpcStatus.OK || host.state === 'closed') {
      this.#finish(status.code === grpcStatus.OK ? status : { ...status, details: host.errorAfterClose().message });
      return;
    }
    const outcome: AttemptOutcome = this.#cancelledByMilvex
      ? { type: 'cancelled_by_milvex' }
      : { type: 'grpc', code: status.code, details: status.details, sessionLive: session.live };
    if (!this.traits.unary) {
      const ended = kindOf(outcome) === 'interrupted' || !session.live;
      this.#finish({ ...status, details: (ended ? 'milvex: the session of this streaming call ended: ' : '') + status.details });
      return;
    }
    const decision = retryStep({
      outcome,
      resendable: this.traits.resendable,
      retries: this.#resends?.retries ?? 0,
      remainingMs: remainingMs(host.scheduler, this.#deadline),
      curve: reconnectCurve(host.config),
      random: host.random,
    });
    if (decision.action === 'fail') {
      this.#finish({
        ...status,
        // UNAVAILABLE whatever grpc-js said: a CANCELLED here is milvex cancelling a retired
        // session's call, or the server abandoning it, never the caller.
        code: decision.outcomeUnknown ? grpcStatus.UNAVAILABLE : status.code,
        details: (decision.outcomeUnknown ? `milvex: outcome unknown, sent and ${whyOutcomeUnknown(decision.kind)}: ` : '') + status.details,
      });
      return;
    }
    this.#real = undefined;
    this.#resends ??= new Resends(host);
    // On close it begins again at once: the wait then ends it, as it ends any call after the close.
    const again = (): void => this.#begin();
    this.#resends.schedule(decision, session, again, again);
  }

  #finish(status: StatusObject): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#resends?.cancel();
    const trace = this.#trace;
    if (trace !== undefined) {
      trace.outcome = status.code === grpcStatus.OK ? 'ok' : 'grpc_status';
      if (status.code !== grpcStatus.OK) {
        trace.error = status;
        callTracing.error.publish(trace);
      }
      // around the client's own callback, as a TracingChannel's async events are
      callTracing.asyncStart.publish(trace);
    }
    this.#listener?.onReceiveStatus(status);
    if (trace !== undefined) callTracing.asyncEnd.publish(trace);
  }

  #run(operation: Operation): void {
    if (this.traits.unary || this.#real === undefined) this.#operations.push(operation);
    if (this.#real !== undefined) operation(this.#real);
  }

  cancelWithStatus(code: grpcStatus, details: string): void {
    const real = this.#real;
    this.#finish({ code, details, metadata: new Metadata() });
    real?.cancelWithStatus(code, details);
  }

  getPeer(): string {
    return this.#real?.getPeer() ?? 'unknown';
  }

  sendMessageWithContext(context: MessageContext, message: Buffer): void {
    this.#run((call) => call.sendMessageWithContext(context, message));
  }

  startRead(): void {
    this.#run((call) => call.startRead());
  }

  halfClose(): void {
    this.#run((call) => call.halfClose());
  }

  getCallNumber(): number {
    return this.#real?.getCallNumber() ?? this.callNumber;
  }

  setCredentials(callCredentials: CallCredentials): void {
    this.#run((call) => call.setCredentials(callCredentials));
  }

  getAuthContext(): AuthContext | null {
    return this.#real?.getAuthContext() ?? null;
  }
}
