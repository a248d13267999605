/**
 * `conn.client()` with a client class from a proto the user loads: here the subset in
 * `proto/`; in an application, the full official milvus.proto. The bound client uses the
 * live channel and the connection's metadata, and survives reconnections.
 *
 * Run: npx tsx examples/custom-client.ts http://localhost:19530
 */
import { fileURLToPath } from 'node:url';
import { type Client, type ServiceError, loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { Connection } from '../lib/index.js';

interface VersionReply {
  version: string;
}
type MilvusClient = Client & {
  GetVersion(request: object, callback: (error: ServiceError | null, reply?: VersionReply) => void): void;
};

const protoDir = fileURLToPath(new URL('../proto/', import.meta.url));
const definition = loadSync('milvus.proto', { includeDirs: [protoDir], keepCase: true, longs: String, enums: Number, defaults: true });
const loaded = loadPackageDefinition(definition) as unknown as {
  milvus: { proto: { milvus: { MilvusService: new (...args: ConstructorParameters<typeof Client>) => MilvusClient } } };
};

const uri = process.argv[2] ?? 'http://localhost:19530';
const conn = Connection.start(uri);
const milvus = conn.client(loaded.milvus.proto.milvus.MilvusService);
const reply = await new Promise<VersionReply>((resolve, reject) =>
  milvus.GetVersion({}, (error, answer) =>
    error === null && answer !== undefined ? resolve(answer) : reject(error ?? new Error('GetVersion answered nothing')),
  ),
);
console.log(`server version through a bound client: ${reply.version}`);
await conn.disconnect();
