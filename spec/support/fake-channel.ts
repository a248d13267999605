/**
 * A fake grpc-js channel driven in virtual time, and a factory that scripts each channel it
 * makes: how it answers a connect, and when it later loses its transport.
 */
import { type ChannelInterface, Metadata, connectivityState, status as grpcStatus } from '@grpc/grpc-js';
import type { Call, InterceptingListener } from '../../lib/transport/grpc-internals.js';
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

/**
 * How a fake channel answers a call made on it: after `after` ms with a reply (sent as JSON,
 * then OK, or then `status` when given: a reply the call's status does not stand by) or a
 * status; or never.
 */
export type CallAnswer =
  | { after: number; reply: object; status?: { code: number; details: string } }
  | { after: number; status: { code: number; details: string } }
  | 'hang';

/** A call made on a fake channel (what bound clients do), as the spec sees it. */
export interface CallRecord {
  readonly at: number;
  readonly channel: number;
  /** The method's name, e.g. `CheckHealth`. */
  readonly method: string;
  readonly metadata: Metadata;
  cancelledAt?: number;
}

/** How every fake channel answers the calls made on it (by default: never). */
export type CallScript = (call: CallRecord, index: number) => CallAnswer;

/** A grpc-js `Call` on a fake channel, answered in virtual time as its script says once half-closed. */
class FakeCall implements Call {
  #listener: InterceptingListener | undefined;
  #record: CallRecord | undefined;
  #ended = false;

  constructor(
    private readonly channel: FakeChannel,
    private readonly method: string,
  ) {}

  start(metadata: Metadata, listener: InterceptingListener): void {
    this.#listener = listener;
    const { channel } = this;
    this.#record = { at: channel.scheduler.now(), channel: channel.index, method: this.method.split('/').pop() ?? '', metadata };
  }

  halfClose(): void {
    const record = this.#record;
    if (record === undefined) return;
    const { channel } = this;
    channel.calls.push(record);
    const answer = channel.answerCall(record, channel.calls.length - 1);
    if (answer === 'hang') return;
    channel.scheduler.schedule(() => {
      if ('reply' in answer) {
        if (this.#ended) return;
        this.#listener?.onReceiveMetadata(new Metadata());
        this.#listener?.onReceiveMessage(Buffer.from(JSON.stringify(answer.reply)));
        this.#end(answer.status ?? { code: grpcStatus.OK, details: 'OK' });
      } else this.#end(answer.status);
    }, answer.after);
  }

  #end(status: { code: number; details: string }): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#listener?.onReceiveStatus({ ...status, metadata: new Metadata() });
  }

  cancelWithStatus(code: grpcStatus, details: string): void {
    if (this.#ended) return;
    if (this.#record !== undefined) this.#record.cancelledAt = this.channel.scheduler.now();
    this.#end({ code, details });
  }

  sendMessageWithContext(): void {}
  startRead(): void {}
  setCredentials(): void {}
  getPeer(): string {
    return this.channel.getTarget();
  }
  getCallNumber(): number {
    return 0;
  }
  getAuthContext(): null {
    return null;
  }
}

export class FakeChannel {
  /** Calls made on it (bound clients), once half-closed. */
  readonly calls: CallRecord[] = [];
  state = connectivityState.IDLE;
  closed = false;
  #watchers: Array<() => void> = [];

  constructor(
    readonly index: number,
    readonly script: Script,
    readonly scheduler: SchedulerLike,
    readonly log: string[],
    readonly answerCall: CallScript = () => 'hang',
    scriptsCalls = false,
  ) {
    // Only a channel whose calls are scripted takes calls: milvex also asks a failed
    // channel why (a call), which an unscripted spec must not see.
    if (scriptsCalls) this.createCall = (method: string): Call => new FakeCall(this, method);
  }

  /** A call on it (what grpc-js clients over a channel do), answered as `answerCall` says; only when calls are scripted. */
  readonly createCall?: (method: string) => Call;

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

/**
 * A channel factory whose n-th channel follows `scripts[n]` (the last script repeats); the
 * calls made on any of them (`calls`, in order) are answered as `answerCall` says.
 */
export function scriptedChannels(
  scheduler: SchedulerLike,
  scripts: Script[],
  answerCall?: CallScript,
): { factory: ChannelFactory; channels: FakeChannel[]; log: string[]; calls: CallRecord[] } {
  const channels: FakeChannel[] = [];
  const log: string[] = [];
  const calls: CallRecord[] = [];
  const answer: CallScript = (call, _index) => (answerCall === undefined ? 'hang' : answerCall(call, calls.push(call) - 1));
  const factory: ChannelFactory = () => {
    const index = channels.length;
    const script = scripts[Math.min(index, scripts.length - 1)] as Script;
    const channel = new FakeChannel(index, script, scheduler, log, answer, answerCall !== undefined);
    channels.push(channel);
    log.push(`create ${index}`);
    return channel as unknown as ChannelInterface;
  };
  return { factory, channels, log, calls };
}
