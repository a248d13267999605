/**
 * The grpc-js client class of `MilvusService` from milvex's `proto/`, typed by the generated
 * `MilvusServiceClient`: for the streaming methods (`DumpMessages`, `CreateReplicateStream`)
 * through `conn.client()`, and for anyone who wants grpc-js's own call shapes.
 */
import { type ChannelCredentials, type Client, type ClientOptions, type ServiceDefinition, makeClientConstructor } from '@grpc/grpc-js';
import { type MilvusServiceClient, milvusService } from './proto.js';

/** A grpc-js client class, as `makeClientConstructor` or proto-loader's `loadPackageDefinition` give them. */
export type ClientConstructor<C extends Client> = (new (address: string, credentials: ChannelCredentials, options?: ClientOptions) => C) & {
  readonly service?: ServiceDefinition;
};

let made: ClientConstructor<MilvusServiceClient> | undefined;

/**
 * The `MilvusService` client class, made once.
 *
 * ## Example
 * ```ts
 * const milvus = conn.client(milvusClientClass());
 * const stream = milvus.DumpMessages({});
 * stream.on('data', (message) => console.log(message));
 * ```
 *
 * @returns a grpc-js client class to bind with `conn.client()`
 */
export function milvusClientClass(): ClientConstructor<MilvusServiceClient> {
  made ??= makeClientConstructor(milvusService(), 'MilvusService') as unknown as ClientConstructor<MilvusServiceClient>;
  return made;
}
