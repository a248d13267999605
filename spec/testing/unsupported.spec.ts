import { readFileSync } from 'node:fs';
import { MilvusClient } from '@zilliz/milvus2-sdk-node';
import { expect } from 'chai';
import { status as grpcStatus } from '@grpc/grpc-js';
import { type MilvusTestServer, startMilvusTestServer } from '../../lib/testing/index.js';
import { NOT_SUPPORTED, unsupportedMethods, unsupportedReply } from '../../lib/testing/unsupported.js';
import type { MilvusMethodName } from '../../lib/protocol/proto.js';
import { Connection, GrpcError } from '../../lib/index.js';
import { README, withBlock } from '../../scripts/readme-block.js';
import { UNSUPPORTED_BLOCK, renderUnsupportedList } from '../../scripts/unsupported-list.js';

describe('methods the embedded Milvus does not implement never look like success', function () {
  this.timeout(30_000);
  let milvus: MilvusTestServer;

  before(async () => {
    milvus = await startMilvusTestServer();
  });

  after(async () => {
    await milvus.stop();
  });

  it('the official SDK sees a failed status naming the test server (where UNIMPLEMENTED would read as OK)', async () => {
    const client = new MilvusClient({ address: milvus.address });
    try {
      // createUser does not wait for the SDK's channel, whose own retries (3 in 150 ms) may
      // run out before it connects on a loaded machine: wait for it as its other methods do.
      await client.connectPromise;
      // The SDK turns gRPC UNIMPLEMENTED into an empty OK for these: they must fail instead.
      const created = await client.createUser({ username: 'alice', password: 'Secret123' });
      expect(created.error_code).to.not.equal('Success');
      expect(created.reason).to.include(NOT_SUPPORTED).and.include('CreateCredential');
      const group = await client.createResourceGroup({ resource_group: 'rg' });
      expect(group.code).to.equal(10);
      const replicas = await client.getReplicas({ collectionID: 1 });
      expect(replicas.status.reason).to.include(NOT_SUPPORTED);
    } finally {
      await client.closeConnection();
    }
  });

  it('every unsupported unary method with a status answers code 10 in its reply shape, over the wire', async () => {
    const conn = Connection.start({ host: '127.0.0.1', port: milvus.port });
    try {
      await conn.firstConnected();
      let checked = 0;
      for (const method of unsupportedMethods()) {
        if (unsupportedReply(method) === undefined) continue;
        const error = await conn.call(method as MilvusMethodName, {}).then(
          () => expect.fail(`${method} succeeded`),
          (failure: unknown) => failure,
        );
        expect(error, method).to.be.instanceOf(GrpcError).and.include({ source: 'milvus', code: 10 });
        expect((error as GrpcError).details, method)
          .to.include(method)
          .and.include(NOT_SUPPORTED);
        checked += 1;
      }
      expect(checked).to.be.greaterThan(50);
    } finally {
      await conn.disconnect();
    }
  });

  it('answers AllocTimestamp, which pymilvus calls while it waits for an index (a failure there would fail create_index)', async () => {
    const conn = Connection.start({ host: '127.0.0.1', port: milvus.port });
    try {
      const before = BigInt(Date.now()) << 18n;
      const reply = await conn.call('AllocTimestamp', {});
      expect(BigInt(reply.timestamp) >= before).to.equal(true);
    } finally {
      await conn.disconnect();
    }
  });

  it('answers UNIMPLEMENTED only where a reply has no status or the SDK reads UNIMPLEMENTED right', () => {
    const left = unsupportedMethods().filter((method) => unsupportedReply(method) === undefined);
    expect(left).to.include.members(['Dummy', 'GetReplicateInfo', 'AlterCollectionSchema', 'DumpMessages', 'CreateReplicateStream']);
    expect(left.length).to.be.lessThan(8);
    expect(grpcStatus.UNIMPLEMENTED).to.equal(12);
  });

  it('the README lists exactly the unsupported methods (npm run docs:unsupported)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).to.equal(withBlock(readme, UNSUPPORTED_BLOCK, renderUnsupportedList()));
    expect(renderUnsupportedList()).to.include('`CreateCredential`');
  });
});
