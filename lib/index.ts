/**
 * milvex: a self-healing gRPC connection to Milvus with a reactive state machine.
 *
 * The public surface, listed by name: nothing internal leaks from here.
 *
 * @packageDocumentation
 */
export { parseConfig, parseUri, REDACTED } from './config.js';
export type { Config, MilvexOptions, OptionName, Logger, TlsOptions, TlsConfig, ChannelOptions } from './config.js';
export type { UriOptions } from './uri.js';
export { backoffDelay, retryWithBackoff } from './backoff.js';
export type { BackoffOptions, RetryInfo, RetryWithBackoffOptions } from './backoff.js';
export { MilvexError, InvalidError, ConnectionError, GrpcError } from './errors.js';
export type { ErrorKind, ConnectionErrorReason } from './errors.js';
export { Connection, DEFAULT_GET_CHANNEL_TIMEOUT } from './connection.js';
export type { ConnectionState, StartOptions, WaitOptions, ChannelHandle } from './connection.js';
export { connectivity$ } from './connectivity.js';
export { DIAGNOSTICS_CHANNELS } from './events.js';
export type { ConnectionEvent, ConnectionEventType, EventSource } from './events.js';
export type {
  ServerInfo,
  MilvusStatus,
  MilvusMethods,
  MilvusMethodName,
  MilvusServiceMethodName,
  MilvusStreamingMethodName,
  CheckHealthResponse,
  GetVersionResponse,
  ClientInfo,
  ConnectRequest,
  ConnectResponse,
} from './proto.js';
export { METHOD_KINDS, milvusStatusOf } from './methods.js';
export type { MethodKind } from './methods.js';
export type { CallOptions } from './calls.js';
export type { ClientConstructor } from './bound-client.js';
export { milvusClientClass } from './client-class.js';
export { encodeCollectionSchema, encodeFloatVectors } from './codec.js';
export type { CollectionSchema } from './codec.js';
export { DataType } from './generated/milvus/proto/schema/DataType.js';
export type { MilvusServiceClient } from './proto.js';
