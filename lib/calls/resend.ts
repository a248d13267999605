/**
 * The resend half of a call's retry loop, one for `conn.call` and bound clients alike: what
 * follows a `resend` or `resend_after` decision of the retry step (`policy.ts`), the retries
 * counted so far, the session to avoid next, and the resend pending now, which the
 * connection's close cuts short.
 *
 * ```text
 * resend_after 1000: ----1000 ms----> resend()      retries + 1, any session
 * resend:            -(next turn)---> resend()      avoiding the session it failed on
 * close meanwhile:   --x closed()                   (and resend() never runs)
 * ```
 */
import { Subscription } from 'rxjs';
import type { Session } from '../connection/session.js';
import type { CallHost } from './call-host.js';
import type { RetryDecision } from './policy.js';

/** A decision of the retry step to send the call again. */
export type ResendDecision = Exclude<RetryDecision, { readonly action: 'fail' }>;

/** One call's resends. */
export class Resends {
  #retries = 0;
  #stale: Session | undefined;
  #pending: Subscription | undefined;

  /** @param host - whose clock the delays run on, and whose close ends them */
  constructor(private readonly host: CallHost) {}

  /** Backoffs waited out so far: the retry step's `retries`. */
  get retries(): number {
    return this.#retries;
  }

  /** The session the last attempt failed on, for the next to avoid (unless it fails over in place). */
  get stale(): Session | undefined {
    return this.#stale;
  }

  /**
   * Sends the call again as `decision` says: after its backoff, on any session; or on the
   * next turn of the event loop, on a session other than `session` (or the same one when
   * its channel fails over to another address by itself). Not at once: grpc-js learns of a
   * dead transport through I/O, and a resend before that would fail at once, over and over.
   * If the host closes first, `closed` runs instead. Exactly one of the two runs, unless
   * {@link cancel} comes first.
   *
   * @param decision - the retry step's decision
   * @param session - the session the attempt failed on
   * @param resend - sends the call again
   * @param closed - ends the call after the close
   */
  schedule(decision: ResendDecision, session: Session, resend: () => void, closed: () => void): void {
    let delayMs = 0;
    if (decision.action === 'resend_after') {
      this.#retries += 1;
      this.#stale = undefined;
      delayMs = decision.delayMs;
    } else this.#stale = session;
    const pending = new Subscription();
    this.#pending = pending;
    const run = (next: () => void): void => {
      pending.unsubscribe();
      if (this.#pending === pending) this.#pending = undefined;
      next();
    };
    // The close first: a scheduler may run a delay of 0 at once, and the close must not be
    // registered after the resend already ran.
    pending.add(this.host.onClose(() => run(closed)));
    pending.add(this.host.scheduler.schedule(() => run(resend), delayMs));
  }

  /** Cancels the pending resend, if any: the call settled otherwise. */
  cancel(): void {
    this.#pending?.unsubscribe();
    this.#pending = undefined;
  }
}
