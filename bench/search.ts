/**
 * Search speed of the embedded in-memory Milvus (`milvex/testing`): 10,000 vectors of
 * dimension 768, top-10, one query vector a call, through the test server's gRPC Search
 * (request encoding, the exact scan, the reply) from a grpc-js client on the same machine.
 * The bar: well under 50 ms per query.
 */
import { fileURLToPath } from 'node:url';
import { type Client, type ServiceError, credentials, loadPackageDefinition } from '@grpc/grpc-js';
import { type MessageTypeDefinition, loadSync } from '@grpc/proto-loader';
import { startMilvusTestServer } from '../lib/testing/index.js';
import { encodeFloatVectors } from '../lib/protocol/codec.js';
import { quantile, table } from './stats.js';

const ROWS = 10_000;
const DIM = 768;
const TOP_K = 10;
const INSERT_BATCH = 1000;

type Call = (
  request: object,
  callback: (error: ServiceError | null, reply?: { status?: { code: number; reason: string }; code?: number; reason?: string }) => void,
) => void;
type MilvusClient = Client & Record<string, Call>;

const definition = loadSync('milvus.proto', {
  includeDirs: [fileURLToPath(new URL('../proto/', import.meta.url))],
  keepCase: true,
  longs: String,
  enums: Number,
  defaults: true,
  oneofs: true,
});
const encode = (type: string, message: object): Buffer => (definition[type] as MessageTypeDefinition<object, object>).serialize(message);

function call(client: MilvusClient, method: string, request: object): Promise<void> {
  return new Promise((resolve, reject) =>
    (client[method] as Call).call(client, request, (error, reply) => {
      const status = reply?.status ?? reply;
      if (error !== null) reject(error);
      else if ((status?.code ?? 0) !== 0) reject(new Error(`${method}: ${status?.reason ?? ''}`));
      else resolve();
    }),
  );
}

/** Uniform random floats in -1..1 (the speed does not depend on the values). */
const randomVector = (): number[] => Array.from({ length: DIM }, () => Math.random() * 2 - 1);

/**
 * Measures Search latency per metric and with a filter.
 *
 * @param rounds - searches per row (after as many warm-up searches)
 * @returns a Markdown table
 */
export async function searchSpeed(rounds: number): Promise<string> {
  const server = await startMilvusTestServer();
  const { MilvusService } = (
    loadPackageDefinition(definition) as unknown as {
      milvus: { proto: { milvus: { MilvusService: new (...args: ConstructorParameters<typeof Client>) => MilvusClient } } };
    }
  ).milvus.proto.milvus;
  const client = new MilvusService(server.address, credentials.createInsecure());
  const rows: string[][] = [];
  try {
    for (const metric of ['L2', 'IP', 'COSINE']) {
      const name = `bench_${metric.toLowerCase()}`;
      const fields = [
        { name: 'id', data_type: 5, is_primary_key: true },
        { name: 'group', data_type: 5 },
        { name: 'vector', data_type: 101, type_params: [{ key: 'dim', value: String(DIM) }] },
      ];
      await call(client, 'CreateCollection', { collection_name: name, schema: encode('milvus.proto.schema.CollectionSchema', { name, fields }) });
      for (let start = 0; start < ROWS; start += INSERT_BATCH) {
        const ids = Array.from({ length: INSERT_BATCH }, (_, i) => start + i);
        await call(client, 'Insert', {
          collection_name: name,
          num_rows: INSERT_BATCH,
          fields_data: [
            { type: 5, field_name: 'id', scalars: { long_data: { data: ids } } },
            { type: 5, field_name: 'group', scalars: { long_data: { data: ids.map((id) => id % 10) } } },
            { type: 101, field_name: 'vector', vectors: { dim: DIM, float_vector: { data: ids.flatMap(randomVector) } } },
          ],
        });
      }
      await call(client, 'CreateIndex', {
        collection_name: name,
        field_name: 'vector',
        extra_params: [
          { key: 'index_type', value: 'FLAT' },
          { key: 'metric_type', value: metric },
        ],
      });
      await call(client, 'LoadCollection', { collection_name: name });
      for (const filter of metric === 'L2' ? ['', 'group in [1, 2, 3]'] : ['']) {
        const times: number[] = [];
        for (let i = 0; i < 2 * rounds; i++) {
          const placeholder_group = encodeFloatVectors([randomVector()]);
          const started = performance.now();
          await call(client, 'Search', {
            collection_name: name,
            dsl: filter,
            dsl_type: 1,
            placeholder_group,
            nq: 1,
            search_params: [
              { key: 'anns_field', value: 'vector' },
              { key: 'topk', value: String(TOP_K) },
              { key: 'metric_type', value: metric },
            ],
          });
          if (i >= rounds) times.push(performance.now() - started);
        }
        rows.push([
          metric,
          filter === '' ? 'none' : `\`${filter}\` (30 % of rows)`,
          quantile(times, 0.5).toFixed(2),
          quantile(times, 0.99).toFixed(2),
        ]);
      }
    }
  } finally {
    client.close();
    await server.stop();
  }
  return table(['metric', 'filter', 'p50 ms', 'p99 ms'], rows);
}
