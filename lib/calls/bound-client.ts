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
import { firstValueFrom, merge, timer } from 'rxjs';
// The call interfaces a channel must hand out are not re-exported by grpc-js's index.
import type { AuthContext, Call, InterceptingListener, MessageContext } from '../transport/grpc-internals.js';
import { type Deadline as ClockDeadline, grpcDeadline, remainingMs } from '../time/deadline.js';
import { ConnectionError } from '../errors.js';
import { callMetadata, withConnectionMetadata } from '../transport/metadata.js';
import { classifyCallError, maySendAgain } from './policy.js';
import type { Pool } from '../connection/pool.js';
import type { Session } from '../connection/session.js';

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
export function clockDeadline(pool: Pool, deadline: Deadline): ClockDeadline {
  if (deadline === Infinity) return Infinity;
  const at = deadline instanceof Date ? deadline.getTime() : deadline;
  return pool.scheduler.now() + (at - Date.now());
}

/**
 * One call of a bound client: waits for a session, makes the real call on its channel and
 * replays what the client did so far; a unary call does that again when the policy allows.
 */
export class SessionCall implements Call {
  #real: Call | undefined;
  #ended = false;
  #listener: InterceptingListener | undefined;
  #metadata = new Metadata();
  /** Every operation so far, replayed on each real call of a unary call. */
  readonly #operations: Operation[] = [];
  readonly #deadline: ClockDeadline;
  #stale: Session | undefined;
  #retries = 0;

  constructor(
    private readonly pool: Pool,
    private readonly traits: MethodTraits,
    private readonly open: (session: Session, deadline: Date | number) => Call,
    deadline: Deadline,
    private readonly callNumber: number,
  ) {
    this.#deadline = clockDeadline(pool, deadline);
  }

  start(metadata: Metadata, listener: InterceptingListener): void {
    this.#metadata = metadata;
    this.#listener = listener;
    this.#begin();
  }

  #begin(): void {
    this.pool
      .waitForSession({
        deadline: this.#deadline,
        stale: this.#stale,
        abortedDetail: `call ${this.traits.name} was cancelled`,
        timeoutText: `call ${this.traits.name}: not connected within its deadline`,
      })
      .then(
        (session) => this.#startOn(session),
        (error: Error) => {
          const timedOut = error instanceof ConnectionError && error.reason === 'timeout';
          // After disconnect() the call is refused, as grpc-js refuses calls on a closed channel.
          const code = timedOut ? grpcStatus.DEADLINE_EXCEEDED : this.pool.state === 'closed' ? grpcStatus.CANCELLED : grpcStatus.UNAVAILABLE;
          this.#finish({ code, details: error.message, metadata: new Metadata() });
        },
      );
  }

  #startOn(session: Session): void {
    if (this.#ended) return;
    const merged = withConnectionMetadata(this.#metadata, callMetadata(this.pool.config, session.identifier));
    let real: Call;
    try {
      real = this.open(session, grpcDeadline(this.pool.scheduler, this.#deadline));
    } catch (error) {
      this.#finish({ code: grpcStatus.INTERNAL, details: String(error), metadata: new Metadata() });
      return;
    }
    this.#real = real;
    const release = session.track(() => {
      // On disconnect the call ends now, so that disconnect() resolves after it; a drained
      // session's call is cancelled and judged like any other failure.
      if (this.pool.state === 'closed')
        this.#finish({ code: grpcStatus.CANCELLED, details: this.pool.errorAfterClose().message, metadata: new Metadata() });
      real.cancelWithStatus(grpcStatus.CANCELLED, 'Call cancelled');
    });
    const downstream = this.#listener;
    // A unary call's reply is held until its status says it stands: a failed attempt that
    // is sent again must not have delivered anything.
    let heldMetadata: Metadata | undefined;
    let heldMessage: unknown;
    let hasMessage = false;
    real.start(merged, {
      onReceiveMetadata: (received) => {
        if (this.traits.unary) heldMetadata = received;
        else downstream?.onReceiveMetadata(received);
      },
      onReceiveMessage: (message) => {
        if (this.traits.unary) {
          heldMessage = message;
          hasMessage = true;
        } else downstream?.onReceiveMessage(message);
      },
      onReceiveStatus: (status) => {
        release();
        if (this.traits.unary && status.code === grpcStatus.OK) {
          if (heldMetadata !== undefined) downstream?.onReceiveMetadata(heldMetadata);
          if (hasMessage) downstream?.onReceiveMessage(heldMessage);
        }
        this.#onStatus(session, status);
      },
    });
    const operations = this.traits.unary ? [...this.#operations] : this.#operations.splice(0);
    for (const operation of operations) operation(real);
  }

  #onStatus(session: Session, status: StatusObject): void {
    if (this.#ended) return;
    if (status.code === grpcStatus.OK || this.pool.state === 'closed') {
      this.#finish(status.code === grpcStatus.OK ? status : { ...status, details: this.pool.errorAfterClose().message });
      return;
    }
    const kind = classifyCallError(status, session.live);
    if (!this.traits.unary || !maySendAgain(kind, this.traits.resendable) || remainingMs(this.pool.scheduler, this.#deadline) === 0) {
      const outcomeUnknown = kind === 'interrupted' && this.traits.unary;
      const ended = !this.traits.unary && (kind === 'interrupted' || !session.live);
      const prefix = outcomeUnknown
        ? 'milvex: outcome unknown, sent and then the transport was lost: '
        : ended
          ? 'milvex: the session of this streaming call ended: '
          : '';
      // UNAVAILABLE whatever grpc-js said: a CANCELLED here is milvex cancelling a retired session's call, not the caller.
      this.#finish({ ...status, code: outcomeUnknown ? grpcStatus.UNAVAILABLE : status.code, details: prefix + status.details });
      return;
    }
    this.#real = undefined;
    if (kind === 'retriable_reply') {
      this.#stale = undefined;
      const delayMs = this.pool.retryDelay(this.#retries++, this.#deadline);
      if (delayMs === undefined) {
        this.#finish(status);
        return;
      }
      void firstValueFrom(merge(timer(delayMs, this.pool.scheduler), this.pool.closed$)).then(
        () => this.#begin(),
        () => this.#begin(),
      );
      return;
    }
    this.#stale = session;
    void firstValueFrom(timer(0, this.pool.scheduler)).then(() => this.#begin());
  }

  #finish(status: StatusObject): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#listener?.onReceiveStatus(status);
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
