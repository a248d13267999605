/**
 * The clients the benchmarks compare, behind one shape: milvex (`conn.call` and
 * `conn.client()`), a bare grpc-js client on one channel (the floor), the official Milvus
 * Node SDK, and the official SDK over milvex's persistent channel. Each sends CheckHealth
 * with a deadline.
 */
import { Channel, Client, type ServiceError, credentials, loadPackageDefinition } from '@grpc/grpc-js';
import { MilvusClient } from '@zilliz/milvus2-sdk-node';
import { Connection, type MilvexOptions } from '../lib/index.js';
import { milvusPackage } from '../lib/protocol/proto.js';

/** One client under test. */
export interface BenchClient {
  readonly name: string;
  /** Resolves when the server answered healthy; rejects otherwise. */
  checkHealth(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
  /** milvex only: the connection, for its state timeline. */
  readonly connection?: Connection;
}

type HealthClient = Client & {
  CheckHealth(request: object, options: { deadline: number }, callback: (error: ServiceError | null) => void): void;
};

function generatedClass(): new (...args: ConstructorParameters<typeof Client>) => HealthClient {
  const loaded = loadPackageDefinition(milvusPackage()) as unknown as {
    milvus: { proto: { milvus: { MilvusService: new (...args: ConstructorParameters<typeof Client>) => HealthClient } } };
  };
  return loaded.milvus.proto.milvus.MilvusService;
}

function callGenerated(client: HealthClient, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) =>
    client.CheckHealth({}, { deadline: Date.now() + timeoutMs }, (error) => (error === null ? resolve() : reject(error))),
  );
}

/** milvex, calls through `conn.call`. */
export function milvexCall(address: string, name = 'milvex conn.call', options: MilvexOptions = {}): BenchClient {
  const connection = Connection.start({ host: address.split(':')[0], port: Number(address.split(':')[1]), ...options });
  return {
    name,
    connection,
    checkHealth: async (timeoutMs) => {
      await connection.call('CheckHealth', {}, { timeout: timeoutMs });
    },
    close: () => connection.disconnect(),
  };
}

/** milvex, calls through a generated client bound with `conn.client()`. */
export function milvexClient(address: string, options: MilvexOptions = {}): BenchClient {
  const connection = Connection.start({ host: address.split(':')[0], port: Number(address.split(':')[1]), ...options });
  const client = connection.client(generatedClass());
  return {
    name: 'milvex conn.client()',
    connection,
    checkHealth: (timeoutMs) => callGenerated(client, timeoutMs),
    close: () => connection.disconnect(),
  };
}

/** A bare grpc-js generated client on one channel: nothing can be faster. */
export function bareGrpc(address: string): BenchClient {
  const channel = new Channel(address, credentials.createInsecure(), { 'grpc.max_receive_message_length': -1 });
  const Ctor = generatedClass();
  const client = new Ctor(address, credentials.createInsecure(), { channelOverride: channel });
  return {
    name: 'bare grpc-js',
    checkHealth: (timeoutMs) => callGenerated(client, timeoutMs),
    close: () => {
      channel.close();
      return Promise.resolve();
    },
  };
}

/** The official Milvus Node SDK. Its checkHealth takes no deadline: the client's `timeout` (10 s) applies. */
export function officialSdk(address: string): BenchClient {
  const client = new MilvusClient({ address, timeout: 10_000, logLevel: 'error' });
  return {
    name: '@zilliz/milvus2-sdk-node',
    checkHealth: async () => {
      const reply = await client.checkHealth();
      if (!reply.isHealthy) throw new Error('not healthy');
    },
    close: async () => {
      await client.closeConnection();
    },
  };
}

/**
 * The official SDK over milvex's connection: its channel is `conn.persistentChannel()` and its
 * own retries are off (`maxRetries: 0`), as the README shows.
 */
export function officialSdkOverMilvex(address: string, options: MilvexOptions = {}): BenchClient {
  const connection = Connection.start({ host: address.split(':')[0], port: Number(address.split(':')[1]), ...options });
  const client = new MilvusClient({
    address,
    timeout: 10_000,
    logLevel: 'error',
    maxRetries: 0,
    channelOptions: { channelOverride: connection.persistentChannel() },
  });
  return {
    name: 'official SDK over milvex',
    connection,
    checkHealth: async () => {
      const reply = await client.checkHealth();
      if (!reply.isHealthy) throw new Error('not healthy');
    },
    close: async () => {
      await client.closeConnection();
      await connection.disconnect();
    },
  };
}
