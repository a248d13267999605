/**
 * What the call layer sees of the connection's pool: a session now or once there is one,
 * the count of calls in flight (so that `disconnect()` settles them), the close, and the
 * clock. Nothing else: no members, no dependencies, no error messages of the pool's.
 */
import { Metadata } from '@grpc/grpc-js';
import type { SchedulerLike } from 'rxjs';
import type { Config } from '../config/config.js';
import type { MilvexError } from '../errors.js';
import type { Session } from '../connection/session.js';
import type { SessionWait } from '../connection/session-wait.js';
import { callMetadata } from '../transport/metadata.js';
import type { UnaryTransport } from '../transport/unary.js';

/** The pool as calls use it (`Pool` has this shape). */
export interface CallHost {
  /** Target, credentials, database, the default timeout and the backoff curve. */
  readonly config: Config;
  /** The clock of every deadline and delay. */
  readonly scheduler: SchedulerLike;
  /** The randomness of the backoff's jitter. */
  readonly random: () => number;
  /** How a unary call is sent. */
  readonly unary: UnaryTransport;
  /** `closed` once closed (the rest does not matter to a call). */
  readonly state: string;
  /** The error of anything asked of it once closed. */
  errorAfterClose(): MilvexError;
  /** A live session now, round-robin, skipping `stale` unless it fails over in place; `undefined` for none. */
  pick(stale?: Session): Session | undefined;
  /** A live session, now or once there is one; rejects with a typed `SessionWaitEnded`. */
  waitForSession(wait: SessionWait): Promise<Session>;
  /** A call started: the close waits for it. */
  callStarted(): void;
  /** That call has settled. */
  callEnded(): void;
  /** Runs `callback` once on close; returns the unregister. */
  onClose(callback: () => void): () => void;
}

/** The metadata every call on a session carries, made once a session. */
const templates = new WeakMap<Session, Metadata>();

/**
 * Fresh metadata for one attempt on `session` (grpc-js may change what it is given): a copy
 * of the session's, which is built once, so that a call does not encode its credentials again.
 *
 * @param config - credentials and database
 * @param session - the session the attempt goes out on
 */
export function sessionMetadata(config: Config, session: Session): Metadata {
  let template = templates.get(session);
  if (template === undefined) {
    template = callMetadata(config, session.identifier);
    templates.set(session, template);
  }
  return template.clone();
}

/** An empty `Metadata`, for statuses milvex makes itself. */
export const noMetadata = (): Metadata => new Metadata();
