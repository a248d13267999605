/**
 * `conn.client(Ctor)`: any grpc-js generated client class bound to a connection. The client
 * runs over a stand-in channel whose calls go out on whatever channel is live when they
 * start, with the connection's metadata; a call started while the connection is down waits
 * for it within the call's deadline. So one client keeps working across reconnections.
 */
// The call interfaces a channel must hand out are not re-exported by grpc-js's index.
import type { AuthContext } from '@grpc/grpc-js/build/src/auth-context.js';
import type { Call, InterceptingListener, MessageContext } from '@grpc/grpc-js/build/src/call-interface.js';
import {
  type CallCredentials,
  type ChannelInterface,
  type Client,
  type ClientOptions,
  type ChannelCredentials,
  type Deadline,
  Metadata,
  type StatusObject,
  connectivityState,
  credentials,
  status as grpcStatus,
} from '@grpc/grpc-js';
import type { Session } from './attempt.js';
import { targetOf } from './channel.js';
import type { SessionSource } from './calls.js';
import { callMetadata } from './metadata.js';

/** A grpc-js client class, as `makeClientConstructor` or proto-loader's `loadPackageDefinition` give them. */
export type ClientConstructor<C extends Client> = new (address: string, credentials: ChannelCredentials, options?: ClientOptions) => C;

/** What a bound client needs of a connection. */
export interface LiveSessionSource extends SessionSource {
  currentSession(): Session | undefined;
}

type Operation = (call: Call) => void;

function remainingMs(deadline: Deadline): number | undefined {
  if (deadline === Infinity) return undefined;
  const at = deadline instanceof Date ? deadline.getTime() : deadline;
  return Math.max(1, Math.ceil(at - Date.now()));
}

/**
 * One call of a bound client: waits for a session, then makes the real call on its channel
 * and replays what the client did so far.
 */
class SessionCall implements Call {
  #real: Call | undefined;
  #ended = false;
  #listener: InterceptingListener | undefined;
  readonly #queued: Operation[] = [];
  readonly #number: number;

  constructor(
    private readonly source: LiveSessionSource,
    private readonly open: (session: Session) => Call,
    private readonly deadline: Deadline,
    callNumber: number,
  ) {
    this.#number = callNumber;
  }

  start(metadata: Metadata, listener: InterceptingListener): void {
    this.#listener = listener;
    const begin = (session: Session): void => {
      if (this.#ended) return;
      const merged = callMetadata(this.source.config, session.identifier);
      merged.merge(metadata);
      const real = this.open(session);
      this.#real = real;
      real.start(merged, listener);
      for (const operation of this.#queued.splice(0)) operation(real);
    };
    const session = this.source.currentSession();
    if (session !== undefined) {
      begin(session);
      return;
    }
    this.source.waitForSession({ timeout: remainingMs(this.deadline) }, undefined).then(begin, (error: Error) => {
      const timedOut = (error as { reason?: string }).reason === 'timeout';
      this.#fail(timedOut ? grpcStatus.DEADLINE_EXCEEDED : grpcStatus.UNAVAILABLE, error.message);
    });
  }

  #fail(code: grpcStatus, details: string): void {
    if (this.#ended) return;
    this.#ended = true;
    const status: StatusObject = { code, details, metadata: new Metadata() };
    this.#listener?.onReceiveStatus(status);
  }

  #run(operation: Operation): void {
    if (this.#real !== undefined) operation(this.#real);
    else this.#queued.push(operation);
  }

  cancelWithStatus(code: grpcStatus, details: string): void {
    if (this.#real !== undefined) this.#real.cancelWithStatus(code, details);
    else this.#fail(code, details);
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
    return this.#real?.getCallNumber() ?? this.#number;
  }

  setCredentials(callCredentials: CallCredentials): void {
    this.#run((call) => call.setCredentials(callCredentials));
  }

  getAuthContext(): AuthContext | null {
    return this.#real?.getAuthContext() ?? null;
  }
}

/**
 * The stand-in channel a bound client runs on. It never closes the connection's channels:
 * closing the client only ends its own use.
 */
function sessionChannel(source: LiveSessionSource): ChannelInterface {
  let calls = 0;
  const live = (): ChannelInterface | undefined => source.currentSession()?.channel;
  return {
    close: () => undefined,
    getTarget: () => targetOf(source.config),
    getConnectivityState: (tryToConnect) => live()?.getConnectivityState(tryToConnect) ?? connectivityState.CONNECTING,
    watchConnectivityState: (current, deadline, callback) => {
      const channel = live();
      if (channel === undefined) callback(new Error('milvex: not connected; watch the connection state$ instead'));
      else channel.watchConnectivityState(current, deadline, callback);
    },
    getChannelzRef: () => {
      const channel = live();
      if (channel === undefined) throw new Error('milvex: not connected');
      return channel.getChannelzRef();
    },
    createCall: (method, deadline, host, parentCall, propagateFlags) =>
      new SessionCall(
        source,
        (session) => session.channel.createCall(method, deadline, host, parentCall, propagateFlags),
        deadline,
        ++calls,
      ),
  };
}

/**
 * Binds a grpc-js client class to a connection.
 *
 * @param source - the connection
 * @param ctor - the client class
 * @param options - further client options (interceptors, ...); the channel is milvex's
 * @returns a client whose calls use the live channel and the connection's metadata
 */
export function bindClient<C extends Client>(source: LiveSessionSource, ctor: ClientConstructor<C>, options: ClientOptions = {}): C {
  return new ctor(targetOf(source.config), credentials.createInsecure(), { ...options, channelOverride: sessionChannel(source) });
}
