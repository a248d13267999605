/**
 * The call policy: one place that decides what a failure means and whether a call may be
 * sent again. The handshake, `conn.call`, bound clients and the connection's retry all ask
 * it; no rule is written twice.
 *
 * | what happened                                            | read (or `idempotent: true`) | write                        |
 * | -------------------------------------------------------- | ---------------------------- | ---------------------------- |
 * | never sent (grpc-js says so, or queued on a closed channel) | sent again, next session  | sent again, next session     |
 * | transport lost after sending (outcome unknown)           | sent again, next session     | `outcome_unknown` error      |
 * | server's own retriable reply (gRPC UNAVAILABLE, Milvus retriable status) | again after backoff | again only if not applied (rate limit, ...) |
 * | bad credentials                                          | fatal, never again           | fatal, never again           |
 * | anything else                                            | rejected                     | rejected                     |
 *
 * A status code alone never says the transport is lost: grpc-js's own words do, or the
 * session having been retired by its member, which judges from the channel's connectivity.
 */
import { type ServiceError, status as grpcStatus } from '@grpc/grpc-js';
import { AUTHENTICATION_FAILED, type MilvusStatus } from '../protocol/proto.js';

/**
 * Milvus status codes the server marks retriable (merr): service not ready 1, unavailable 2,
 * too many requests 4, rate limit 8, resource insufficient 12, collection not fully loaded
 * 103, collection recovering 106, partition not fully loaded 202, resource group unavailable
 * 305, unexpected EOF 1002, inconsistent requery 2200.
 */
export const RETRIABLE_MILVUS_CODES: ReadonlySet<number> = new Set([1, 2, 4, 8, 12, 103, 106, 202, 305, 1002, 2200]);

/**
 * Milvus status codes that say a request was turned away before it was applied (not ready,
 * unavailable, too many requests, rate limited): a write may be sent again after them.
 */
export const NOT_APPLIED_MILVUS_CODES: ReadonlySet<number> = new Set([1, 2, 4, 8]);

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
  'Call cancelled',
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
  /** The server answered, with a failure that may pass: worth another try after a backoff. */
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
  if (error.code === grpcStatus.UNAVAILABLE) return 'retriable_reply';
  return 'final';
}

/**
 * What a Milvus status in a reply means: `undefined` for success, else its code and kind.
 * The code is `Status.code`, or the deprecated `error_code` that older servers fill in;
 * `Status.retriable`, when the server set it, wins over the list of retriable codes.
 *
 * @param status - the reply's `common.Status`
 */
export function milvusFailure(status: Pick<MilvusStatus, 'code' | 'error_code' | 'retriable'>): { code: number; kind: FailureKind } | undefined {
  const code = status.code || status.error_code;
  if (code === 0) return undefined;
  if (code === AUTHENTICATION_FAILED) return { code, kind: 'fatal' };
  return { code, kind: status.retriable || RETRIABLE_MILVUS_CODES.has(code) ? 'retriable_reply' : 'final' };
}

/**
 * Whether a call that failed this way may be sent again.
 *
 * @param kind - how it failed
 * @param resendable - a read, or a call the caller marked `idempotent`
 * @param milvusCode - for a Milvus status, its code (a write goes again only if it was not applied)
 */
export function maySendAgain(kind: FailureKind, resendable: boolean, milvusCode?: number): boolean {
  switch (kind) {
    case 'never_sent':
      return true;
    case 'interrupted':
      return resendable;
    case 'retriable_reply':
      return resendable || (milvusCode !== undefined && NOT_APPLIED_MILVUS_CODES.has(milvusCode));
    default:
      return false;
  }
}

/** Whether a failure of this kind may pass by itself (the `retriable` flag of the error the caller gets). */
export function isRetriableKind(kind: FailureKind): boolean {
  return kind === 'never_sent' || kind === 'interrupted' || kind === 'retriable_reply';
}
