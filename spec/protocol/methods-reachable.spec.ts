/**
 * The whole protocol through `conn.call`: every unary MilvusService method reaches a server
 * milvex did not write (a bare grpc-js server over the official SDK's descriptor), typed.
 */
import { status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import type { Connection } from '../../lib/connection/connection.js';
import { GrpcError, InvalidError } from '../../lib/errors.js';
import { type MilvusUnaryMethodName, milvusService } from '../../lib/protocol/proto.js';
import { rejection, track } from '../support/live.js';
import { startPlainMilvus } from '../support/plain-milvus.js';
import { Connection as Conn } from '../../lib/connection/connection.js';

describe('every MilvusService method through conn.call', () => {
  it('reaches the server once each and rejects its UNIMPLEMENTED answer with a GrpcError naming the method', async function () {
    this.timeout(60_000);
    const plain = await startPlainMilvus({}, {}, () => ({ code: grpcStatus.UNIMPLEMENTED, details: 'not here' }));
    const conn: Connection = track(Conn.start({ host: '127.0.0.1', port: plain.port }));
    const unary = Object.entries(milvusService())
      .filter(([, definition]) => !definition.requestStream && !definition.responseStream)
      .map(([name]) => name as MilvusUnaryMethodName)
      .filter((name) => !['Connect', 'GetVersion', 'CheckHealth'].includes(name));
    expect(unary.length).to.be.greaterThan(130);
    for (const method of unary) {
      const error = await rejection(conn.call(method, {}));
      expect(error, method).to.be.instanceOf(GrpcError).and.include({ code: grpcStatus.UNIMPLEMENTED, method, source: 'grpc' });
      expect(plain.received.get(method), method).to.equal(1);
    }
  });

  it('refuses the streaming methods and names that are no method, with InvalidError', async () => {
    const plain = await startPlainMilvus();
    const conn = track(Conn.start({ host: '127.0.0.1', port: plain.port }));
    for (const method of ['DumpMessages', 'CreateReplicateStream', 'NoSuchMethod']) {
      expect(await rejection(conn.call(method as 'CheckHealth', {})), method)
        .to.be.instanceOf(InvalidError)
        .and.include({ field: 'method' });
    }
  });

  it('is typed: method names, request fields and reply fields are checked at compile time', () => {
    // Compiled by `npm run typecheck`: each @ts-expect-error must be an error, or the check fails.
    const typed = (conn: Connection) => {
      void conn.call('HasCollection', { collection_name: 'c' }).then((reply) => reply.value);
      // @ts-expect-error: not a method
      void conn.call('HasCollections', {});
      // @ts-expect-error: a field the request does not have
      void conn.call('HasCollection', { collection: 'c' });
      // @ts-expect-error: a field the reply does not have
      void conn.call('HasCollection', {}).then((reply): unknown => reply.exists);
    };
    expect(typed).to.be.a('function');
  });
});

describe('Milvus status in every reply shape', () => {
  it('rejects a bare common.Status reply (CreateCollection) and a status field (HasCollection) with source milvus, at once', async () => {
    const plain = await startPlainMilvus({
      CreateCollection: () => ({ code: 65535, error_code: 1, reason: 'schema is broken' }),
      HasCollection: () => ({ status: { code: 100, reason: 'collection not found[collection=c]' }, value: false }),
    });
    const conn = track(Conn.start({ host: '127.0.0.1', port: plain.port }));
    const create = await rejection(conn.call('CreateCollection', { collection_name: 'c' }));
    expect(create)
      .to.be.instanceOf(GrpcError)
      .and.include({ code: 65535, source: 'milvus', method: 'CreateCollection', details: 'schema is broken' });
    const has = await rejection(conn.call('HasCollection', { collection_name: 'c' }));
    expect(has).to.be.instanceOf(GrpcError).and.include({ code: 100, source: 'milvus', retriable: false });
    expect([plain.received.get('CreateCollection'), plain.received.get('HasCollection')]).to.deep.equal([1, 1]);
  });

  it('sends a rate-limited write (code 8: not applied) again, and it is applied once', async () => {
    let inserts = 0;
    const plain = await startPlainMilvus({
      Insert: () => (++inserts === 1 ? { status: { code: 8, reason: 'rate limit exceeded' } } : { status: { code: 0 }, insert_cnt: '2' }),
    });
    const conn = track(Conn.start({ host: '127.0.0.1', port: plain.port, reconnectBaseDelay: 100 }));
    const reply = await conn.call('Insert', { collection_name: 'c', num_rows: 2 }, { timeout: 5000 });
    expect(reply.insert_cnt).to.equal('2');
    expect(plain.received.get('Insert')).to.equal(2);
  });

  it('does not send a write again after a retriable status that may have been applied (collection not loaded, 103)', async () => {
    const plain = await startPlainMilvus({ Delete: () => ({ status: { code: 103, reason: 'collection not fully loaded' } }) });
    const conn = track(Conn.start({ host: '127.0.0.1', port: plain.port, reconnectBaseDelay: 100 }));
    const error = await rejection(conn.call('Delete', { collection_name: 'c', expr: 'id in [1]' }, { timeout: 5000 }));
    expect(error).to.be.instanceOf(GrpcError).and.include({ code: 103, retriable: true });
    expect(plain.received.get('Delete')).to.equal(1);
  });
});
