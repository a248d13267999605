/**
 * `milvex/testing`: a Milvus-protocol test server for your own specs, with an in-memory Milvus
 * behind it (collections, inserts, queries, exact vector search) and faults on demand.
 *
 * @packageDocumentation
 */
export { startMilvusTestServer } from './server.js';
export type { MilvusTestServer, RecordedCall, TestServerOptions } from './server.js';
export { startConnection } from '../connection.js';
export type { ConnectionDependencies } from '../connection.js';
export type { ChannelFactory } from '../channel.js';
export type { Handshake, HandshakeResult } from '../handshake.js';
export type { UnaryTransport } from '../unary.js';
