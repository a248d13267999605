import { type AddressInfo, createServer } from 'node:net';
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { expect } from 'chai';
import { type SelfSigned, selfSignedLocalhost } from '../support/tls.js';
import type { MilvexOptions } from '../../lib/config/config.js';
import { Connection } from '../../lib/connection/connection.js';
import { ConnectionError } from '../../lib/errors.js';
import { QUICK, connect, nthEvent, reach, server, track } from '../support/live.js';

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port } = listener.address() as AddressInfo;
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  return port;
}

/** The error of the first failed attempt of a connection with these options. */
async function firstFailure(options: MilvexOptions): Promise<ConnectionError> {
  const conn = track(Connection.start({ ...QUICK, ...options }));
  const { error } = await nthEvent(conn, 'retry');
  expect(error).to.be.instanceOf(ConnectionError);
  return error as ConnectionError;
}

/** Holds the underlying text in its message and, as an Error, in its cause. */
function expectCause(error: ConnectionError, text: RegExp): Error {
  expect(error.reason).to.equal('unavailable');
  expect(error.message).to.match(text);
  expect(error.cause).to.be.instanceOf(Error);
  const cause = error.cause as Error;
  expect(cause.message).to.match(text);
  expect(error.message).to.include(cause.message);
  return cause;
}

describe('connection errors keep their cause', () => {
  let pems: SelfSigned;
  before(async () => {
    pems = await selfSignedLocalhost();
  });

  it('refused, name not found, TLS failure and bad credentials each read differently and carry their cause', async () => {
    const port = await closedPort();
    const refused = await firstFailure({ host: '127.0.0.1', port });
    const refusedCause = expectCause(refused, /ECONNREFUSED/);
    expect(refusedCause).to.include({ code: 'ECONNREFUSED' });

    // `.invalid` never resolves (RFC 6761); a resolver that cannot be reached says EAI_AGAIN.
    const notFound = await firstFailure({ host: 'milvex-spec.invalid', port: 19530 });
    const notFoundCause = expectCause(notFound, /getaddrinfo (ENOTFOUND|EAI_AGAIN) milvex-spec\.invalid/);
    expect(notFoundCause)
      .to.have.property('code')
      .that.matches(/^(ENOTFOUND|EAI_AGAIN)$/);

    const milvus = await server({ tls: { cert: pems.cert, key: pems.private } });
    const untrusted = await firstFailure({ host: '127.0.0.1', port: milvus.port, tls: { serverName: 'localhost' } });
    expectCause(untrusted, /self-signed certificate/);

    const guarded = await server({ user: 'root', password: 'right' });
    const conn = connect(guarded, { user: 'root', password: 'wrong' });
    await reach(conn, 'closed');
    const badCredentials = conn.closeError as ConnectionError;
    expect(badCredentials.reason).to.equal('unauthenticated');

    const messages = [refused, notFound, untrusted, badCredentials].map((error) => error.message.replace(/ to [^:]+:\d+:/, ':'));
    expect(new Set(messages).size, messages.join('\n')).to.equal(4);
  });

  describe('against a plain grpc-js server', () => {
    let plain: Server | undefined;
    afterEach(() => plain?.forceShutdown());

    async function plainServer(credentials: ServerCredentials): Promise<number> {
      const started = new Server();
      plain = started;
      return new Promise((resolve, reject) =>
        started.bindAsync('127.0.0.1:0', credentials, (error, port) => (error === null ? resolve(port) : reject(error))),
      );
    }

    it('a TLS server whose certificate is not trusted: the TLS error', async () => {
      const port = await plainServer(
        ServerCredentials.createSsl(null, [{ cert_chain: Buffer.from(pems.cert), private_key: Buffer.from(pems.private) }]),
      );
      const error = await firstFailure({ host: '127.0.0.1', port, tls: { serverName: 'localhost' } });
      expectCause(error, /self-signed certificate/);
    });

    it('a plain-text server reached over TLS: the TLS error', async () => {
      const port = await plainServer(ServerCredentials.createInsecure());
      const error = await firstFailure({ host: '127.0.0.1', port, tls: { serverName: 'localhost' } });
      expectCause(error, /SSL|TLS/i);
    });
  });
});
