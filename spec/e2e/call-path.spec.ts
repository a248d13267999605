/**
 * The call path under faults (issue: one call path that keeps its promise). Each fault is
 * tried against milvex's test server and, where it matters, against a bare grpc-js server
 * over the official SDK's descriptor that milvex did not write (spec/support/plain-milvus.ts).
 */
import { type ServiceError, status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import type { Connection } from '../../lib/connection/connection.js';
import { ConnectionError, GrpcError, InvalidError } from '../../lib/errors.js';
import type { CheckHealthResponse, GetVersionResponse } from '../../lib/protocol/proto.js';
import { QUICK, connect, nthEvent, reach, rejection, server, track } from '../support/live.js';
import { callLoops } from '../support/load.js';
import { loadClientClass } from '../support/milvus-client.js';
import { type PlainMilvus, startPlainMilvus } from '../support/plain-milvus.js';
import { Connection as Conn } from '../../lib/connection/connection.js';

type Callback<T> = (error: ServiceError | null, reply?: T) => void;
interface VersionClient {
  GetVersion(request: object, callback: Callback<GetVersionResponse>): void;
  CheckHealth(request: object, callback: Callback<CheckHealthResponse>): void;
}

function viaClient<T>(send: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => send((error, reply) => (error === null ? resolve(reply as T) : reject(error))));
}

function connectPlain(plain: PlainMilvus, options = {}): Connection {
  return track(Conn.start({ host: '127.0.0.1', port: plain.port, ...QUICK, ...options }));
}

/** Collects the process warnings of a given name while `run` runs. */
async function warningsDuring(name: string, run: () => Promise<unknown>): Promise<Error[]> {
  const seen: Error[] = [];
  const listener = (warning: Error): void => {
    if (warning.name === name) seen.push(warning);
  };
  process.on('warning', listener);
  try {
    await run();
    // warnings are emitted on the next tick
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', listener);
  }
  return seen;
}

describe('the call path under faults', () => {
  /** Loops of CheckHealth, half through conn.call, half through a bound client. */
  function readLoad(conn: Connection, workers: number) {
    const client = conn.client(loadClientClass()) as unknown as VersionClient;
    const viaCall = () => conn.call('CheckHealth', {});
    const viaBound = () => viaClient<CheckHealthResponse>((done) => client.CheckHealth({}, done));
    return callLoops(Array.from({ length: workers }, (_, n) => (n % 2 === 0 ? viaCall : viaBound)));
  }

  it('fails no read in flight (conn.call and conn.client()) when the server is killed and restarted', async function () {
    this.timeout(30_000);
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const load = readLoad(conn, 20);
    for (let kill = 0; kill < 3; kill++) {
      await milvus.waitForCall('CheckHealth', { since: milvus.calls.length + 20 });
      await milvus.kill();
      await reach(conn, 'reconnecting');
      await milvus.restart();
      await reach(conn, 'connected');
    }
    const { succeeded, failures } = await load.stop();
    expect(failures).to.deep.equal([]);
    expect(succeeded).to.be.greaterThan(60);
  });

  it('fails no read in flight when a bare grpc-js server with slow answers is shut down and restarted', async function () {
    this.timeout(30_000);
    // Answers take a while, so that calls are in flight when the server goes down.
    const plain = await startPlainMilvus({
      CheckHealth: () => new Promise((resolve) => setTimeout(() => resolve({ status: { code: 0 }, isHealthy: true }), 20)),
    });
    const conn = connectPlain(plain);
    await conn.firstConnected();
    const load = readLoad(conn, 20);
    for (let kill = 0; kill < 3; kill++) {
      const enough = load.succeeded + 40;
      while (load.succeeded < enough) await new Promise((resolve) => setImmediate(resolve));
      plain.kill();
      await reach(conn, 'reconnecting');
      await plain.restart();
      await reach(conn, 'connected');
    }
    expect((await load.stop()).failures).to.deep.equal([]);
  });

  it('sends every non-idempotent call exactly once across GOAWAYs (max connection age), conn.call and conn.client()', async function () {
    this.timeout(30_000);
    const plain = await startPlainMilvus({}, { 'grpc.max_connection_age_ms': 300, 'grpc.max_connection_age_grace_ms': 10_000 });
    const conn = connectPlain(plain);
    await conn.firstConnected();
    const client = conn.client(loadClientClass()) as unknown as VersionClient;
    const viaCall = () => conn.call('GetVersion', {}, { idempotent: false });
    const viaBound = () => viaClient<GetVersionResponse>((done) => client.GetVersion({}, done));
    const load = callLoops(Array.from({ length: 32 }, (_, n) => (n % 2 === 0 ? viaCall : viaBound)));
    await nthEvent(conn, 'connected', 4); // three GOAWAYs survived
    const { succeeded, failures } = await load.stop();
    expect(failures).to.deep.equal([]);
    expect(succeeded).to.be.greaterThan(0);
    expect(plain.received.get('GetVersion')).to.equal(succeeded);
  });

  it('holds conn.client() calls issued right after a kill until the server is back', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const client = conn.client(loadClientClass()) as unknown as VersionClient;
    await conn.firstConnected();
    await milvus.kill();
    const pending = Array.from({ length: 8 }, () => viaClient<CheckHealthResponse>((done) => client.CheckHealth({}, done)));
    await nthEvent(conn, 'retry');
    await milvus.restart();
    const replies = await Promise.all(pending);
    expect(replies.map((reply) => reply.isHealthy)).to.deep.equal(Array(8).fill(true));
  });

  describe("a server's own UNAVAILABLE on a READY channel", () => {
    const unavailable = { code: grpcStatus.UNAVAILABLE, details: 'proxy is busy, try later' };

    it('is retried with backoff for a read, which then succeeds', async () => {
      let answered = 0;
      const plain = await startPlainMilvus({ CheckHealth: () => (++answered <= 2 ? unavailable : { status: { code: 0 }, isHealthy: true }) });
      const conn = connectPlain(plain);
      expect((await conn.call('CheckHealth', {}, { timeout: 5000 })).isHealthy).to.equal(true);
      expect(plain.received.get('CheckHealth')).to.equal(3);
      expect(conn.state).to.equal('connected');
    });

    it('rejects with the server error (its words in the message and cause) when it lasts, never a connection timeout', async () => {
      const plain = await startPlainMilvus({ CheckHealth: () => unavailable });
      // As for the legacy RateLimit below: no jitter, and a deadline some 700 ms clear of the
      // backoffs' sums (100 + 200 + 400 gone, the 800 never fits), so that no resend goes out
      // just before the deadline on a loaded machine.
      const conn = connectPlain(plain, { reconnectJitter: 0 });
      const error = await rejection(conn.call('CheckHealth', {}, { timeout: 1400 }));
      expect(error).to.be.instanceOf(GrpcError).and.include({ code: grpcStatus.UNAVAILABLE, source: 'grpc', retriable: true });
      expect((error as Error).message).to.include('proxy is busy, try later');
      expect(plain.received.get('CheckHealth')).to.be.greaterThan(1);
      expect(conn.state).to.equal('connected');
    });

    it('is not sent again for a write', async () => {
      const plain = await startPlainMilvus({ GetVersion: () => unavailable });
      const conn = connectPlain(plain);
      const error = await rejection(conn.call('GetVersion', {}, { idempotent: false }));
      expect(error).to.be.instanceOf(GrpcError).and.include({ code: grpcStatus.UNAVAILABLE });
      expect(plain.received.get('GetVersion')).to.equal(1);
    });
  });

  describe("a server's own CANCELLED (a server shutting down cancels the calls it runs)", () => {
    // The words are milvex's own cancel's: a call is judged by who ended it, never by its text.
    const cancelled = { code: grpcStatus.CANCELLED, details: 'Call cancelled' };

    it('sends a read again after the backoff, which then succeeds (conn.call and conn.client())', async () => {
      let answered = 0;
      const plain = await startPlainMilvus({ CheckHealth: () => (++answered % 2 === 1 ? cancelled : { status: { code: 0 }, isHealthy: true }) });
      const conn = connectPlain(plain);
      expect((await conn.call('CheckHealth', {}, { timeout: 5000 })).isHealthy).to.equal(true);
      const client = conn.client(loadClientClass()) as unknown as VersionClient;
      expect((await viaClient<CheckHealthResponse>((done) => client.CheckHealth({}, done))).isHealthy).to.equal(true);
      expect(plain.received.get('CheckHealth')).to.equal(4);
    });

    it('never sends a write again: the server sees it once, the caller learns its outcome is unknown', async () => {
      const plain = await startPlainMilvus({ Insert: () => cancelled });
      const conn = connectPlain(plain);
      const error = await rejection(conn.call('Insert', {}, { timeout: 5000 }));
      expect(error).to.be.instanceOf(ConnectionError).and.include({ reason: 'outcome_unknown', retriable: true });
      expect((error as Error).message).to.include('then the server cancelled it');
      const client = conn.client(loadClientClass()) as unknown as { Insert: (request: object, callback: Callback<object>) => void };
      const bound = await rejection(viaClient<object>((done) => client.Insert({}, done)));
      expect(bound).to.include({ code: grpcStatus.UNAVAILABLE });
      expect((bound as ServiceError).details).to.include('outcome unknown, sent and then the server cancelled it');
      expect(plain.received.get('Insert')).to.equal(2);
      expect(conn.state).to.equal('connected');
    });
  });

  describe('a Milvus that fills only the deprecated error_code', () => {
    const legacy = (error_code: number, reason: string) => ({ status: { code: 0, error_code, reason } });

    for (const [errorCode, name] of [
      [1, 'UnexpectedError'],
      [4, 'CollectionNotExists'],
      [8, 'IllegalIndexType'],
    ] as const) {
      it(`sends a write answered with legacy ${name} (${errorCode}) once, and rejects with that code`, async () => {
        const plain = await startPlainMilvus({ Insert: () => legacy(errorCode, name), Flush: () => legacy(errorCode, name) });
        const conn = connectPlain(plain);
        for (const method of ['Insert', 'Flush'] as const) {
          const error = await rejection(conn.call(method, {}, { timeout: 5000 }));
          expect(error, method).to.be.instanceOf(GrpcError).and.include({ code: errorCode, source: 'milvus', retriable: false, details: name });
          expect(plain.received.get(method), method).to.equal(1);
        }
      });
    }

    it('resends a write answered with legacy RateLimit (49) within its deadline, applied once', async () => {
      let applied = 0;
      let answered = 0;
      const plain = await startPlainMilvus({
        Insert: () => {
          if (++answered <= 2) return legacy(49, 'rate limit exceeded');
          applied += 1;
          return { status: { code: 0, error_code: 0 }, insert_cnt: '1' };
        },
      });
      const conn = connectPlain(plain);
      const reply = await conn.call('Insert', {}, { timeout: 5000 });
      expect(reply.insert_cnt).to.equal('1');
      expect(plain.received.get('Insert')).to.equal(3);
      expect(applied).to.equal(1);
    });

    it('gives up on legacy RateLimit when the next backoff would pass the deadline, with the rate-limit error', async () => {
      const plain = await startPlainMilvus({ Insert: () => legacy(49, 'rate limit exceeded') });
      // No jitter: the backoffs are 100, 200, 400 then 800 ms. After the first three at least
      // 700 of the 1400 ms are gone, so the fourth never fits, and the third resend has some
      // 700 ms to be answered. (A deadline near the sum of the backoffs would let a loaded
      // machine send the last resend just before it, and that resend end with DEADLINE_EXCEEDED.)
      const conn = connectPlain(plain, { reconnectJitter: 0 });
      const error = await rejection(conn.call('Insert', {}, { timeout: 1400 }));
      expect(error).to.be.instanceOf(GrpcError).and.include({ code: 49, source: 'milvus', retriable: true });
      expect(plain.received.get('Insert')).to.be.greaterThan(1);
    });
  });

  describe('a transport lost after the call was sent', () => {
    async function dyingServer(method: string): Promise<PlainMilvus> {
      let first = true;
      const plain: PlainMilvus = await startPlainMilvus({
        [method]: () => {
          if (!first) return { status: { code: 0 }, version: 'v', isHealthy: true };
          first = false;
          plain.kill(); // the server got the call and died before answering
          return new Promise<never>(() => undefined);
        },
      });
      return plain;
    }

    it('sends a read again: the server sees it twice, the caller gets the reply', async () => {
      const plain = await dyingServer('CheckHealth');
      const conn = connectPlain(plain);
      await conn.firstConnected();
      const call = conn.call('CheckHealth', {}, { timeout: 10_000 });
      await reach(conn, 'reconnecting');
      await plain.restart();
      expect((await call).isHealthy).to.equal(true);
      expect(plain.received.get('CheckHealth')).to.equal(2);
    });

    it('never sends a write again: the server sees it once, the caller gets outcome_unknown', async () => {
      const plain = await dyingServer('GetVersion');
      const conn = connectPlain(plain);
      await conn.firstConnected();
      const error = await rejection(conn.call('GetVersion', {}, { idempotent: false, timeout: 10_000 }));
      expect(error).to.be.instanceOf(ConnectionError).and.include({ reason: 'outcome_unknown', retriable: true });
      expect((error as Error).message).to.include('GetVersion');
      await plain.restart();
      await reach(conn, 'connected');
      expect(plain.received.get('GetVersion')).to.equal(1);
    });
  });

  it('rejects an already-aborted signal while connected, and sends nothing', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const before = milvus.calls.length;
    const signal = AbortSignal.abort(new Error('not wanted'));
    for (const pending of [conn.call('CheckHealth', {}, { signal }), conn.getChannel({ signal }), conn.firstConnected({ signal })]) {
      expect(await rejection(pending))
        .to.be.instanceOf(ConnectionError)
        .and.include({ reason: 'aborted' });
    }
    expect(await conn.call('GetVersion', {})).to.have.property('version');
    expect(milvus.calls.slice(before).map((call) => call.method)).to.deep.equal(['GetVersion']);
  });

  it('takes huge timeouts as asked: no crash, no overflow warning, waits stay pending', async () => {
    const milvus = await server();
    await milvus.kill();
    const conn = connect(milvus);
    const warnings = await warningsDuring('TimeoutOverflowWarning', async () => {
      const channel = conn.getChannel({ timeout: 2 ** 31 + 1000 });
      const call = conn.call('CheckHealth', {}, { timeout: Number.MAX_SAFE_INTEGER });
      await nthEvent(conn, 'retry', 2); // both still waiting after two failed attempts
      await milvus.restart();
      expect((await call).isHealthy).to.equal(true);
      expect(await channel).to.have.property('channel');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('settles every call in flight before disconnect() resolves (ConnectionError closed), bound clients too', async () => {
    const plain = await startPlainMilvus({ CheckHealth: () => new Promise<never>(() => undefined) });
    const conn = connectPlain(plain);
    const client = conn.client(loadClientClass()) as unknown as VersionClient;
    await conn.firstConnected();
    const outcomes: string[] = [];
    const viaCall = conn.call('CheckHealth', {}, { timeout: 60_000 }).then(
      () => outcomes.push('call resolved'),
      (error: unknown) => outcomes.push(error instanceof ConnectionError ? `call ${error.reason}` : 'call other'),
    );
    const viaBound = viaClient((done) => client.CheckHealth({}, done)).then(
      () => outcomes.push('client resolved'),
      (error: ServiceError) => outcomes.push(`client ${grpcStatus[error.code]}`),
    );
    while ((plain.received.get('CheckHealth') ?? 0) < 2) await new Promise((resolve) => setImmediate(resolve));
    await conn.disconnect();
    expect(outcomes.sort()).to.deep.equal(['call closed', 'client CANCELLED']);
    await Promise.all([viaCall, viaBound]);
  });

  it('rejects bad call options with InvalidError naming the field', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    const cases: Array<[unknown, string]> = [
      [null, 'options'],
      ['fast', 'options'],
      [{ idempotent: 'yes' }, 'idempotent'],
      [{ retries: 3 }, 'retries'],
      [{ timeout: -1 }, 'timeout'],
      [{ signal: {} }, 'signal'],
    ];
    for (const [options, field] of cases) {
      const error = await rejection(conn.call('CheckHealth', {}, options as never));
      expect(error, JSON.stringify(options)).to.be.instanceOf(InvalidError).and.include({ field });
    }
  });

  it('lets many concurrent calls share one AbortSignal without a listener-leak warning', async () => {
    const milvus = await server();
    const conn = connect(milvus);
    await conn.firstConnected();
    const { signal } = new AbortController();
    const warnings = await warningsDuring('MaxListenersExceededWarning', () =>
      Promise.all(Array.from({ length: 30 }, () => conn.call('CheckHealth', {}, { signal }))),
    );
    expect(warnings).to.deep.equal([]);
  });
});

describe('streaming calls through conn.client(milvusClientClass())', () => {
  it('run on the session they start on, and fail saying so when it ends', async () => {
    const grpc = await import('@grpc/grpc-js');
    const { officialService } = await import('../support/plain-milvus.js');
    const { milvusClientClass } = await import('../../lib/protocol/client-class.js');
    const server = new grpc.Server();
    server.addService(officialService(), {
      Connect: (_call: unknown, done: (error: null, reply: object) => void) => done(null, { status: { code: 0 }, identifier: '7' }),
      DumpMessages: (call: { write(message: object): void }) => call.write({ status: { code: 0 } }),
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    try {
      const conn = track(Conn.start({ host: '127.0.0.1', port, ...QUICK }));
      await conn.firstConnected();
      const milvus = conn.client(milvusClientClass());
      const stream = milvus.DumpMessages({});
      const ended = new Promise<ServiceError>((resolve) => stream.on('error', resolve));
      await new Promise((resolve) => stream.once('data', resolve));
      server.forceShutdown();
      const error = await ended;
      expect(error.code).to.be.oneOf([grpcStatus.UNAVAILABLE, grpcStatus.CANCELLED]);
      expect(error.details).to.match(/^milvex: the session of this streaming call ended/);
    } finally {
      server.forceShutdown();
    }
  });
});
