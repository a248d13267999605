/**
 * Retired sessions on their way out. A session that is no longer live (its transport was
 * lost, or a recycle replaced it) keeps its channel open until the calls on it end, so a
 * GOAWAY or a recycle never cuts a call short; at the latest after `maxMs` its remaining
 * calls are cancelled and the channel is closed. `closeAll()` (on disconnect) ends them
 * all at once.
 *
 * ```text
 * session retired:   R-------------------------|   maxMs (2 x timeout)
 * calls on it:       ===== a ====|
 *                    ====== b ======|
 * channel:           open ..........closed         (when b ends; or cancelled at maxMs)
 * ```
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import { longTimer } from '../time/deadline.js';
import type { Session } from './session.js';

/** A retired session's way out. */
interface Retired {
  /** What closes it (a recycled channel whose transport is then lost is added twice). */
  readonly closers: Array<() => void>;
  /** The `maxMs` bound. */
  bound?: Subscription;
}

/** The retired sessions of one member. */
export class Drains {
  readonly #retired = new Map<Session, Retired>();

  constructor(private readonly scheduler: SchedulerLike) {}

  /**
   * Retires `session` and closes it once its calls ended, or after `maxMs`.
   *
   * @param session - the session to retire
   * @param close - closes its channel
   * @param maxMs - the longest wait for its calls
   */
  add(session: Session, close: () => void, maxMs: number): void {
    session.retire();
    const known = this.#retired.get(session);
    if (known !== undefined) {
      known.closers.push(close);
      return;
    }
    const retired: Retired = { closers: [close] };
    this.#retired.set(session, retired);
    session.whenIdle(() => this.#end(session));
    if (this.#retired.has(session)) retired.bound = longTimer(maxMs, this.scheduler).subscribe(() => this.#end(session));
  }

  /** Cancels the calls of every retired session and closes them now. */
  closeAll(): void {
    for (const session of [...this.#retired.keys()]) this.#end(session);
  }

  #end(session: Session): void {
    const retired = this.#retired.get(session);
    if (retired === undefined) return;
    this.#retired.delete(session);
    retired.bound?.unsubscribe();
    session.cancelCalls();
    for (const close of retired.closers) close();
  }
}
