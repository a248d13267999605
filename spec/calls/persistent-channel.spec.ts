import {
  Server,
  ServerCredentials,
  type CallOptions,
  type ChannelInterface,
  Client,
  Metadata,
  type ServiceError,
  connectivityState,
  credentials,
  loadPackageDefinition,
  status as grpcStatus,
} from '@grpc/grpc-js';
import { expect } from 'chai';
import { milvusPackage } from '../../lib/protocol/proto.js';
import type { CheckHealthResponse, GetVersionResponse } from '../../lib/protocol/proto.js';
import { connect, reach, server, track } from '../support/live.js';
import { officialService, startPlainMilvus } from '../support/plain-milvus.js';
import { milvusClientClass } from '../../lib/protocol/client-class.js';
import { Connection } from '../../lib/connection/connection.js';

type Callback<T> = (error: ServiceError | null, reply?: T) => void;
type Reply<T> = { error: ServiceError | null; reply: T | undefined };

/** A plain grpc-js MilvusService client, as any program makes one, over the channel given. */
interface PlainClient extends Client {
  CheckHealth(request: object, metadata: Metadata, options: CallOptions, callback: Callback<CheckHealthResponse>): void;
  GetVersion(request: object, metadata: Metadata, options: CallOptions, callback: Callback<GetVersionResponse>): void;
}

function clientOver(channel: ChannelInterface): PlainClient {
  const loaded = loadPackageDefinition(milvusPackage()) as unknown as {
    milvus: { proto: { milvus: { MilvusService: new (...args: ConstructorParameters<typeof Client>) => PlainClient } } };
  };
  return new loaded.milvus.proto.milvus.MilvusService('ignored:1', credentials.createInsecure(), { channelOverride: channel });
}

function send<T>(start: (callback: Callback<T>) => void): Promise<Reply<T>> {
  return new Promise((resolve) => start((error, reply) => resolve({ error, reply })));
}

/** The next callback of a watch on the channel: `'changed'`, or the error's message. */
function watch(channel: ChannelInterface, current: connectivityState, deadline: Date | number = Infinity): Promise<string> {
  return new Promise((resolve) => channel.watchConnectivityState(current, deadline, (error) => resolve(error?.message ?? 'changed')));
}

describe('conn.persistentChannel()', () => {
  it('is one channel for the whole life of the connection, named by its target', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const channel = conn.persistentChannel();
    await conn.firstConnected();
    const { channel: live } = await conn.getChannel();
    expect(conn.persistentChannel()).to.equal(channel);
    expect(channel).to.not.equal(live);
    expect(channel.getTarget()).to.include(`127.0.0.1:${milvus.port}`);
    await milvus.kill();
    await reach(conn, 'reconnecting');
    await milvus.restart();
    await reach(conn, 'connected');
    expect(conn.persistentChannel()).to.equal(channel);
  });

  it('reads the connection state as connectivity: READY, CONNECTING while reconnecting, SHUTDOWN once closed', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const channel = conn.persistentChannel();
    expect(channel.getConnectivityState(true)).to.equal(connectivityState.CONNECTING);
    await conn.firstConnected();
    expect(channel.getConnectivityState(false)).to.equal(connectivityState.READY);
    await milvus.kill();
    await reach(conn, 'reconnecting');
    expect(channel.getConnectivityState(false)).to.equal(connectivityState.CONNECTING);
    await conn.disconnect();
    expect(channel.getConnectivityState(false)).to.equal(connectivityState.SHUTDOWN);
  });

  it('calls a watcher back on a change, at once for a state already left, with an error at its deadline, and on disconnect', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const channel = conn.persistentChannel();
    await conn.firstConnected();
    expect(await watch(channel, connectivityState.IDLE)).to.equal('changed');
    expect(await watch(channel, connectivityState.READY, Date.now() + 50)).to.equal('Deadline passed without connectivity state change');
    const lost = watch(channel, connectivityState.READY);
    await milvus.kill();
    expect(await lost).to.equal('changed');
    expect(channel.getConnectivityState(false)).to.equal(connectivityState.CONNECTING);
    const closing = watch(channel, connectivityState.CONNECTING, Date.now() + 600_000);
    await conn.disconnect();
    expect(await closing).to.equal('changed');
    expect(() => channel.watchConnectivityState(connectivityState.SHUTDOWN, Infinity, () => undefined)).to.throw('closed by disconnect()');
  });

  it("lets grpc-js's Client#waitForReady wait through connecting", async () => {
    const milvus = await server();
    milvus.stall();
    const conn = connect(milvus);
    const client = clientOver(conn.persistentChannel());
    const ready = new Promise<string>((resolve) => client.waitForReady(Date.now() + 20_000, (error) => resolve(error?.message ?? 'ready')));
    milvus.heal();
    expect(await ready).to.equal('ready');
  });

  it('is not closed by a client: close() leaves the connection and the channel serving', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const channel = conn.persistentChannel();
    await conn.firstConnected();
    const first = clientOver(channel);
    first.close();
    expect(conn.state).to.equal('connected');
    const { error, reply } = await send<CheckHealthResponse>((done) => clientOver(channel).CheckHealth({}, new Metadata(), {}, done));
    expect(error).to.equal(null);
    expect(reply?.isHealthy).to.equal(true);
    expect(milvus.connectionsAccepted).to.equal(1);
  });

  it("sends the connection's metadata; an entry the caller set itself goes instead, once, but for the session's identifier", async () => {
    const dbnames: string[][] = [];
    const authorizations: string[][] = [];
    const identifiers: string[][] = [];
    const plain = await startPlainMilvus({
      GetVersion: (_request, call) => {
        dbnames.push(call.metadata.get('dbname').map(String));
        authorizations.push(call.metadata.get('authorization').map(String));
        identifiers.push(call.metadata.get('identifier').map(String));
        return { status: { code: 0 }, version: 'plain' };
      },
    });
    const conn = track(Connection.start({ host: '127.0.0.1', port: plain.port, user: 'u', password: 'p', database: 'db1' }));
    const client = clientOver(conn.persistentChannel());
    await send((done) => client.GetVersion({}, new Metadata(), {}, done));
    const own = new Metadata();
    own.set('dbname', 'db2');
    own.set('identifier', '7'); // the official SDK's, from its own Connect
    await send((done) => client.GetVersion({}, own, {}, done));
    expect(dbnames).to.deep.equal([['db1'], ['db2']]);
    expect(authorizations).to.deep.equal([[Buffer.from('u:p').toString('base64')], [Buffer.from('u:p').toString('base64')]]);
    // The plain server's Connect answers identifier 42.
    expect(identifiers).to.deep.equal([['42'], ['42']]);
  });

  it('sends a read again after a transport loss, by the method in the call path', async () => {
    let first = true;
    const plain = await startPlainMilvus({
      CheckHealth: () => {
        if (!first) return { status: { code: 0 }, isHealthy: true };
        first = false;
        plain.kill(); // got it, died before answering
        return new Promise<never>(() => undefined);
      },
    });
    const conn = track(Connection.start({ host: '127.0.0.1', port: plain.port, reconnectBaseDelay: 100 }));
    await conn.firstConnected();
    const client = clientOver(conn.persistentChannel());
    const health = send<CheckHealthResponse>((done) => client.CheckHealth({}, new Metadata(), {}, done));
    await reach(conn, 'reconnecting');
    await plain.restart();
    const { error, reply } = await health;
    expect(error).to.equal(null);
    expect(reply?.isHealthy).to.equal(true);
    expect(plain.received.get('CheckHealth')).to.equal(2);
  });

  it('waits for the connection within the call deadline, and fails DEADLINE_EXCEEDED after it', async () => {
    const milvus = await server();
    milvus.stall();
    const conn = connect(milvus);
    const client = clientOver(conn.persistentChannel());
    const { error } = await send<CheckHealthResponse>((done) => client.CheckHealth({}, new Metadata(), { deadline: Date.now() + 300 }, done));
    expect(error?.code).to.equal(grpcStatus.DEADLINE_EXCEEDED);
    expect(error?.details).to.include('not connected within its deadline');
  });

  it('fails calls after disconnect() at once with CANCELLED, saying the connection was closed', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const client = clientOver(conn.persistentChannel());
    await conn.disconnect();
    const { error } = await send<CheckHealthResponse>((done) => client.CheckHealth({}, new Metadata(), {}, done));
    expect(error?.code).to.equal(grpcStatus.CANCELLED);
    expect(error?.details).to.include('closed by disconnect()');
    expect(milvus.calls.filter((call) => call.method === 'CheckHealth')).to.have.length(0);
  });

  it('binds a streaming call to the session it starts on: it ends, saying so, when that session does', async () => {
    const grpcServer = new Server();
    grpcServer.addService(officialService(), {
      Connect: (_call: unknown, done: (error: null, reply: object) => void) => done(null, { status: { code: 0 }, identifier: '7' }),
      DumpMessages: (call: { write(message: object): void }) => call.write({ status: { code: 0 } }),
    });
    const port = await new Promise<number>((resolve, reject) =>
      grpcServer.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    try {
      const conn = track(Connection.start({ host: '127.0.0.1', port, reconnectBaseDelay: 100 }));
      await conn.firstConnected();
      const Ctor = milvusClientClass();
      const milvus = new Ctor('ignored:1', credentials.createInsecure(), { channelOverride: conn.persistentChannel() });
      const stream = milvus.DumpMessages({});
      const ended = new Promise<ServiceError>((resolve) => stream.on('error', resolve));
      await new Promise((resolve) => stream.once('data', resolve));
      grpcServer.forceShutdown();
      const error = await ended;
      expect(error.details).to.match(/^milvex: the session of this streaming call ended/);
    } finally {
      grpcServer.forceShutdown();
    }
  });
});
