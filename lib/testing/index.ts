/**
 * `milvex/testing`: a Milvus-protocol test server for your own specs.
 *
 * @packageDocumentation
 */
export { startMilvusTestServer } from './server.js';
export type { MilvusTestServer, RecordedCall, TestServerOptions } from './server.js';
export { startConnection } from '../connection.js';
export type { ConnectionDependencies } from '../connection.js';
