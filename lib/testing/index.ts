/**
 * `milvex/testing`: a Milvus-protocol test server for your own specs, with an in-memory Milvus
 * behind it (collections, inserts, queries, exact vector search) and faults on demand.
 *
 * @packageDocumentation
 */
export { startMilvusTestServer } from './server.js';
export type { MilvusTestServer, RecordedCall, TestServerOptions } from './server.js';
export { NOT_SUPPORTED, unsupportedMethods } from './unsupported.js';
export { startConnection } from '../connection/connection.js';
export type { ConnectionDependencies } from '../connection/dependencies.js';
export type { ChannelFactory } from '../transport/channel.js';
export type { Handshake, HandshakeResult } from '../transport/handshake.js';
export type { UnaryDone, UnaryInFlight, UnaryTransport } from '../transport/unary.js';
// Every type of `milvex` too (as types only: the values come from `milvex`), so that the
// declarations of this entry name nothing it does not export (`startConnection` returns a
// `Connection`, a `ChannelFactory` takes a `Config`). They are the same declarations.
export type * from '../index.js';
