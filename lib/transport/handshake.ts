/**
 * The Milvus `Connect` handshake: tells the server who we are (ClientInfo) and gets back an
 * `identifier` to send on later calls and the server's `ServerInfo`. An old Milvus that
 * answers UNIMPLEMENTED counts as connected; bad credentials are fatal.
 */
import { hostname } from 'node:os';
import { type ChannelInterface, status as grpcStatus } from '@grpc/grpc-js';
import { type Observable, catchError, map, of, throwError } from 'rxjs';
import type { Config } from '../config/config.js';
import { ConnectionError } from '../errors.js';
import { callMetadata } from './metadata.js';
import { isAuthenticationStatus, milvusFailure } from '../calls/policy.js';
import { type ConnectRequest, type ConnectResponse, MSG_TYPE_CONNECT, type ServerInfo, milvusMethod } from '../protocol/proto.js';
import { isServiceError, unaryCall } from './unary.js';
import packageJson from '../../package.json' with { type: 'json' };

/** What the handshake learned. Both are absent for an old server or with `handshake: false`. */
export interface HandshakeResult {
  /** The session identifier, sent as `identifier` metadata on every later call. */
  readonly identifier?: string;
  /** What the server says about itself. */
  readonly serverInfo?: ServerInfo;
}

/** Does the handshake on a READY channel; the connection takes it so specs can fake it. */
export type Handshake = (channel: ChannelInterface, config: Config, deadline: Date) => Observable<HandshakeResult>;

/** The SDK name milvex reports in `ClientInfo.sdk_type`. */
export const SDK_TYPE = 'milvex';

/** The ClientInfo milvex sends: sdk, version, local time, user and host name. */
export function clientInfo(config: Config): ConnectRequest {
  return {
    base: { msg_type: MSG_TYPE_CONNECT },
    client_info: {
      sdk_type: SDK_TYPE,
      sdk_version: packageJson.version,
      local_time: new Date().toISOString(),
      user: config.user ?? '',
      host: hostname(),
    },
  };
}

function handshakeError(error: unknown, config: Config): ConnectionError {
  if (!isServiceError(error)) return new ConnectionError('handshake_failed', config, 'the handshake failed', { cause: error });
  const detail = `Connect handshake: ${error.details || grpcStatus[error.code]}`;
  if (isAuthenticationStatus(error.code)) return new ConnectionError('unauthenticated', config, detail, { cause: error });
  if (error.code === grpcStatus.DEADLINE_EXCEEDED) return new ConnectionError('connect_timeout', config, detail, { cause: error });
  if (error.code === grpcStatus.UNAVAILABLE) return new ConnectionError('unavailable', config, detail, { cause: error });
  return new ConnectionError('handshake_failed', config, detail, { cause: error });
}

function fromResponse(response: ConnectResponse, config: Config): HandshakeResult {
  const status = response.status;
  const failure = status === null ? undefined : milvusFailure(status);
  if (status !== null && failure !== undefined) {
    const detail = `Connect handshake: Milvus status ${failure.code}: ${status.reason}`;
    if (failure.kind === 'fatal') throw new ConnectionError('unauthenticated', config, detail);
    throw new ConnectionError('handshake_failed', config, detail, { retriable: true });
  }
  return {
    identifier: response.identifier,
    ...(response.server_info === null ? {} : { serverInfo: response.server_info }),
  };
}

/**
 * The real handshake: a `Connect` call with the config's metadata.
 *
 * @param channel - a READY channel
 * @param config - credentials, database, user
 * @param deadline - when to give up
 * @returns the identifier and server info; errors with a `ConnectionError`
 */
export const milvusHandshake: Handshake = (channel, config, deadline) => {
  const method = milvusMethod('Connect');
  if (method === undefined) return throwError(() => new Error('proto/ lacks MilvusService.Connect'));
  return unaryCall<ConnectRequest, ConnectResponse>(channel, method, clientInfo(config), callMetadata(config), deadline).pipe(
    map((response) => fromResponse(response, config)),
    catchError((error: unknown) => {
      if (error instanceof ConnectionError) return throwError(() => error);
      // An old Milvus without Connect: the transport is all there is to check.
      if (isServiceError(error) && error.code === grpcStatus.UNIMPLEMENTED) return of({});
      return throwError(() => handshakeError(error, config));
    }),
  );
};
