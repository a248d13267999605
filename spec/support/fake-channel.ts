/**
 * A fake grpc-js channel driven in virtual time, and a factory that scripts each channel it
 * makes: how it answers a connect, and when it later loses its transport.
 */
import { type ChannelInterface, connectivityState } from '@grpc/grpc-js';
import type { SchedulerLike } from 'rxjs';
import type { ChannelFactory } from '../../lib/transport/channel.js';

/** How a channel answers a connect: READY, TRANSIENT_FAILURE, or stay CONNECTING. */
export type Answer = 'ready' | 'refuse' | 'hang';

/**
 * What a channel does when asked to connect (`answer`, after `after` ms), when it later
 * goes IDLE on its own (`loseAfter` ms after READY), and how it answers being woken from
 * IDLE again (`answerAgain`, by default `answer`).
 */
export type Script = { answer: Answer; after?: number; loseAfter?: number; answerAgain?: Answer };

export class FakeChannel {
  state = connectivityState.IDLE;
  closed = false;
  #watchers: Array<() => void> = [];

  constructor(
    readonly index: number,
    readonly script: Script,
    readonly scheduler: SchedulerLike,
    readonly log: string[],
  ) {}

  getTarget(): string {
    return `fake:${this.index}`;
  }

  #connects = 0;

  getConnectivityState(tryToConnect: boolean): connectivityState {
    const before = this.state;
    if (tryToConnect && before === connectivityState.IDLE && !this.closed) {
      this.set(connectivityState.CONNECTING);
      this.#connects += 1;
      const { after = 10, loseAfter } = this.script;
      const answer = this.#connects > 1 ? (this.script.answerAgain ?? this.script.answer) : this.script.answer;
      if (answer === 'hang') return before;
      this.scheduler.schedule(() => {
        if (this.closed) return;
        this.set(answer === 'ready' ? connectivityState.READY : connectivityState.TRANSIENT_FAILURE);
        if (answer === 'ready' && loseAfter !== undefined) {
          this.scheduler.schedule(() => !this.closed && this.set(connectivityState.IDLE), loseAfter);
        }
      }, after);
    }
    return before;
  }

  watchConnectivityState(current: connectivityState, _deadline: number | Date, callback: (error?: Error) => void): void {
    if (this.state === connectivityState.SHUTDOWN) throw new Error('Channel has been shut down');
    if (current !== this.state) callback();
    else this.#watchers.push(() => callback());
  }

  set(state: connectivityState): void {
    this.state = state;
    const watchers = this.#watchers.splice(0);
    for (const watcher of watchers) watcher();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.log.push(`close ${this.index}`);
    this.set(connectivityState.SHUTDOWN);
  }
}

/** A channel factory whose n-th channel follows `scripts[n]` (the last script repeats). */
export function scriptedChannels(scheduler: SchedulerLike, scripts: Script[]): { factory: ChannelFactory; channels: FakeChannel[]; log: string[] } {
  const channels: FakeChannel[] = [];
  const log: string[] = [];
  const factory: ChannelFactory = () => {
    const index = channels.length;
    const script = scripts[Math.min(index, scripts.length - 1)] as Script;
    const channel = new FakeChannel(index, script, scheduler, log);
    channels.push(channel);
    log.push(`create ${index}`);
    return channel as unknown as ChannelInterface;
  };
  return { factory, channels, log };
}
