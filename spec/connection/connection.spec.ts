import diagnostics from 'node:diagnostics_channel';
import { inspect } from 'node:util';
import { expect } from 'chai';
import { type SelfSigned, selfSignedLocalhost } from '../support/tls.js';
import { Connection } from '../../lib/connection/connection.js';
import { ConnectionError, InvalidError } from '../../lib/errors.js';
import type { ConnectionEvent } from '../../lib/connection/events.js';
import { connect, nthEvent, reach, server, statesUntilClosed, track, rejection } from '../support/live.js';

const CREDENTIALS = { user: 'root', password: 'Milvus-s3cret' };

describe('Connection on a real grpc-js server', () => {
  it('connects with the Connect handshake and the metadata Milvus expects', async () => {
    const milvus = await server(CREDENTIALS);
    const conn = connect(milvus, { ...CREDENTIALS, database: 'shop' });
    await conn.firstConnected();
    const [handshake] = milvus.calls;
    expect(handshake?.method).to.equal('Connect');
    expect(handshake?.metadata['authorization']).to.equal(Buffer.from('root:Milvus-s3cret').toString('base64'));
    expect(handshake?.metadata['dbname']).to.equal('shop');
    const info = (handshake?.request as { client_info: Record<string, string> }).client_info;
    expect(info).to.include({ sdk_type: 'milvex', user: 'root' });
    expect(info['sdk_version']).to.match(/^\d+\.\d+\.\d+/);
    expect(info['host']).to.be.a('string').and.not.equal('');
    expect(Number.isNaN(Date.parse(info['local_time'] ?? ''))).to.equal(false);
    expect(conn.serverInfo?.deploy_mode).to.equal('STANDALONE');
    expect(conn.state).to.equal('connected');
    expect(conn.isConnected()).to.equal(true);
  });

  it('sends the identifier from the handshake on later calls', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.call('CheckHealth', {});
    const check = await milvus.waitForCall('CheckHealth');
    expect(check.metadata['identifier']).to.equal('1000');
    expect(check.metadata['dbname']).to.equal(undefined);
  });

  it('goes reconnecting when the server is killed and connected when it is back on the same port', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const lost = nthEvent(conn, 'disconnected');
    await milvus.kill();
    expect((await lost).error.reason).to.equal('transport_lost');
    expect(conn.state).to.equal('reconnecting');
    await nthEvent(conn, 'retry');
    const back = reach(conn, 'connected');
    await milvus.restart();
    await back;
    expect(milvus.calls.filter((call) => call.method === 'Connect')).to.have.length(2);
  });

  it('closes after exactly one attempt on a wrong password', async () => {
    const milvus = await server(CREDENTIALS);
    const conn = connect(milvus, { user: 'root', password: 'wrong' });
    const events: ConnectionEvent[] = [];
    conn.events$.subscribe((event) => events.push(event));
    const states = statesUntilClosed(conn);
    const error = await rejection(conn.firstConnected());
    expect(error).to.be.instanceOf(ConnectionError);
    expect(error).to.include({ reason: 'unauthenticated', retriable: false });
    expect(conn.closeError).to.equal(error);
    expect(await states).to.deep.equal(['connecting', 'closed']);
    expect(events.filter((event) => event.type === 'connecting')).to.have.length(1);
    expect(milvus.calls.filter((call) => call.method === 'Connect')).to.have.length(1);
    expect(await rejection(conn.getChannel())).to.equal(error);
  });

  it('authenticates with a token', async () => {
    const milvus = await server({ token: 'tok-123' });
    const conn = connect(milvus, { token: 'tok-123' });
    await conn.firstConnected();
    expect(milvus.calls[0]?.metadata['authorization']).to.equal(Buffer.from('tok-123').toString('base64'));
  });

  it('ends an attempt on a peer that never speaks HTTP/2 at connectTimeout, and retries it', async () => {
    const milvus = await server();
    milvus.stall();
    const conn = connect(milvus, { connectTimeout: 1000 });
    const second = nthEvent(conn, 'retry', 2);
    const first = await nthEvent(conn, 'retry');
    expect(first.error).to.be.instanceOf(ConnectionError);
    expect((first.error as ConnectionError).reason).to.equal('connect_timeout');
    await second;
    milvus.heal();
    await reach(conn, 'connected');
  });

  it('treats an old server without Connect (UNIMPLEMENTED) as connected', async () => {
    const milvus = await server({ legacy: true });
    const conn = connect(milvus);
    await conn.firstConnected();
    expect(conn.serverInfo).to.equal(undefined);
  });

  it('with handshake: false, a READY transport is enough', async () => {
    const milvus = await server();
    const conn = connect(milvus, { handshake: false });
    await conn.firstConnected();
    expect(milvus.calls).to.have.length(0);
  });

  describe('TLS with a self-signed certificate', () => {
    let pems: SelfSigned;
    before(async () => {
      pems = await selfSignedLocalhost();
    });

    it('is refused without its CA', async () => {
      const milvus = await server({ tls: { cert: pems.cert, key: pems.private } });
      const conn = connect(milvus, { tls: { serverName: 'localhost' } });
      const retry = await nthEvent(conn, 'retry');
      expect((retry.error as ConnectionError).reason).to.equal('unavailable');
      expect(conn.state).to.equal('connecting');
    });

    it('is accepted with its CA', async () => {
      const milvus = await server({ tls: { cert: pems.cert, key: pems.private } });
      const conn = connect(milvus, { tls: { rootCerts: pems.cert, serverName: 'localhost' } });
      await conn.firstConnected();
      // The handshake's answer came back over TLS, the only thing this server speaks.
      expect(conn.config.ssl).to.equal(true);
      expect(conn.serverInfo?.deploy_mode).to.equal('STANDALONE');
    });
  });

  describe('waiting', () => {
    it('getChannel with timeout 0 answers at once with a retriable not_connected error', async () => {
      const milvus = await server();
      milvus.stall();
      const conn = connect(milvus);
      const error = await rejection(conn.getChannel({ timeout: 0 }));
      expect(error).to.be.instanceOf(ConnectionError).and.include({ reason: 'not_connected', retriable: true });
    });

    it('getChannel returns the live channel and the config', async () => {
      const milvus = await server();
      const conn = connect(milvus);
      const { channel, config } = await conn.getChannel();
      expect(config).to.equal(conn.config);
      expect(channel.getTarget()).to.include(String(milvus.port));
    });

    it('rejects an aborted wait', async () => {
      const milvus = await server();
      milvus.stall();
      const conn = connect(milvus);
      const controller = new AbortController();
      const waiting = rejection(conn.firstConnected({ signal: controller.signal }));
      controller.abort();
      expect(await waiting)
        .to.be.instanceOf(ConnectionError)
        .and.include({ reason: 'aborted' });
    });

    it('rejects pending waits with a closed error on disconnect, and disconnect is idempotent', async () => {
      const milvus = await server();
      milvus.stall();
      const conn = connect(milvus);
      const waiting = rejection(conn.getChannel({ timeout: 60_000 }));
      await conn.disconnect();
      await conn.disconnect();
      expect(await waiting)
        .to.be.instanceOf(ConnectionError)
        .and.include({ reason: 'closed', retriable: false });
      expect(conn.state).to.equal('closed');
      expect(conn.closeError).to.equal(undefined);
    });

    it('rejects a bad timeout with an InvalidError', async () => {
      const milvus = await server();
      const conn = connect(milvus);
      expect(await rejection(conn.getChannel({ timeout: -1 })))
        .to.be.instanceOf(InvalidError)
        .and.include({ field: 'timeout' });
    });
  });

  describe('named connections', () => {
    it('registers, answers by name, refuses a second live one, and frees the name on close', async () => {
      const milvus = await server();
      const conn = connect(milvus, {}, { name: 'milvus' });
      expect(Connection.whereis('milvus')).to.equal(conn);
      expect(() => connect(milvus, {}, { name: 'milvus' })).to.throw(InvalidError, 'milvus');
      const { channel } = await Connection.getChannel('milvus');
      expect(channel).to.equal((await conn.getChannel()).channel);
      expect(Connection.isConnected('milvus')).to.equal(true);
      expect(Connection.isConnected(conn)).to.equal(true);
      await Connection.disconnect('milvus');
      expect(conn.state).to.equal('closed');
      expect(Connection.whereis('milvus')).to.equal(undefined);
      const again = connect(milvus, {}, { name: 'milvus' });
      await again.firstConnected();
    });

    it('answers an unknown name with a clear ConnectionError', async () => {
      expect(() => Connection.isConnected('nobody')).to.throw(ConnectionError, 'nobody');
      const error = await rejection(Connection.getChannel('nobody'));
      expect(error).to.be.instanceOf(ConnectionError).and.include({ reason: 'unknown_name' });
      expect(await rejection(Connection.disconnect('nobody'))).to.be.instanceOf(ConnectionError);
    });
  });

  describe('events', () => {
    it('publishes to diagnostics channels and the logger, without secrets', async () => {
      const milvus = await server({ token: 'tok-very-secret' });
      const published: unknown[] = [];
      const listener = (message: unknown): void => void published.push(message);
      diagnostics.subscribe('milvex:connection:connected', listener);
      const lines: string[] = [];
      const log = (payload: Record<string, unknown>, message: string): void => void lines.push(`${message} ${inspect(payload, { depth: 5 })}`);
      try {
        const conn = connect(milvus, { token: 'tok-very-secret', logger: { debug: log, info: log, warn: log, error: log } });
        await conn.firstConnected();
        await milvus.kill();
        await nthEvent(conn, 'retry');
        await milvus.restart();
        await reach(conn, 'connected');
        await conn.disconnect();
      } finally {
        diagnostics.unsubscribe('milvex:connection:connected', listener);
      }
      expect(published).to.have.length(2);
      expect(published[0]).to.include({ type: 'connected', attempt: 1 });
      expect(lines.some((line) => line.includes('connected'))).to.equal(true);
      expect(lines.some((line) => line.includes('retry'))).to.equal(true);
      for (const line of lines) expect(line).not.to.include('tok-very-secret');
    });

    it('a throwing logger does not break the connection', async () => {
      const milvus = await server();
      const conn = connect(milvus, {
        logger: {
          info: () => {
            throw new Error('logger down');
          },
        },
      });
      await conn.firstConnected();
    });
  });

  it('shows no secret through util.inspect', async () => {
    const milvus = await server({ ...CREDENTIALS, token: 'tok-hidden' });
    const conn = connect(milvus, { ...CREDENTIALS, token: 'tok-hidden' });
    await conn.firstConnected();
    const shown = inspect(conn, { depth: 10 }) + inspect({ conn }, { depth: 10, showHidden: true });
    expect(shown).not.to.include('Milvus-s3cret');
    expect(shown).not.to.include('tok-hidden');
    expect(shown).to.include('connected');
  });

  it('disconnects at the end of an await using scope', async () => {
    const milvus = await server();
    let kept: Connection | undefined;
    {
      await using conn = track(Connection.start({ host: '127.0.0.1', port: milvus.port }));
      kept = conn;
      await conn.firstConnected();
    }
    expect(kept.state).to.equal('closed');
  });
});
