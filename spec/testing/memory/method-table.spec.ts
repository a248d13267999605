import { resolve } from 'node:path';
import { type Client, Metadata, type ServiceError, credentials, loadPackageDefinition } from '@grpc/grpc-js';
import { type MessageTypeDefinition, loadSync } from '@grpc/proto-loader';
import { expect } from 'chai';
import { type MilvusTestServer, startMilvusTestServer } from '../../../lib/testing/index.js';
import { Catalog } from '../../../lib/testing/memory/catalog.js';
import type { MethodTable } from '../../../lib/testing/memory/method-table.js';
import { memoryMethods } from '../../../lib/testing/memory/service.js';

type Callback = (error: ServiceError | null, reply?: object) => void;
type RawClient = Client & Record<string, (request: object, metadata: Metadata, callback: Callback) => void>;

describe('memory method table', () => {
  let milvus: MilvusTestServer;
  let client: RawClient;
  let encodeSchema: (schema: object) => Buffer;

  before(async () => {
    milvus = await startMilvusTestServer();
    const definition = loadSync('milvus.proto', {
      includeDirs: [resolve(import.meta.dirname, '../../../proto')],
      keepCase: true,
      longs: String,
      enums: Number,
      defaults: true,
      oneofs: true,
    });
    const { MilvusService } = (
      loadPackageDefinition(definition) as unknown as {
        milvus: { proto: { milvus: { MilvusService: new (...args: ConstructorParameters<typeof Client>) => RawClient } } };
      }
    ).milvus.proto.milvus;
    client = new MilvusService(milvus.address, credentials.createInsecure());
    encodeSchema = (schema) => (definition['milvus.proto.schema.CollectionSchema'] as MessageTypeDefinition<object, object>).serialize(schema);
  });

  /** Calls a method; resolves with the status of its reply, rejects on a gRPC error. */
  async function call(method: string, request: object): Promise<{ code?: number; reason?: string }> {
    const reply = await new Promise<object>((done, failed) =>
      (client[method] as RawClient[string]).call(client, request, new Metadata(), (error, answer) =>
        error === null ? done(answer ?? {}) : failed(error),
      ),
    );
    return (reply as { status?: object }).status ?? reply;
  }

  after(async () => {
    client.close();
    await milvus.stop();
  });

  // Every method the in-memory Milvus answers, called with nothing set (a Search with no
  // collection, no vectors, no params...): Milvus answers each with a failed or successful
  // status, never with a gRPC error such as INTERNAL.
  for (const method of Object.keys(memoryMethods(new Catalog()))) {
    it(`${method} with an empty request answers a Milvus status, not a gRPC error`, async () => {
      const reply = await new Promise<object>((done, failed) =>
        (client[method] as RawClient[string]).call(client, {}, new Metadata(), (error, answer) =>
          error === null ? done(answer ?? {}) : failed(error),
        ),
      );
      const status = ((reply as { status?: object }).status ?? reply) as { code?: number; reason?: string };
      expect(status.code, `${method}: ${status.reason ?? ''}`).to.be.a('number');
      if (status.code !== 0) expect(status.reason, method).to.not.equal('');
    });
  }

  it('a Search or CreateCollection whose message bytes do not decode answers 1100', async () => {
    const garbage = Buffer.from([0x0a, 0xff, 0xff]);
    const schema = encodeSchema({
      fields: [
        { name: 'id', data_type: 5, is_primary_key: true },
        { name: 'v', data_type: 101, type_params: [{ key: 'dim', value: '2' }] },
      ],
    });
    const created = await call('CreateCollection', { collection_name: 'x', schema });
    expect(created).to.include({ code: 0 });
    for (const [method, request] of [
      ['Search', { collection_name: 'x', placeholder_group: garbage }],
      ['CreateCollection', { collection_name: 'x', schema: garbage }],
    ] as const) {
      const reply = await new Promise<object>((done, failed) =>
        (client[method] as RawClient[string]).call(client, request, new Metadata(), (error, answer) =>
          error === null ? done(answer ?? {}) : failed(error),
        ),
      );
      const status = ((reply as { status?: object }).status ?? reply) as { code?: number; reason?: string };
      expect(status.code, method).to.equal(1100);
      expect(status.reason, method).to.match(/^failed to unmarshal milvus\.proto\./);
    }
  });

  it('is typed from MilvusServiceHandlers: method names, request fields and reply field types are checked at compile time', () => {
    // Compiled by `npm run typecheck`: each @ts-expect-error must be an error, or the check fails.
    const tables: MethodTable[] = [
      { HasCollection: (request) => ({ value: request.collection_name === 'c' }) },
      // @ts-expect-error: not a method
      { HasCollections: () => ({ value: true }) },
      // @ts-expect-error: a field the request does not have
      { HasCollection: (request) => ({ value: request.collection === 'c' }) },
      // @ts-expect-error: a reply field of the wrong type
      { HasCollection: () => ({ value: 'yes' }) },
    ];
    expect(tables).to.have.length(4);
  });
});
