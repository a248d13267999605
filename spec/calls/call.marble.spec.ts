/**
 * The call path in virtual time: waits, resends, backoff after retriable replies, the one
 * deadline, abort, close and drains, on fake channels and a scripted unary transport.
 *
 * Calls are promises, so time is advanced a frame at a time with promise callbacks let run
 * in between (`advance`), instead of in one `TestScheduler.run` flush.
 */
import { status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import { VirtualTimeScheduler } from 'rxjs';
import type { MilvexOptions } from '../../lib/config/config.js';
import { type Connection, startConnection } from '../../lib/connection/connection.js';
import { ConnectionError, GrpcError } from '../../lib/errors.js';
import type { UnaryTransport } from '../../lib/transport/unary.js';
import { MAX_TIMER_MS } from '../../lib/time/deadline.js';
import { type FakeChannel, type Script, scriptedChannels } from '../support/fake-channel.js';
import { EXACT, advance, handshakeOk, watch } from '../support/marble.js';

/** One send the fake transport saw. */
interface Send {
  readonly at: number;
  readonly channel: number;
  readonly method: string;
  cancelledAt?: number;
  /** When the transport ended it at its deadline. */
  deadlineAt?: number;
}

/** How the fake transport answers a send: after `after` ms with a reply or a gRPC failure; or never. */
type Answer = { after: number; reply: object } | { after: number; error: { code: number; details: string } } | 'hang';

const OK_STATUS = { code: 0, error_code: 0, reason: '', retriable: false };
const HEALTHY = { status: OK_STATUS, isHealthy: true };

function scriptedUnary(scheduler: VirtualTimeScheduler, answer: (send: Send, index: number) => Answer) {
  const sends: Send[] = [];
  // Like grpc-js under sendUnary, it ends a call with DEADLINE_EXCEEDED once its time is up.
  const unary: UnaryTransport = (channel, method, _request, _metadata, timeoutMs, done) => {
    const send: Send = { at: scheduler.now(), channel: (channel as unknown as FakeChannel).index, method: method.path.split('/').pop() ?? '' };
    sends.push(send);
    const reply = answer(send, sends.length - 1);
    let ended = false;
    const end = (after: number, settle: () => void): void => {
      scheduler.schedule(() => {
        if (ended) return;
        ended = true;
        settle();
      }, after);
    };
    if (reply !== 'hang') {
      end(reply.after, () => {
        if ('reply' in reply) done(null, reply.reply);
        else done(Object.assign(new Error(reply.error.details), { ...reply.error, metadata: {} }));
      });
    }
    // grpc-js holds no deadline beyond the longest timer (sendUnary passes none)
    if (timeoutMs <= MAX_TIMER_MS) {
      end(timeoutMs, () => {
        send.deadlineAt = scheduler.now();
        done(Object.assign(new Error('Deadline exceeded'), { code: grpcStatus.DEADLINE_EXCEEDED, details: 'Deadline exceeded', metadata: {} }));
      });
    }
    return {
      cancel: () => {
        if (ended) return;
        ended = true;
        send.cancelledAt = scheduler.now();
      },
    };
  };
  return { unary, sends };
}

describe('conn.call (virtual time)', () => {
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

  function start(scripts: Script[], answer: (send: Send, index: number) => Answer, options: MilvexOptions = {}) {
    const fakes = scriptedChannels(scheduler, scripts);
    const transport = scriptedUnary(scheduler, answer);
    conn = startConnection(
      { ...EXACT, timeout: 10_000, ...options },
      { scheduler, createChannel: fakes.factory, handshake: handshakeOk, unary: transport.unary, random: () => 0.5 },
    );
    return { conn, ...fakes, sends: transport.sends };
  }

  it('waits for the connection, then sends', async () => {
    const { conn, sends } = start([{ answer: 'ready', after: 40 }], () => ({ after: 5, reply: HEALTHY }));
    const call = watch(conn.call('CheckHealth', {}));
    await advance(scheduler, 100);
    expect(sends.map((send) => send.at)).to.deep.equal([40]);
    expect(call.state.value).to.deep.equal(HEALTHY);
  });

  it('sends a read again on the next session after the transport is lost under it', async () => {
    const { conn, sends, log } = start([{ answer: 'ready', loseAfter: 20 }, { answer: 'ready' }], (_send, index) =>
      index === 0 ? { after: 20, error: { code: grpcStatus.UNAVAILABLE, details: 'Connection dropped' } } : { after: 5, reply: HEALTHY },
    );
    const call = watch(conn.call('CheckHealth', {}));
    await advance(scheduler, 200);
    // channel 0 ready at 10, lost at 30; channel 1 made at once, ready at 40
    expect(sends.map((send) => [send.at, send.channel])).to.deep.equal([
      [10, 0],
      [40, 1],
    ]);
    expect(call.state.value).to.deep.equal(HEALTHY);
    expect(log).to.include('close 0');
  });

  it('never sends a write again once it was sent: outcome_unknown', async () => {
    const { conn, sends } = start([{ answer: 'ready', loseAfter: 20 }, { answer: 'ready' }], () => ({
      after: 20,
      error: { code: grpcStatus.UNAVAILABLE, details: 'Connection dropped' },
    }));
    const call = watch(conn.call('GetVersion', {}, { idempotent: false }));
    await advance(scheduler, 200);
    expect(sends).to.have.length(1);
    expect(call.state.error).to.be.instanceOf(ConnectionError).and.include({ reason: 'outcome_unknown' });
  });

  it('sends a write again when grpc-js says it never left', async () => {
    const { conn, sends } = start([{ answer: 'ready', loseAfter: 20 }, { answer: 'ready' }], (_send, index) =>
      index === 0
        ? { after: 20, error: { code: grpcStatus.UNAVAILABLE, details: 'Channel closed before call started' } }
        : { after: 5, reply: { status: OK_STATUS, version: 'v' } },
    );
    const call = watch(conn.call('GetVersion', {}, { idempotent: false }));
    await advance(scheduler, 200);
    expect(sends.map((send) => send.channel)).to.deep.equal([0, 1]);
    expect(call.state.value).to.have.property('version', 'v');
  });

  it("retries a server's retriable reply on the same session after 1000, 2000 ms, then succeeds", async () => {
    const { conn, sends } = start([{ answer: 'ready' }], (_send, index) =>
      index < 2 ? { after: 0, error: { code: grpcStatus.UNAVAILABLE, details: 'busy' } } : { after: 0, reply: HEALTHY },
    );
    const call = watch(conn.call('CheckHealth', {}));
    await advance(scheduler, 5000);
    expect(sends.map((send) => [send.at, send.channel])).to.deep.equal([
      [10, 0],
      [1010, 0],
      [3010, 0],
    ]);
    expect(call.state.value).to.deep.equal(HEALTHY);
  });

  it('retries a rate-limited write (not applied), but not a write with another retriable Milvus status', async () => {
    const rateLimited = { status: { ...OK_STATUS, code: 8, reason: 'rate limit exceeded' } };
    const { conn, sends } = start([{ answer: 'ready' }], (send, index) => {
      if (send.method === 'GetVersion' && index === 0) return { after: 0, reply: rateLimited };
      if (send.method === 'CheckHealth') return { after: 0, reply: { status: { ...OK_STATUS, code: 2200, reason: 'inconsistent requery' } } };
      return { after: 0, reply: { status: OK_STATUS, version: 'v' } };
    });
    const write = watch(conn.call('GetVersion', {}, { idempotent: false }));
    await advance(scheduler, 2000);
    expect(write.state.value).to.have.property('version', 'v');
    const other = watch(conn.call('CheckHealth', {}, { idempotent: false }));
    await advance(scheduler, 4000);
    expect(other.state.error).to.be.instanceOf(GrpcError).and.include({ code: 2200, source: 'milvus', retriable: true });
    expect(sends.map((send) => send.method)).to.deep.equal(['GetVersion', 'GetVersion', 'CheckHealth']);
  });

  it('rejects at its one deadline, with the last failure as cause', async () => {
    const { conn, sends } = start([{ answer: 'refuse' }], () => 'hang');
    const call = watch(conn.call('CheckHealth', {}, { timeout: 3000 }));
    await advance(scheduler, 2999);
    expect(call.state).to.deep.equal({});
    await advance(scheduler, 3000);
    expect(call.state.error).to.be.instanceOf(ConnectionError).and.include({ reason: 'timeout' });
    expect((call.state.error as Error).cause).to.be.instanceOf(ConnectionError);
    expect(sends).to.deep.equal([]);
  });

  it('gives the transport what is left of its one deadline, and rejects when it ends the call there', async () => {
    const { conn, sends } = start([{ answer: 'ready', after: 40 }], () => 'hang');
    const call = watch(conn.call('CheckHealth', {}, { timeout: 3000 }));
    await advance(scheduler, 3010);
    expect(call.state.error).to.be.instanceOf(GrpcError).and.include({ code: grpcStatus.DEADLINE_EXCEEDED, retriable: true });
    // sent at 40 with 2960 ms left
    expect(sends.map((send) => [send.at, send.deadlineAt])).to.deep.equal([[40, 3000]]);
  });

  it('ends a call itself at a deadline further than grpc-js holds, cancelling the send', async () => {
    const { conn, sends } = start([{ answer: 'ready' }], () => 'hang');
    const timeout = 2 ** 31 + 5000;
    const call = watch(conn.call('CheckHealth', {}, { timeout }));
    await advance(scheduler, timeout + 10);
    expect(call.state.error).to.be.instanceOf(GrpcError).and.include({ code: grpcStatus.DEADLINE_EXCEEDED, retriable: true });
    expect(sends.map((send) => send.cancelledAt)).to.deep.equal([timeout]);
  });

  it('rejects at the abort while waiting, and sends nothing', async () => {
    const { conn, sends } = start([{ answer: 'refuse' }], () => ({ after: 0, reply: HEALTHY }));
    const controller = new AbortController();
    const call = watch(conn.call('CheckHealth', {}, { signal: controller.signal }));
    await advance(scheduler, 500);
    controller.abort();
    await advance(scheduler, 5000);
    expect(call.state.error).to.be.instanceOf(ConnectionError).and.include({ reason: 'aborted' });
    expect(sends).to.deep.equal([]);
  });

  it('settles a call in flight on disconnect, cancelling its send', async () => {
    const { conn, sends } = start([{ answer: 'ready' }], () => 'hang');
    const call = watch(conn.call('CheckHealth', {}));
    await advance(scheduler, 100);
    const closing = conn.disconnect();
    await advance(scheduler, 101);
    await closing;
    expect(call.state.error).to.be.instanceOf(ConnectionError).and.include({ reason: 'closed' });
    expect(sends.map((send) => send.cancelledAt)).to.deep.equal([100]);
  });

  it('settles a call waiting out its backoff on disconnect, at once, and sends it no more', async () => {
    const { conn, sends } = start([{ answer: 'ready' }], () => ({ after: 0, error: { code: grpcStatus.UNAVAILABLE, details: 'busy' } }));
    const call = watch(conn.call('CheckHealth', {}));
    await advance(scheduler, 500); // sent at 10, turned away, the resend waits until 1010
    const closing = conn.disconnect();
    await advance(scheduler, 1);
    expect(call.state.error).to.be.instanceOf(ConnectionError).and.include({ reason: 'closed' });
    await closing;
    await advance(scheduler, 3000);
    expect(sends.map((send) => send.at)).to.deep.equal([10]);
  });

  it('keeps a recycled channel open until the call on it answers, then closes it', async () => {
    const { conn, channels, sends } = start([{ answer: 'ready' }], (_send, index) => (index === 0 ? { after: 3000, reply: HEALTHY } : 'hang'), {
      channelMaxAge: 1000,
      channelMaxAgeJitter: 0,
    });
    const call = watch(conn.call('CheckHealth', {}));
    await advance(scheduler, 1100); // recycled at 1000 (ready at 1010), call still on channel 0
    expect(sends.map((send) => send.channel)).to.deep.equal([0]);
    expect(channels[0]?.closed).to.equal(false);
    await advance(scheduler, 3010);
    expect(call.state.value).to.deep.equal(HEALTHY);
    expect(channels[0]?.closed).to.equal(true);
  });

  it('sends a read again when milvex cancels it itself (its recycled channel drained too long); fails a write as outcome_unknown', async () => {
    const { conn, sends } = start(
      [{ answer: 'ready' }],
      (send) => (send.method === 'CheckHealth' && send.channel > 0 ? { after: 5, reply: HEALTHY } : 'hang'),
      {
        channelMaxAge: 1000,
        channelMaxAgeJitter: 0,
      },
    );
    const read = watch(conn.call('CheckHealth', {}, { timeout: 60_000 }));
    const write = watch(conn.call('GetVersion', {}, { idempotent: false, timeout: 60_000 }));
    await advance(scheduler, 59_000);
    const [readSend, writeSend, resend] = sends;
    expect(readSend?.channel).to.equal(0);
    expect(writeSend?.channel).to.equal(0);
    expect(readSend?.cancelledAt).to.be.a('number').and.be.greaterThan(1000);
    expect(resend).to.include({ method: 'CheckHealth', at: readSend?.cancelledAt });
    expect(sends).to.have.length(3);
    expect(read.state.value).to.deep.equal(HEALTHY);
    expect(write.state.error).to.be.instanceOf(ConnectionError).and.include({ reason: 'outcome_unknown' });
  });
});
