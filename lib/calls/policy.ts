/**
 * The call policy: one place that decides what a failure means and whether a call may be
 * sent again. The handshake, `conn.call`, bound clients and the connection's retry all ask
 * it; no rule is written twice.
 *
 * | what happened                                            | read (or `idempotent: true`) | write                        |
 * | -------------------------------------------------------- | ---------------------------- | ---------------------------- |
 * | never sent (grpc-js says so, or queued on a closed channel) | sent again, next session  | sent again, next session     |
 * | transport lost after sending (outcome unknown)           | sent again, next session     | `outcome_unknown` error      |
 * | abandoned by the server (gRPC CANCELLED it sent: shutting down) | again after backoff   | `outcome_unknown` error      |
 * | turned away unapplied (Milvus rate limit, not ready; merr or legacy code) | again after backoff | again after backoff   |
 * | server's own retriable reply (gRPC UNAVAILABLE, other Milvus retriable status) | again after backoff | rejected      |
 * | bad credentials                                          | fatal, never again           | fatal, never again           |
 * | anything else                                            | rejected                     | rejected                     |
 *
 * A status code alone never says the transport is lost: grpc-js's own words do, or the
 * session having been retired by its member, which judges from the channel's connectivity.
 */
import { type ServiceError, status as grpcStatus } from '@grpc/grpc-js';
import { AUTHENTICATION_FAILED, type MilvusStatus } from '../protocol/proto.js';
import { type BackoffOptions, backoffDelay } from '../time/backoff.js';

/**
 * Milvus status codes (`Status.code`, merr) the server marks retriable: service not ready 1,
 * unavailable 2, too many requests 4, rate limit 8, resource insufficient 12, collection not
 * fully loaded 103, collection recovering 106, partition not fully loaded 202, resource group
 * unavailable 305, unexpected EOF 1002, inconsistent requery 2200.
 */
export const RETRIABLE_MILVUS_CODES: ReadonlySet<number> = new Set([1, 2, 4, 8, 12, 103, 106, 202, 305, 1002, 2200]);

/**
 * Milvus status codes (merr) that say a request was turned away before it was applied (not
 * ready, unavailable, too many requests, rate limited): a write may be sent again after them.
 */
export const NOT_APPLIED_MILVUS_CODES: ReadonlySet<number> = new Set([1, 2, 4, 8]);

/**
 * Codes of the deprecated `Status.error_code` (`common.ErrorCode`, filled alone by Milvus 2.2
 * and older and by proxies that copy it) that say the request was turned away before it was
 * applied: `RateLimit` 49 (merr 8), `NotReadyServe` 56 (merr 1) and `NotReadyCoordActivating`
 * 57 (a coordinator still switching from standby to active: not ready either). Milvus's own
 * mapping (`merr.OldCodeToMerr`) reads 49 and 56 as those merr errors. The legacy numbers are
 * another table than merr's (legacy 4 is `CollectionNotExists`, merr 4 "too many requests"):
 * every other legacy code is final.
 */
export const NOT_APPLIED_LEGACY_CODES: ReadonlySet<number> = new Set([49, 56, 57]);

/** What grpc-js says of a call that never left the client. */
const NEVER_SENT_DETAILS: readonly string[] = [
  // queued on a channel that was closed (by milvex after a loss, or on disconnect)
  'Channel closed before call started',
  // HTTP/2 REFUSED_STREAM: the server processed nothing
  'Stream refused by server',
  // the picker had no transport (TRANSIENT_FAILURE)
  'No connection established',
  // the stream could not be created on the transport
  'Failed to start HTTP/2 stream',
];

/** What grpc-js (or the socket under it) says when the transport went away under a call it had sent. */
const TRANSPORT_LOST_DETAILS: readonly string[] = [
  'Connection dropped',
  'triggered by internal client error',
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
];

/** How a call's attempt failed, as far as sending it again is concerned. */
export type FailureKind =
  /** It never left: sending it again cannot duplicate it. */
  | 'never_sent'
  /** The transport went away after it may have been sent: its outcome is unknown. */
  | 'interrupted'
  /**
   * The server gave up on it after it arrived (a gRPC CANCELLED the server sent, as a server
   * shutting down does with the calls it is running): its outcome is unknown.
   */
  | 'abandoned'
  /** The server turned it away before applying it (rate limit, not ready): another try after a backoff, write or read. */
  | 'not_applied'
  /** The server answered, with a failure that may pass: worth another try after a backoff, if sending it twice is harmless. */
  | 'retriable_reply'
  /** Bad credentials: no retry can mend it. */
  | 'fatal'
  /** Anything else: the answer stands. */
  | 'final';

/** Whether a gRPC status code means the server refused our credentials. */
export function isAuthenticationStatus(code: grpcStatus): boolean {
  return code === grpcStatus.UNAUTHENTICATED || code === grpcStatus.PERMISSION_DENIED;
}

/**
 * What a grpc-js call failure means.
 *
 * @param error - the grpc-js error
 * @param sessionLive - whether the session it ran on is still live (its member retires it
 *   when the channel's connectivity says the transport is lost)
 */
export function classifyCallError(error: Pick<ServiceError, 'code' | 'details'>, sessionLive: boolean): FailureKind {
  const details = error.details ?? '';
  if (NEVER_SENT_DETAILS.some((words) => details.includes(words))) return 'never_sent';
  if (isAuthenticationStatus(error.code)) return 'fatal';
  const lostUnderIt = error.code === grpcStatus.UNAVAILABLE || error.code === grpcStatus.CANCELLED || error.code === grpcStatus.INTERNAL;
  if (lostUnderIt && (!sessionLive || TRANSPORT_LOST_DETAILS.some((words) => details.includes(words)))) return 'interrupted';
  // milvex's own cancellations are their own outcome (cancelled_by_milvex) and the caller's
  // abort never reaches the policy, so a CANCELLED on a live session came from the server.
  if (error.code === grpcStatus.CANCELLED) return 'abandoned';
  if (error.code === grpcStatus.UNAVAILABLE) return 'retriable_reply';
  return 'final';
}

/**
 * What a Milvus status in a reply means: `undefined` for success, else the code it was judged
 * by and its kind. `Status.code` (merr) is read first; a status with `code` 0 and a non-zero
 * deprecated `error_code` is judged by the legacy table ({@link NOT_APPLIED_LEGACY_CODES}),
 * never as if it were a merr code. `Status.retriable`, when the server set it, wins over the
 * list of retriable codes; a write still goes again only when the code says it was not applied.
 *
 * @param status - the reply's `common.Status`
 * @returns `code`, `legacy` (whether `code` is an `error_code`) and `kind`
 */
export function milvusFailure(
  status: Pick<MilvusStatus, 'code' | 'error_code' | 'retriable'>,
): { code: number; legacy: boolean; kind: FailureKind } | undefined {
  if (status.code !== 0) {
    const { code } = status;
    if (code === AUTHENTICATION_FAILED) return { code, legacy: false, kind: 'fatal' };
    if (NOT_APPLIED_MILVUS_CODES.has(code)) return { code, legacy: false, kind: 'not_applied' };
    return { code, legacy: false, kind: status.retriable || RETRIABLE_MILVUS_CODES.has(code) ? 'retriable_reply' : 'final' };
  }
  const code = status.error_code;
  if (code === 0) return undefined;
  if (NOT_APPLIED_LEGACY_CODES.has(code)) return { code, legacy: true, kind: 'not_applied' };
  return { code, legacy: true, kind: status.retriable ? 'retriable_reply' : 'final' };
}

/**
 * Whether a call that failed this way may be sent again.
 *
 * @param kind - how it failed
 * @param resendable - a read, or a call the caller marked `idempotent`
 */
export function maySendAgain(kind: FailureKind, resendable: boolean): boolean {
  switch (kind) {
    case 'never_sent':
    case 'not_applied':
      return true;
    case 'interrupted':
    case 'abandoned':
    case 'retriable_reply':
      return resendable;
    default:
      return false;
  }
}

/** Whether a failure of this kind may pass by itself (the `retriable` flag of the error the caller gets). */
export function isRetriableKind(kind: FailureKind): boolean {
  return kind !== 'fatal' && kind !== 'final';
}

/** Whether a write that failed this way may have been applied (the server may or may not have run it). */
export function mayHaveBeenApplied(kind: FailureKind): boolean {
  return kind === 'interrupted' || kind === 'abandoned';
}

/** What befell a call whose outcome is unknown, in words for its error. */
export function whyOutcomeUnknown(kind: FailureKind): string {
  return kind === 'abandoned' ? 'then the server cancelled it' : 'then the transport was lost';
}

/**
 * How one attempt of a call ended, as the retry step judges it: typed, so that nothing is
 * recognised by its words except what grpc-js itself says (see {@link classifyCallError}).
 */
export type AttemptOutcome =
  /** grpc-js ended the call with this status; `sessionLive`: whether its session was still live then. */
  | { readonly type: 'grpc'; readonly code: grpcStatus; readonly details: string; readonly sessionLive: boolean }
  /** The server replied with a Milvus status that is not success. */
  | { readonly type: 'milvus'; readonly status: Pick<MilvusStatus, 'code' | 'error_code' | 'retriable'> }
  /** milvex cancelled the call itself: its session was closed under it (a drain ran out, a lost channel closed). */
  | { readonly type: 'cancelled_by_milvex' };

/** What the retry step answers. */
export type RetryDecision =
  /** The call fails with this outcome; `retriable` for the error, `outcomeUnknown` when a write may have been applied. */
  | { readonly action: 'fail'; readonly kind: FailureKind; readonly retriable: boolean; readonly outcomeUnknown: boolean }
  /** Send it again as soon as a session other than this one serves (or this one, if it fails over in place). */
  | { readonly action: 'resend'; readonly kind: FailureKind }
  /** Send it again after `delayMs` (the backoff), on any session. */
  | { readonly action: 'resend_after'; readonly kind: FailureKind; readonly delayMs: number };

/** What the retry step needs to know. */
export interface RetryQuestion {
  /** How the attempt ended. */
  readonly outcome: AttemptOutcome;
  /** A read, a call marked `idempotent`, or a keyed write (`idempotencyKey`). */
  readonly resendable: boolean;
  /** Resends after a backoff so far (from 0); picks the delay on the curve. */
  readonly retries: number;
  /** Milliseconds left until the call's deadline (`Infinity`: none). */
  readonly remainingMs: number;
  /** The backoff curve (the config's reconnect curve). */
  readonly curve: BackoffOptions;
  /** The jitter's randomness. */
  readonly random: () => number;
}

/** How an outcome is judged. */
export function kindOf(outcome: AttemptOutcome): FailureKind {
  switch (outcome.type) {
    case 'grpc':
      return classifyCallError(outcome, outcome.sessionLive);
    case 'milvus':
      return milvusFailure(outcome.status)?.kind ?? 'final';
    default:
      // Cancelled under it by milvex: it may have reached the server.
      return 'interrupted';
  }
}

/**
 * The one retry step of every call path (`conn.call` and bound clients): what to do after an
 * attempt failed.
 *
 * - A grpc-js `DEADLINE_EXCEEDED`, or no time left: fail (the error is `retriable`: a new
 *   call with a new deadline may pass).
 * - A failure the policy does not let go again ({@link maySendAgain}): fail;
 *   `outcomeUnknown` when a write was interrupted after sending.
 * - A server's reply that may pass (`not_applied`, `retriable_reply`), or a resendable call
 *   the server abandoned: again after the backoff's delay, or fail when that delay would not
 *   end before the deadline.
 * - Never sent, or interrupted and resendable: again at once, on the next session.
 *
 * @param question - the outcome, whether the call may go twice, retries so far, time left, the curve
 * @returns fail, resend now, or resend after a delay
 */
export function retryStep(question: RetryQuestion): RetryDecision {
  const { outcome, resendable, remainingMs } = question;
  const kind = kindOf(outcome);
  const deadlinePassed = outcome.type === 'grpc' && outcome.code === grpcStatus.DEADLINE_EXCEEDED;
  const fail = (retriable: boolean): RetryDecision => ({ action: 'fail', kind, retriable, outcomeUnknown: mayHaveBeenApplied(kind) && !resendable });
  if (deadlinePassed || remainingMs <= 0) return fail(isRetriableKind(kind) || deadlinePassed);
  if (!maySendAgain(kind, resendable)) return fail(isRetriableKind(kind));
  // A server's answer, or its shutting down: sent again at once, it would meet the same.
  if (kind === 'not_applied' || kind === 'retriable_reply' || kind === 'abandoned') {
    const delayMs = backoffDelay(question.retries, question.curve, question.random);
    return delayMs < remainingMs ? { action: 'resend_after', kind, delayMs } : fail(true);
  }
  return { action: 'resend', kind };
}
