/**
 * milvex: a self-healing gRPC connection to Milvus with a reactive state machine.
 *
 * The public surface, listed by name: nothing internal leaks from here.
 *
 * @packageDocumentation
 */
export { parseConfig, parseUri, OPTIONS, REDACTED } from './config.js';
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
export type { ChannelFactory } from './channel.js';
export type { Handshake, HandshakeResult } from './handshake.js';
export type { ServerInfo, MilvusStatus, MilvusMethods, MilvusMethodName, CheckHealthResponse, GetVersionResponse, ClientInfo, ConnectRequest, ConnectResponse } from './proto.js';
export { IDEMPOTENT_METHODS } from './calls.js';
export type { CallOptions } from './calls.js';
export type { ClientConstructor } from './bound-client.js';
