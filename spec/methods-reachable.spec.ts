/**
 * The whole protocol through `conn.call`: every unary MilvusService method reaches a server
 * milvex did not write (a bare grpc-js server over the official SDK's descriptor), typed.
 */
import { status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import type { Connection } from '../lib/connection.js';
import { GrpcError, InvalidError } from '../lib/errors.js';
import { type MilvusMethodName, milvusService } from '../lib/proto.js';
import { rejection, track } from './support/live.js';
import { startPlainMilvus } from './support/plain-milvus.js';
import { Connection as Conn } from '../lib/connection.js';

describe('every MilvusService method through conn.call', () => {
  it('reaches the server once each and rejects its UNIMPLEMENTED answer with a GrpcError naming the method', async function () {
    this.timeout(60_000);
    const plain = await startPlainMilvus({}, {}, () => ({ code: grpcStatus.UNIMPLEMENTED, details: 'not here' }));
    const conn: Connection = track(Conn.start({ host: '127.0.0.1', port: plain.port }));
    const unary = Object.entries(milvusService())
      .filter(([, definition]) => !definition.requestStream && !definition.responseStream)
      .map(([name]) => name as MilvusMethodName)
      .filter((name) => !['Connect', 'GetVersion', 'CheckHealth'].includes(name));
    expect(unary.length).to.be.greaterThan(130);
    for (const method of unary) {
      const error = await rejection(conn.call(method, {} as never));
      expect(error, method).to.be.instanceOf(GrpcError).and.include({ code: grpcStatus.UNIMPLEMENTED, method, source: 'grpc' });
      expect(plain.received.get(method), method).to.equal(1);
    }
  });

  it('refuses the streaming methods and names that are no method, with InvalidError', async () => {
    const plain = await startPlainMilvus();
    const conn = track(Conn.start({ host: '127.0.0.1', port: plain.port }));
    for (const method of ['DumpMessages', 'CreateReplicateStream', 'NoSuchMethod']) {
      expect(await rejection(conn.call(method as 'CheckHealth', {})), method).to.be.instanceOf(InvalidError).and.include({ field: 'method' });
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
      void conn.call('HasCollection', {}).then((reply) => reply.exists);
    };
    expect(typed).to.be.a('function');
  });
});
