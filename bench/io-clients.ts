/**
 * The clients the insert-and-search benchmark compares, behind one shape: milvex
 * `conn.call`, a bare grpc-js client of milvex's `proto/` on a channel of its own (the floor),
 * and the official SDK's high-level `MilvusClient.insert` / `search`. Each takes the same rows
 * and query vectors (in the shape its API takes), and rejects unless the server did the
 * work (every row inserted, ten hits found), so that no client is timed on a failure.
 */
import { type ServiceError, credentials } from '@grpc/grpc-js';
import { MilvusClient } from '@zilliz/milvus2-sdk-node';
import { Connection, DataType, type MilvusMethods, encodeFloatVectors, field, milvusClientClass, schema } from '../lib/index.js';

/** The collection every client works on: an Int64 primary key and one float vector. */
export const ID_FIELD = 'id';
/** The vector field of the collection. */
export const VECTOR_FIELD = 'vector';
/** Hits a search asks for. */
export const TOP_K = 10;
/** Deadline of every call, generous: a slow call is measured, not failed. */
const TIMEOUT_MS = 60_000;

/**
 * Rows to insert in one call, in the shape each client's API takes, made before any timing:
 * columns for milvex `conn.call` and bare grpc-js, row objects for the official SDK's `insert`
 * and milvex's data API (`vectorRows`: each vector a `Float32Array`, as an embedding model gives it).
 */
export interface RowBatch {
  /** Primary keys, one a row. */
  readonly ids: number[];
  /** Dimension of every vector. */
  readonly dim: number;
  /** The vectors one after the other, `dim` floats a row: the FloatVector column. */
  readonly flat: number[];
  /** The same rows as objects, primary key and vector by field name. */
  readonly rows: Array<Record<string, number | number[]>>;
  /** The same rows as objects with each vector a `Float32Array`. */
  readonly vectorRows: Array<{ id: number; vector: Float32Array }>;
}

/** One client under test. */
export interface IoClient {
  readonly name: string;
  /** Inserts the rows into the collection. */
  insert(collection: string, batch: RowBatch): Promise<void>;
  /** Searches the collection for the {@link TOP_K} nearest rows to one vector (L2). */
  search(collection: string, vector: readonly number[]): Promise<void>;
  close(): Promise<void>;
}

type InsertRequest = MilvusMethods['Insert']['request'];
type SearchRequest = MilvusMethods['Search']['request'];

/** The Insert request milvex and bare grpc-js send: two columns. */
function insertRequest(collection: string, batch: RowBatch): InsertRequest {
  return {
    collection_name: collection,
    num_rows: batch.ids.length,
    fields_data: [
      { field_name: ID_FIELD, type: DataType.Int64, scalars: { long_data: { data: batch.ids } } },
      { field_name: VECTOR_FIELD, type: DataType.FloatVector, vectors: { dim: batch.dim, float_vector: { data: batch.flat } } },
    ],
  };
}

/** The Search request milvex and bare grpc-js send: one query vector, top-k by L2. */
function searchRequest(collection: string, vector: readonly number[]): SearchRequest {
  return {
    collection_name: collection,
    dsl_type: 1, // BoolExprV1: `dsl` is a filter expression (empty: none)
    dsl: '',
    placeholder_group: encodeFloatVectors([[...vector]]),
    nq: 1,
    search_params: [
      { key: 'anns_field', value: VECTOR_FIELD },
      { key: 'topk', value: String(TOP_K) },
      { key: 'metric_type', value: 'L2' },
      { key: 'params', value: '{}' },
    ],
  };
}

/** Throws unless the server inserted `expected` rows. */
function checkInserted(inserted: number | string, expected: number): void {
  if (Number(inserted) !== expected) throw new Error(`inserted ${inserted} rows, expected ${expected}`);
}

/** Throws unless the search found {@link TOP_K} hits. */
function checkFound(found: number): void {
  if (found !== TOP_K) throw new Error(`search found ${found} hits, expected ${TOP_K}`);
}

/** milvex, calls through `conn.call`. */
export function milvexIo(address: string): IoClient {
  const [host, port] = address.split(':');
  const conn = Connection.start({ host: host ?? '127.0.0.1', port: Number(port) });
  return {
    name: 'milvex conn.call',
    insert: async (collection, batch) => {
      const reply = await conn.call('Insert', insertRequest(collection, batch), { timeout: TIMEOUT_MS });
      checkInserted(reply.insert_cnt, batch.ids.length);
    },
    search: async (collection, vector) => {
      const reply = await conn.call('Search', searchRequest(collection, vector), { timeout: TIMEOUT_MS });
      checkFound(reply.results?.ids?.int_id?.data.length ?? 0);
    },
    close: () => conn.disconnect(),
  };
}

/** milvex's data API: a typed collection, rows in, hits out, vectors to the wire as bytes. */
export function milvexDataIo(address: string, dim: number): IoClient {
  const [host, port] = address.split(':');
  const conn = Connection.start({ host: host ?? '127.0.0.1', port: Number(port) });
  const Rows = schema({ [ID_FIELD]: field.int64({ primaryKey: true }), [VECTOR_FIELD]: field.floatVector({ dim }) } as const);
  // One handle a collection, as an application keeps it: its schema is checked once, on first use.
  const handles = new Map<string, ReturnType<typeof conn.collection<typeof Rows>>>();
  const handle = (name: string) => handles.get(name) ?? handles.set(name, conn.collection(name, Rows)).get(name)!;
  return {
    name: 'milvex data API',
    insert: async (collection, batch) => {
      const written = await handle(collection).insert(batch.vectorRows, { timeout: TIMEOUT_MS });
      checkInserted(written.count, batch.ids.length);
    },
    search: async (collection, vector) => {
      const hits = await handle(collection).search(vector, { limit: TOP_K, metric: 'L2', timeout: TIMEOUT_MS });
      checkFound(hits.length);
    },
    close: () => conn.disconnect(),
  };
}

/** A grpc-js callback call as a promise: rejects on a gRPC error or a failed Milvus status. */
function promised<T extends { status: { code: number; reason: string } | null }>(
  send: (callback: (error: ServiceError | null, reply?: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) =>
    send((error, reply) => {
      if (error !== null) reject(error);
      else if (reply === undefined) reject(new Error('no reply'));
      else if ((reply.status?.code ?? 0) !== 0) reject(new Error(`Milvus status ${reply.status?.code}: ${reply.status?.reason}`));
      else resolve(reply);
    }),
  );
}

/** A bare grpc-js client of milvex's `proto/` on a channel of its own, promisified by hand: the floor. */
export function bareGrpcIo(address: string): IoClient {
  const Ctor = milvusClientClass();
  const client = new Ctor(address, credentials.createInsecure(), { 'grpc.max_receive_message_length': -1 });
  const deadline = (): { deadline: number } => ({ deadline: Date.now() + TIMEOUT_MS });
  return {
    name: 'bare grpc-js',
    insert: async (collection, batch) => {
      const reply = await promised<MilvusMethods['Insert']['response']>((callback) =>
        client.Insert(insertRequest(collection, batch), deadline(), callback),
      );
      checkInserted(reply.insert_cnt, batch.ids.length);
    },
    search: async (collection, vector) => {
      const reply = await promised<MilvusMethods['Search']['response']>((callback) =>
        client.Search(searchRequest(collection, vector), deadline(), callback),
      );
      checkFound(reply.results?.ids?.int_id?.data.length ?? 0);
    },
    close: () => {
      client.close();
      return Promise.resolve();
    },
  };
}

/** The official SDK's high-level API: rows in, rows out. */
export function officialSdkIo(address: string): IoClient {
  const client = new MilvusClient({ address, timeout: TIMEOUT_MS, logLevel: 'error' });
  return {
    name: '@zilliz/milvus2-sdk-node',
    insert: async (collection, batch) => {
      const reply = await client.insert({ collection_name: collection, data: batch.rows });
      if (reply.status.error_code !== 'Success') throw new Error(`insert: ${reply.status.reason}`);
      checkInserted(reply.insert_cnt, batch.ids.length);
    },
    search: async (collection, vector) => {
      const reply = await client.search({
        collection_name: collection,
        data: [...vector],
        anns_field: VECTOR_FIELD,
        limit: TOP_K,
        metric_type: 'L2',
      });
      if (reply.status.error_code !== 'Success') throw new Error(`search: ${reply.status.reason}`);
      checkFound(reply.results.length);
    },
    close: async () => {
      await client.closeConnection();
    },
  };
}
