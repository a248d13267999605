/**
 * `milvex/testing`: a Milvus-protocol test server for your own specs, with an in-memory Milvus
 * behind it (collections, inserts, queries, exact vector search) and faults on demand.
 *
 * @packageDocumentation
 */
export { startMilvusTestServer } from './server.js';
export type { MilvusTestServer, RecordedCall, TestServerOptions } from './server.js';
export { startConnection } from '../connection/connection.js';
export type { ConnectionDependencies } from '../connection/dependencies.js';
export type { ChannelFactory } from '../transport/channel.js';
export type { Handshake, HandshakeResult } from '../transport/handshake.js';
export type { UnaryTransport } from '../transport/unary.js';
