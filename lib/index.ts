/**
 * milvex: a self-healing gRPC connection to Milvus with a reactive state machine.
 *
 * The public surface, listed by name: nothing internal leaks from here.
 *
 * @packageDocumentation
 */
export { parseConfig, parseUri, REDACTED } from './config/config.js';
export type { Config, MilvexOptions, OptionName, Logger, TlsOptions, TlsConfig, ChannelOptions } from './config/config.js';
export type { UriOptions } from './config/uri.js';
export { backoffDelay, retryWithBackoff } from './time/backoff.js';
export type { BackoffOptions, RetryInfo, RetryWithBackoffOptions } from './time/backoff.js';
export { MilvexError, InvalidError, ConnectionError, GrpcError } from './errors.js';
export type { ConnectionErrorReason } from './errors.js';
export { Connection, DEFAULT_GET_CHANNEL_TIMEOUT } from './connection/connection.js';
export type { ConnectionState, StartOptions, WaitOptions, ChannelHandle } from './connection/connection.js';
export { connectivity$ } from './transport/connectivity.js';
export { DIAGNOSTICS_CHANNELS } from './connection/events.js';
export type { ConnectionEvent, ConnectionEventType, ConnectionEventSource } from './connection/events.js';
export type {
  ServerInfo,
  MilvusStatus,
  MilvusMethods,
  MilvusUnaryMethodName,
  MilvusMethodName,
  MilvusServiceMethodName,
  MilvusStreamingMethodName,
  CheckHealthResponse,
  GetVersionResponse,
  ClientInfo,
  ConnectRequest,
  ConnectResponse,
} from './protocol/proto.js';
export { METHOD_KINDS, milvusStatusOf } from './protocol/methods.js';
export type { MethodKind } from './protocol/methods.js';
export type { CallOptions } from './calls/call.js';
export { CALL_TRACING_CHANNEL, type CallTraceContext } from './calls/tracing.js';
export { milvusClientClass } from './protocol/client-class.js';
export type { ClientConstructor } from './protocol/client-class.js';
export { encodeCollectionSchema, encodeFloatVectors } from './protocol/codec.js';
export type { CollectionSchema } from './protocol/codec.js';
export { DataType } from './protocol/generated/milvus/proto/schema/DataType.js';
export type { MilvusServiceClient } from './protocol/proto.js';
export { schema, DYNAMIC_FIELD } from './data/schema.js';
export type { Schema, SchemaOptions, Fields, UntypedSchema } from './data/schema.js';
export { field } from './data/fields.js';
export type {
  Field,
  FieldKind,
  FieldFlags,
  JsonValue,
  SparseVectorInput,
  SparseVectorOutput,
  CommonOptions,
  ScalarOptions,
  KeyOptions,
  VarcharOptions,
  VectorOptions,
  ArrayOptions,
  ElementField,
  FlagsOf,
  VectorFlags,
  InOf,
  OutOf,
  FlagsOfField,
} from './data/fields.js';
export type {
  RowOf,
  StoredRowOf,
  FieldNameOf,
  VectorFieldOf,
  PrimaryKeyOf,
  IdOf,
  IdInputOf,
  OutputFieldOf,
  SelectedRowOf,
  Hit,
  GroupedHit,
  HitOf,
  Simplify,
  FieldsOf,
  DynamicOf,
  IsUntyped,
  KeysWhere,
  OptionalIn,
  DynamicKeys,
} from './data/rows.js';
export { Collection } from './data/collection.js';
export type {
  WriteResult,
  WriteOptions,
  DeleteSelector,
  ReadOptions,
  SearchOptions,
  QueryOptions,
  IterateOptions,
  GetOptions,
  LoadOptions,
  FlushOptions,
  VectorInputOf,
  QueryRowOf,
} from './data/collection.js';
export type { CreateCollectionOptions } from './data/collections.js';
export type { DataCallOptions, DataContext, Caller } from './data/context.js';
export type { Consistency, IndexSpec, SearchParams } from './data/params.js';
export { encodePlaceholderGroup } from './protocol/codec.js';
