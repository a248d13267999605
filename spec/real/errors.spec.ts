/**
 * Real error replies: each a `GrpcError` (`source: 'milvus'`) with the server's own code and
 * the `retriable` milvex derives from it; and bad credentials on the Go server with
 * `common.security.authorizationEnabled`, a `ConnectionError('unauthenticated')` that is
 * never retried.
 */
import { expect } from 'chai';
import { Connection } from '../../lib/connection/connection.js';
import { ConnectionError, GrpcError } from '../../lib/errors.js';
import { ROOT_CREDENTIALS, type RealServerKind } from './support/real-server.js';
import { createCollection, insertRequest, searchRequest } from './support/requests.js';
import { eachRealServer } from './support/suite.js';

const DIM = 4;

/** What a call rejected with, or a failure when it resolved. */
async function rejection(call: Promise<unknown>): Promise<GrpcError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call rejected').to.be.instanceOf(GrpcError);
  return error as GrpcError;
}

/**
 * The codes each server answers (Go: merr codes; milvus-lite: its own mapping, which puts
 * the legacy `IllegalArgument` 6 into `code`). `undefined`: the server accepts the call.
 */
const EXPECTED: Record<RealServerKind, Record<string, { code: number; details: RegExp } | undefined>> = {
  standalone: {
    unknownCollection: { code: 100, details: /collection not found/ },
    notLoaded: { code: 101, details: /collection not loaded/ },
    dimensionMismatch: { code: 65535, details: /dim\(4\)/ },
    badFilter: { code: 65535, details: /cannot parse expression/ },
  },
  lite: {
    unknownCollection: { code: 100, details: /does not exist/ },
    // milvus-lite queries a collection never loaded (it refuses one released after a restart).
    notLoaded: undefined,
    dimensionMismatch: { code: 6, details: /expected dim 4, got 3/ },
    badFilter: { code: 6, details: /unexpected token/ },
  },
};

eachRealServer('real error replies', (server, kind) => {
  let conn: Connection;
  const name = `errors_${process.pid}`;
  before(async () => {
    conn = Connection.start(server().uri);
    await createCollection(conn, name, DIM);
    await conn.call('Insert', insertRequest(name, [1, 2, 3], DIM));
  });
  after(() => conn.disconnect());

  const expectFailure = async (what: string, call: () => Promise<unknown>): Promise<void> => {
    const expected = EXPECTED[kind][what];
    if (expected === undefined) {
      await call();
      return;
    }
    const error = await rejection(call());
    expect(error.source).to.equal('milvus');
    expect(error.code).to.equal(expected.code);
    expect(error.details).to.match(expected.details);
    expect(error.retriable, `code ${error.code} is not retriable`).to.equal(false);
  };

  it('rejects a call on an unknown collection with the server code', () =>
    expectFailure('unknownCollection', () => conn.call('DescribeCollection', { collection_name: `${name}_nope` })));

  it('rejects a query of a collection not loaded', () =>
    expectFailure('notLoaded', () => conn.call('Query', { collection_name: name, expr: 'id > 0', output_fields: ['id'] })));

  it('rejects an insert of vectors of the wrong dimension', () =>
    expectFailure('dimensionMismatch', () => conn.call('Insert', insertRequest(name, [9], DIM - 1))));

  it('rejects a bad filter', () =>
    expectFailure('badFilter', () => conn.call('Query', { collection_name: name, expr: 'id >>> 1', output_fields: ['id'] })));

  it('searches only what exists: a search of an unknown collection is rejected at once', async () => {
    const error = await rejection(conn.call('Search', searchRequest(`${name}_nope`, [0, 0, 0, 0], 1)));
    expect(error.code).to.equal(100);
    expect(error.retriable).to.equal(false);
  });
});

eachRealServer(
  'bad credentials on a Go server that enforces auth',
  (server) => {
    it('refuses a wrong password at the handshake, once, never retried', async () => {
      const conn = Connection.start({ host: '127.0.0.1', port: server().port, user: 'root', password: 'wrong', reconnectBaseDelay: 100 });
      const retries: unknown[] = [];
      conn.events$.subscribe((event) => event.type === 'retry' && retries.push(event));
      try {
        const error = await conn.firstConnected({ timeout: 10_000 }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).to.be.instanceOf(ConnectionError);
        expect((error as ConnectionError).reason).to.equal('unauthenticated');
        expect((error as ConnectionError).retriable).to.equal(false);
        expect(String((error as Error).message)).not.to.include('wrong');
        expect(retries).to.deep.equal([]);
      } finally {
        await conn.disconnect();
      }
    });

    it('accepts the right credentials and a call with them', async () => {
      const conn = Connection.start({ host: '127.0.0.1', port: server().port, ...ROOT_CREDENTIALS });
      try {
        await conn.firstConnected({ timeout: 10_000 });
        const listed = await conn.call('ShowCollections', {});
        expect(listed.collection_names).to.be.an('array');
      } finally {
        await conn.disconnect();
      }
    });

    it('rejects a call without credentials', async () => {
      const conn = Connection.start({ host: '127.0.0.1', port: server().port });
      try {
        const error = await conn.firstConnected({ timeout: 10_000 }).then(
          () => conn.call('ShowCollections', {}).then(() => undefined),
          (e: unknown) => e,
        );
        expect(error, 'no credentials is refused').to.be.instanceOf(Error);
        expect((error as ConnectionError).retriable).to.equal(false);
      } finally {
        await conn.disconnect();
      }
    });
  },
  () => ({ auth: true }),
  ['standalone'],
);
