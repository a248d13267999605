/**
 * Bound clients (`conn.client()`) in virtual time, on fake channels whose calls a script
 * answers: the same retry step as `conn.call` (spec/calls/call.marble.spec.ts) decides
 * waits, resends, the backoff after retriable replies and the one deadline.
 */
import { type ServiceError, makeGenericClientConstructor, status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import { VirtualTimeScheduler } from 'rxjs';
import type { MilvexOptions } from '../../lib/config/config.js';
import { type Connection, startConnection } from '../../lib/connection/connection.js';
import { type CallScript, type Script, scriptedChannels } from '../support/fake-channel.js';
import { EXACT, advance, handshakeOk, watch } from '../support/marble.js';

const json = {
  serialize: (value: unknown) => Buffer.from(JSON.stringify(value)),
  deserialize: (bytes: Buffer): unknown => JSON.parse(bytes.toString()),
};

/** A client class with one read (CheckHealth) and one write (Insert) of the MilvusService, JSON on the wire. */
function testClientClass() {
  const method = (name: string) => ({
    path: `/milvus.proto.milvus.MilvusService/${name}`,
    requestStream: false,
    responseStream: false,
    requestSerialize: json.serialize,
    requestDeserialize: json.deserialize,
    responseSerialize: json.serialize,
    responseDeserialize: json.deserialize,
  });
  return makeGenericClientConstructor({ CheckHealth: method('CheckHealth'), Insert: method('Insert') }, 'MilvusService');
}

type Callback = (error: ServiceError | null, reply?: unknown) => void;
type Options = { deadline?: Date | number };
interface TestClient {
  CheckHealth(request: object, options: Options, callback: Callback): void;
  Insert(request: object, options: Options, callback: Callback): void;
}

function viaClient(send: (callback: Callback) => void): Promise<unknown> {
  return new Promise((resolve, reject) => send((error, reply) => (error === null ? resolve(reply) : reject(error))));
}

const HEALTHY = { isHealthy: true };
const DROPPED = { code: grpcStatus.UNAVAILABLE, details: 'Connection dropped' };

describe('conn.client() (virtual time)', () => {
  let scheduler: VirtualTimeScheduler;
  let conn: Connection | undefined;
  beforeEach(() => {
    scheduler = new VirtualTimeScheduler();
  });
  afterEach(async () => {
    const closing = conn?.disconnect();
    await advance(scheduler, scheduler.frame + 1);
    await closing;
  });

  function start(scripts: Script[], answer: CallScript, options: MilvexOptions = {}) {
    // A channel that failed to connect is asked why with a GetVersion call (failure-cause.ts): not the client's.
    const fakes = scriptedChannels(scheduler, scripts, (call, index) =>
      call.method === 'GetVersion' ? { after: 0, status: { code: grpcStatus.UNAVAILABLE, details: 'refused' } } : answer(call, index),
    );
    conn = startConnection(
      { ...EXACT, timeout: 10_000, ...options },
      { scheduler, createChannel: fakes.factory, handshake: handshakeOk, random: () => 0.5 },
    );
    const client = conn.client(testClientClass()) as unknown as TestClient;
    return { conn, client, ...fakes };
  }

  it('waits for the connection, then sends with the connection metadata', async () => {
    const { client, calls } = start([{ answer: 'ready', after: 40 }], () => ({ after: 5, reply: HEALTHY }));
    const call = watch(viaClient((done) => client.CheckHealth({}, {}, done)));
    await advance(scheduler, 100);
    expect(calls.map((c) => [c.at, c.channel, c.method])).to.deep.equal([[40, 0, 'CheckHealth']]);
    expect(calls[0]?.metadata.get('identifier')).to.deep.equal(['7']);
    expect(call.state.value).to.deep.equal(HEALTHY);
  });

  it('sends a read again on the next session after the transport is lost under it', async () => {
    const { client, calls, log } = start([{ answer: 'ready', loseAfter: 20 }, { answer: 'ready' }], (_call, index) =>
      index === 0 ? { after: 20, status: DROPPED } : { after: 5, reply: HEALTHY },
    );
    const call = watch(viaClient((done) => client.CheckHealth({}, {}, done)));
    await advance(scheduler, 200);
    expect(calls.map((c) => [c.at, c.channel])).to.deep.equal([
      [10, 0],
      [40, 1],
    ]);
    expect(call.state.value).to.deep.equal(HEALTHY);
    expect(log).to.include('close 0');
  });

  it('never sends a write again once it was sent: outcome unknown', async () => {
    const { client, calls } = start([{ answer: 'ready', loseAfter: 20 }, { answer: 'ready' }], () => ({ after: 20, status: DROPPED }));
    const call = watch(viaClient((done) => client.Insert({}, {}, done)));
    await advance(scheduler, 200);
    expect(calls).to.have.length(1);
    expect(call.state.error).to.include({ code: grpcStatus.UNAVAILABLE });
    expect((call.state.error as ServiceError).details).to.match(/^milvex: outcome unknown/);
  });

  it("retries a server's retriable reply on the same session after 1000, 2000 ms (the retry step of conn.call), then succeeds", async () => {
    const { client, calls } = start([{ answer: 'ready' }], (_call, index) =>
      index < 2 ? { after: 0, status: { code: grpcStatus.UNAVAILABLE, details: 'busy' } } : { after: 0, reply: HEALTHY },
    );
    const call = watch(viaClient((done) => client.CheckHealth({}, {}, done)));
    await advance(scheduler, 5000);
    expect(calls.map((c) => [c.at, c.channel])).to.deep.equal([
      [10, 0],
      [1010, 0],
      [3010, 0],
    ]);
    expect(call.state.value).to.deep.equal(HEALTHY);
  });

  it('ends a call waiting out its backoff on disconnect, at once, CANCELLED, and sends it no more', async () => {
    const { conn, client, calls } = start([{ answer: 'ready' }], () => ({ after: 0, status: { code: grpcStatus.UNAVAILABLE, details: 'busy' } }));
    const call = watch(viaClient((done) => client.CheckHealth({}, {}, done)));
    await advance(scheduler, 500); // sent at 10, turned away, the resend waits until 1010
    const closing = conn.disconnect();
    await advance(scheduler, 1);
    expect(call.state.error).to.include({ code: grpcStatus.CANCELLED });
    await closing;
    await advance(scheduler, 3000);
    expect(calls.map((c) => c.at)).to.deep.equal([10]);
  });

  it('delivers nothing of an attempt that failed after its reply came: the read sent again answers, once', async () => {
    const { client, calls } = start([{ answer: 'ready' }], (_call, index) =>
      index === 0
        ? { after: 0, reply: { isHealthy: false }, status: { code: grpcStatus.UNAVAILABLE, details: 'busy' } }
        : { after: 0, reply: HEALTHY },
    );
    const call = watch(viaClient((done) => client.CheckHealth({}, {}, done)));
    await advance(scheduler, 2000);
    expect(calls.map((c) => c.at)).to.deep.equal([10, 1010]);
    expect(call.state.value).to.deep.equal(HEALTHY);
  });

  it('gives up on a retriable reply when the next backoff would outlast the deadline', async () => {
    const { client, calls } = start([{ answer: 'ready' }], () => ({ after: 0, status: { code: grpcStatus.UNAVAILABLE, details: 'busy' } }), {
      timeout: 2500,
    });
    const call = watch(viaClient((done) => client.CheckHealth({}, { deadline: Date.now() + 2500 }, done)));
    await advance(scheduler, 5000);
    // sent at 10 and 1010; the next wait (2000 ms) would end after the deadline (2500)
    expect(calls.map((c) => c.at)).to.deep.equal([10, 1010]);
    expect(call.state.error).to.include({ code: grpcStatus.UNAVAILABLE, details: 'busy' });
  });

  it('sends a read again on the new channel when milvex cancels it itself (its recycled channel drained too long)', async () => {
    const { client, calls, channels } = start([{ answer: 'ready' }], (_call, index) => (index === 0 ? 'hang' : { after: 5, reply: HEALTHY }), {
      channelMaxAge: 1000,
      channelMaxAgeJitter: 0,
    });
    const call = watch(viaClient((done) => client.CheckHealth({}, {}, done)));
    await advance(scheduler, 60_000);
    // channel 0 is recycled at 1000 ms; its drain runs out with the call still on it
    expect(calls).to.have.length(2);
    expect(calls[0]?.channel).to.equal(0);
    expect(calls[1]?.channel).to.be.greaterThan(0);
    expect(calls[0]?.cancelledAt).to.be.a('number').and.be.greaterThan(1000);
    expect(calls[1]?.at).to.equal(calls[0]?.cancelledAt);
    expect(channels[0]?.closed).to.equal(true);
    expect(call.state.value).to.deep.equal(HEALTHY);
  });

  it('fails a write milvex cancelled itself as outcome unknown, never by matching words', async () => {
    const { client, calls } = start([{ answer: 'ready' }], () => 'hang', { channelMaxAge: 1000, channelMaxAgeJitter: 0 });
    const call = watch(viaClient((done) => client.Insert({}, {}, done)));
    await advance(scheduler, 60_000);
    expect(calls).to.have.length(1);
    expect((call.state.error as ServiceError).details).to.match(/^milvex: outcome unknown/);
  });

  it('fails a call that waits for a session with DEADLINE_EXCEEDED at its deadline', async () => {
    const { client, calls } = start([{ answer: 'refuse' }], () => ({ after: 0, reply: HEALTHY }));
    const call = watch(viaClient((done) => client.CheckHealth({}, { deadline: Date.now() + 3000 }, done)));
    await advance(scheduler, 2990);
    expect(call.state).to.deep.equal({});
    await advance(scheduler, 3100);
    expect(call.state.error).to.include({ code: grpcStatus.DEADLINE_EXCEEDED });
    expect(calls.filter((c) => c.method !== 'GetVersion')).to.deep.equal([]);
  });
});
