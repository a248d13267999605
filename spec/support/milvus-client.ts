/**
 * The generated MilvusService client class, loaded the way a user loads the full
 * milvus.proto, for specs of `conn.client()`.
 */
import { resolve } from 'node:path';
import { type Client, type ServiceError, loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import type { CheckHealthResponse } from '../../lib/protocol/proto.js';

/** The part of the generated client the specs use. */
export type HealthClient = Client & {
  CheckHealth(request: object, callback: (error: ServiceError | null, reply?: CheckHealthResponse) => void): void;
};

/** A generated client class. */
export type HealthClientClass = new (...args: ConstructorParameters<typeof Client>) => HealthClient;

/** Loads `proto/milvus.proto` with proto-loader and returns its MilvusService client class. */
export function loadClientClass(): HealthClientClass {
  const definition = loadSync('milvus.proto', {
    includeDirs: [resolve(import.meta.dirname, '../../proto')],
    keepCase: true,
    longs: String,
    enums: Number,
    defaults: true,
  });
  const loaded = loadPackageDefinition(definition) as unknown as { milvus: { proto: { milvus: { MilvusService: HealthClientClass } } } };
  return loaded.milvus.proto.milvus.MilvusService;
}
