/**
 * `conn.persistentChannel()`: one grpc-js channel for the connection's whole life, whatever
 * reconnects happen under it. Hand it to any grpc-js client as `channelOverride` (the official
 * SDK's `channelOptions` reach its clients' constructor): each call created on it runs as a
 * {@link SessionCall} on the session that is live when it starts, with the connection's
 * metadata, and is sent again as the call policy allows for its method (read from the call's
 * path). `conn.client(Ctor)` is a client over the same kind of channel.
 *
 * ```text
 * connection: connecting --> connected --> reconnecting --> connected --> closed
 * channel:    CONNECTING     READY         CONNECTING       READY         SHUTDOWN
 * ```
 *
 * `reconnecting` reads as CONNECTING, not TRANSIENT_FAILURE: a call started then waits for the
 * next session within its deadline (as a grpc-js `waitForReady` call would) instead of failing
 * at once. `close()` does nothing: the connection owns the channel, and a client closing it (the
 * SDK's `closeConnection()`) only ends that client's use.
 */
import {
  type ChannelInterface,
  type Client,
  type ClientOptions,
  type Deadline,
  type ServiceDefinition,
  connectivityState,
  credentials,
} from '@grpc/grpc-js';
import { distinctUntilChanged, filter, map, merge, observeOn, take } from 'rxjs';
import type { Call } from '../transport/grpc-internals.js';
import { atDeadline } from '../time/deadline.js';
import { targetOf } from '../transport/channel.js';
import { METHOD_KINDS } from '../protocol/methods.js';
import type { ConnectionState, Pool } from '../connection/pool.js';
import { MILVUS_SERVICE, type MilvusServiceMethodName, milvusService } from '../protocol/proto.js';
import { type MethodTraits, SessionCall, clockDeadline } from './bound-client.js';
import type { ClientConstructor } from '../protocol/client-class.js';

/** A channelz reference, as grpc-js's channels give them (its type is not re-exported by the index). */
type ChannelRef = ReturnType<ChannelInterface['getChannelzRef']>;

/** What each connection state reads as on the channel. */
const CONNECTIVITY: Readonly<Record<ConnectionState, connectivityState>> = {
  connecting: connectivityState.CONNECTING,
  connected: connectivityState.READY,
  reconnecting: connectivityState.CONNECTING,
  closed: connectivityState.SHUTDOWN,
};

/** What grpc-js says when a connectivity watch runs out (`Client#waitForReady` takes any error as running out). */
const WATCH_DEADLINE = 'Deadline passed without connectivity state change';

/**
 * The traits of each method of a service, by its path (`/milvus.proto.milvus.MilvusService/Search`).
 *
 * @param service - a grpc-js or proto-loader service definition
 */
export function traitsByPath(service: ServiceDefinition | undefined): ReadonlyMap<string, MethodTraits> {
  const traits = new Map<string, MethodTraits>();
  for (const [name, definition] of Object.entries(service ?? {})) {
    traits.set(definition.path, {
      name,
      unary: !definition.requestStream && !definition.responseStream,
      // Only MilvusService methods are known reads; any other service's method counts as a write.
      resendable: definition.path === `/${MILVUS_SERVICE}/${name}` && METHOD_KINDS[name as MilvusServiceMethodName] === 'read',
    });
  }
  return traits;
}

/**
 * A grpc-js channel whose calls go to the connection's live session. Never closes anything of
 * the connection's; after the connection closed it reads SHUTDOWN and its calls fail CANCELLED.
 */
export class PersistentChannel implements ChannelInterface {
  #calls = 0;
  readonly #ref: ChannelRef;

  /**
   * @param pool - the connection's pool
   * @param traits - the methods it knows, by path; any other is a write that may stream
   */
  constructor(
    private readonly pool: Pool,
    private readonly traits: ReadonlyMap<string, MethodTraits>,
  ) {
    // Not registered with channelz (milvex's real channels are, or not, by their own options),
    // like the reference grpc-js hands out for a channel with channelz disabled. `kind` is a
    // const enum of grpc-js's, not reachable at run time: its value is the string.
    this.#ref = { kind: 'channel', id: 0, name: `milvex:${targetOf(pool.config)}` } as unknown as ChannelRef;
  }

  /** Does nothing: the connection owns this channel and closes it on `disconnect()`. */
  close(): void {
    // A client's close() only ends that client's use.
  }

  getTarget(): string {
    return targetOf(this.pool.config);
  }

  /** The connection's state as connectivity; the connection connects by itself, so `tryToConnect` changes nothing. */
  getConnectivityState(_tryToConnect: boolean): connectivityState {
    return CONNECTIVITY[this.pool.state];
  }

  /**
   * Calls back once the state differs from `currentState` (soon, if it already does), or with
   * an error at `deadline`. Throws once the connection is closed, as grpc-js does on a SHUTDOWN
   * channel; closing the connection calls back every watcher.
   */
  watchConnectivityState(currentState: connectivityState, deadline: Date | number, callback: (error?: Error) => void): void {
    if (this.pool.state === 'closed') throw new Error('milvex: the connection was closed by disconnect(); its persistent channel is shut down');
    const at = clockDeadline(this.pool, deadline);
    const changed$ = this.pool.state$.pipe(
      map((state) => CONNECTIVITY[state]),
      distinctUntilChanged(),
      filter((state) => state !== currentState),
      map(() => undefined),
    );
    const expired$ = atDeadline(at, this.pool.scheduler).pipe(map(() => new Error(WATCH_DEADLINE)));
    // Called back on the scheduler, never from inside this call (grpc-js never does either).
    merge(changed$, expired$)
      .pipe(take(1), observeOn(this.pool.scheduler))
      .subscribe((error) => callback(error));
  }

  getChannelzRef(): ChannelRef {
    return this.#ref;
  }

  createCall(method: string, deadline: Deadline, host: string | null | undefined, parentCall: null, propagateFlags: number | null | undefined): Call {
    return new SessionCall(
      this.pool,
      // A method it does not describe is treated as a write that may stream.
      this.traits.get(method) ?? { name: method, unary: false, resendable: false },
      (session, realDeadline) => session.channel.createCall(method, realDeadline, host, parentCall, propagateFlags),
      deadline,
      ++this.#calls,
    );
  }
}

/** The traits of milvex's MilvusService methods, made once for every connection. */
let milvusTraits: ReadonlyMap<string, MethodTraits> | undefined;

/**
 * The persistent channel of a pool, knowing every MilvusService method of milvex's protocol.
 *
 * @param pool - the connection's pool
 * @returns a new channel (the connection keeps one)
 */
export function persistentChannel(pool: Pool): PersistentChannel {
  milvusTraits ??= traitsByPath(milvusService());
  return new PersistentChannel(pool, milvusTraits);
}

/**
 * Binds a grpc-js client class to a connection's pool: a client over a persistent channel that
 * knows the class's own methods.
 *
 * @param pool - the connection's pool
 * @param ctor - the client class
 * @param options - further client options (interceptors, ...); the channel is milvex's
 * @returns a client whose calls use the live session and the connection's metadata
 */
export function bindClient<C extends Client>(pool: Pool, ctor: ClientConstructor<C>, options: ClientOptions = {}): C {
  return new ctor(targetOf(pool.config), credentials.createInsecure(), {
    ...options,
    channelOverride: new PersistentChannel(pool, traitsByPath(ctor.service)),
  });
}
