/**
 * One unary call on a channel as a cold observable: subscribing starts it, unsubscribing
 * cancels it. Used for the handshake and for `conn.call`.
 */
import { type ChannelInterface, type Metadata, type MethodDefinition, type ServiceError, Client, credentials } from '@grpc/grpc-js';
import { Observable } from 'rxjs';
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

/**
 * A unary call of `method` on `channel`.
 *
 * @param channel - the live channel (never closed by this call)
 * @param method - the method definition from proto-loader
 * @param request - the request message
 * @param metadata - the call's metadata
 * @param deadline - when grpc-js gives up on the call (`Infinity`: never)
 * @returns emits the response and completes, or errors with the grpc-js `ServiceError`
 */
export function unaryCall<Req extends object, Res extends object>(
  channel: ChannelInterface,
  method: MethodDefinition<object, object>,
  request: Req,
  metadata: Metadata,
  deadline: Date | number,
): Observable<Res> {
  // A request that carries its own codec (the data layer's vectors as bytes) is encoded and
  // decoded with it; any other with the method's proto-loader pair.
  const codec = wireCodecOf(request);
  return new Observable<Res>((subscriber) => {
    const call = clientFor(channel).makeUnaryRequest<object, object>(
      method.path,
      codec?.serialize ?? method.requestSerialize,
      codec?.deserialize ?? method.responseDeserialize,
      request,
      metadata,
      { deadline },
      (error: ServiceError | null, response?: object) => {
        if (error !== null) subscriber.error(error);
        else {
          subscriber.next(response as Res);
          subscriber.complete();
        }
      },
    );
    return () => call.cancel();
  });
}

/** How a unary call is sent: `unaryCall`, or a fake in marble specs. */
export type UnaryTransport = (
  channel: ChannelInterface,
  method: MethodDefinition<object, object>,
  request: object,
  metadata: Metadata,
  deadline: Date | number,
) => Observable<object>;

/** Whether `error` is a grpc-js call error with a status code. */
export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === 'number' && 'metadata' in error;
}
