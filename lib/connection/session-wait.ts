/**
 * How a wait for a session ends without one: a typed reason, which each caller words in its
 * own terms (a call names its method and timeout, `getChannel` its own). The pool never
 * writes its callers' messages.
 */
import type { Config } from '../config/config.js';
import { ConnectionError, type MilvexError } from '../errors.js';
import { abortError } from '../time/abort.js';
import type { Deadline } from '../time/deadline.js';
import type { Session } from './session.js';

/** Why a wait for a session ended without one. */
export type SessionWaitReason =
  /** Its signal aborted (also: had already). */
  | 'aborted'
  /** Its deadline had passed when it was asked: no wait at all. */
  | 'not_connected'
  /** Its deadline passed while it waited. */
  | 'timeout'
  /** The pool closed (disconnect, or a fatal error). */
  | 'closed';

/** What a wait for a session is bounded by. */
export interface SessionWait {
  /** When to give up, on the scheduler's clock (`Infinity`: never). */
  readonly deadline: Deadline;
  /** Gives up when aborted. */
  readonly signal?: AbortSignal | undefined;
  /** A session a call failed on: wait for another one (unless it fails over in place). */
  readonly stale?: Session | undefined;
}

/** A wait for a session ended without one: the reason, and what the pool knew then. */
export class SessionWaitEnded extends Error {
  /**
   * @param reason - why it ended
   * @param state - the pool's state then
   * @param detail - for `aborted`, the signal; for `closed`, the error the pool closed with;
   *   else the last connection error the pool saw, if any
   */
  constructor(
    readonly reason: SessionWaitReason,
    readonly state: string,
    readonly detail: { readonly signal?: AbortSignal; readonly closedError?: MilvexError; readonly lastError?: MilvexError },
  ) {
    super(`session wait ended: ${reason}`);
    this.name = 'SessionWaitEnded';
  }
}

/** A caller's words for the ways a wait can end. */
export interface WaitWords {
  /** What an abort says, e.g. `call Search was aborted`. */
  readonly aborted: string;
  /** What running out of time says, e.g. `call Search: not connected within 5000 ms`. */
  readonly timeout: string;
  /** Why the caller was still waiting (its last failure), preferred to the pool's last error. */
  readonly cause?: unknown;
}

/** `; last error: <message>` of an error, for a message that carries its cause's words. */
function detailOf(cause: unknown): string {
  return cause instanceof Error ? `; last error: ${cause.message}` : '';
}

/**
 * The error a caller throws for a wait that ended, in the caller's words.
 *
 * @param ended - how the wait ended
 * @param config - the connection's target
 * @param words - the caller's words
 * @returns `ConnectionError` `aborted`, `not_connected`, `timeout`, or the pool's close error
 */
export function waitError(ended: SessionWaitEnded, config: Config, words: WaitWords): MilvexError {
  const { signal, closedError, lastError } = ended.detail;
  const cause = words.cause ?? lastError;
  switch (ended.reason) {
    case 'aborted':
      return abortError(signal ?? new AbortController().signal, config, words.aborted);
    case 'closed':
      return closedError ?? new ConnectionError('closed', config, 'the connection was closed by disconnect()');
    case 'not_connected':
      return new ConnectionError('not_connected', config, `not connected (state: ${ended.state})`, { cause });
    default:
      return new ConnectionError('timeout', config, `${words.timeout} (state: ${ended.state})${detailOf(cause)}`, { cause });
  }
}
