/**
 * One unary call on a channel: with callbacks for `conn.call` (its hot path), and as a cold
 * observable for the handshake.
 */
import { type ChannelInterface, type Metadata, type MethodDefinition, type ServiceError, Client, credentials } from '@grpc/grpc-js';
import { Observable } from 'rxjs';
import { MAX_TIMER_MS } from '../time/deadline.js';
import { wireCodecOf } from '../protocol/wire-codec.js';

/**
 * One client per live channel, made on first use. A client over an existing channel is a
 * thin wrapper; it is never closed, since closing it would close the channel it borrows,
 * and it goes with the channel when that is collected.
 */
const clients = new WeakMap<ChannelInterface, Client>();

function clientFor(channel: ChannelInterface): Client {
  let client = clients.get(channel);
  if (client === undefined) {
    client = new Client(channel.getTarget(), credentials.createInsecure(), { channelOverride: channel });
    clients.set(channel, client);
  }
  return client;
}

/** A unary call in flight, as far as its sender is concerned. */
export interface UnaryInFlight {
  /** Cancels it; its callback may still be called after that (grpc-js answers CANCELLED), and is to be ignored. */
  cancel(): void;
}

/** Called once with the reply, or the failure (a grpc-js `ServiceError` for a call the server or grpc-js failed). */
export type UnaryDone = (error: Error | null, reply?: object) => void;

/**
 * How a unary call is sent: grpc-js (`sendUnary`), or a fake in marble specs. Plain callbacks,
 * no observable: this is the hot path of every call.
 */
export type UnaryTransport = (
  channel: ChannelInterface,
  method: MethodDefinition<object, object>,
  request: object,
  metadata: Metadata,
  timeoutMs: number,
  done: UnaryDone,
) => UnaryInFlight;

function request(
  channel: ChannelInterface,
  method: MethodDefinition<object, object>,
  message: object,
  metadata: Metadata,
  deadline: Date | number,
  done: UnaryDone,
): UnaryInFlight {
  // A request that carries its own codec (the data layer's vectors as bytes) is encoded and
  // decoded with it; any other with the method's proto-loader pair.
  const codec = wireCodecOf(message);
  return clientFor(channel).makeUnaryRequest<object, object>(
    method.path,
    codec?.serialize ?? method.requestSerialize,
    codec?.deserialize ?? method.responseDeserialize,
    message,
    metadata,
    { deadline },
    done,
  );
}

/**
 * Sends a unary call of `method` on `channel` with grpc-js, which ends it with
 * `DEADLINE_EXCEEDED` once `timeoutMs` have passed (a fake does the same on its clock).
 *
 * @param channel - the live channel (never closed by this call)
 * @param method - the method definition from proto-loader
 * @param message - the request message
 * @param metadata - the call's metadata
 * @param timeoutMs - the time it has, in ms; beyond what grpc-js holds (`MAX_TIMER_MS`, or
 *   `Infinity`) none, and the caller's own timer ends it
 * @param done - called once with the reply or the grpc-js `ServiceError`
 * @returns the call, to cancel
 */
export const sendUnary: UnaryTransport = (channel, method, message, metadata, timeoutMs, done) =>
  request(channel, method, message, metadata, timeoutMs > MAX_TIMER_MS ? Infinity : Date.now() + timeoutMs, done);

/**
 * A unary call of `method` on `channel` as a cold observable (subscribing starts it,
 * unsubscribing cancels it), for the handshake and the connection's own questions.
 *
 * @param channel - the live channel (never closed by this call)
 * @param method - the method definition from proto-loader
 * @param message - the request message
 * @param metadata - the call's metadata
 * @param deadline - when grpc-js gives up on the call (`Infinity`: never)
 * @returns emits the response and completes, or errors with the grpc-js `ServiceError`
 */
export function unaryCall<Req extends object, Res extends object>(
  channel: ChannelInterface,
  method: MethodDefinition<object, object>,
  message: Req,
  metadata: Metadata,
  deadline: Date | number,
): Observable<Res> {
  return new Observable<Res>((subscriber) => {
    const call = request(channel, method, message, metadata, deadline, (error, response) => {
      if (error !== null) subscriber.error(error);
      else {
        subscriber.next(response as Res);
        subscriber.complete();
      }
    });
    return () => call.cancel();
  });
}

/** Whether `error` is a grpc-js call error with a status code. */
export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number' && 'metadata' in error;
}
