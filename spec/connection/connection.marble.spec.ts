import { expect } from 'chai';
import { of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { MilvexOptions } from '../../lib/config/config.js';
import { ConnectionError } from '../../lib/errors.js';
import type { Handshake } from '../../lib/transport/handshake.js';
import type { Script } from '../support/fake-channel.js';
import { STATES, handshakeOk, settled, startScripted } from '../support/marble.js';

describe('Connection state machine (virtual time)', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  function start(scripts: Script[], options: MilvexOptions = {}, handshake: Handshake = handshakeOk) {
    return startScripted(scheduler, scripts, options, handshake);
  }

  it('holds connecting through failed attempts, waiting 1000, 2000, 4000 ms', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, events, log } = start([{ answer: 'refuse' }, { answer: 'refuse' }, { answer: 'refuse' }, { answer: 'ready' }]);
      // attempts at 0, 1010, 3020, 7030; each answers after 10 ms
      expectObservable(conn.state$).toBe('c 7039ms C 959ms (x|)', STATES);
      scheduler.schedule(() => {
        expect(events.filter((e) => e.type === 'retry').map((e) => (e.type === 'retry' ? e.delayMs : 0))).to.deep.equal([1000, 2000, 4000]);
        expect(conn.retryCount).to.equal(0);
        // each channel is closed before the next is made
        expect(log).to.deep.equal(['create 0', 'close 0', 'create 1', 'close 1', 'create 2', 'close 2', 'create 3']);
        void conn.disconnect();
      }, 8000);
    });
  });

  it('counts failed attempts while they happen', () => {
    scheduler.run(() => {
      const { conn } = start([{ answer: 'refuse' }]);
      scheduler.schedule(() => expect(conn.retryCount).to.equal(2), 1500);
      scheduler.schedule(() => void conn.disconnect(), 1600);
    });
  });

  it('after a loss tries again at once, then backs off, then connects', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, events, log } = start([{ answer: 'ready', loseAfter: 90 }, { answer: 'refuse' }, { answer: 'ready' }]);
      // connected at 10, lost at 100, immediate attempt refused at 110, wait 1000, connected at 1120
      expectObservable(conn.state$).toBe('c 9ms C 89ms r 1019ms C 879ms (x|)', STATES);
      scheduler.schedule(() => {
        expect(events.map((e) => e.type)).to.deep.equal([
          'connecting',
          'connected',
          'disconnected',
          'connecting',
          'retry',
          'connecting',
          'connected',
        ]);
        expect(log.slice(0, 3)).to.deep.equal(['create 0', 'close 0', 'create 1']);
        void conn.disconnect();
      }, 2000);
    });
  });

  it('closes on a fatal error after one attempt, with the error as closeError', () => {
    const fatal = new ConnectionError('unauthenticated', { host: 'milvus.test', port: 19530 }, 'bad credentials');
    let rejected: unknown;
    scheduler.run(({ expectObservable }) => {
      const { conn, channels } = start([{ answer: 'ready' }], {}, () => throwError(() => fatal));
      conn.getChannel({ timeout: 60_000 }).catch((error: unknown) => (rejected = error));
      expectObservable(conn.state$).toBe('c 9ms (x|)', STATES);
      scheduler.schedule(() => {
        expect(channels).to.have.length(1);
        expect(channels[0]?.closed).to.equal(true);
        expect(conn.closeError).to.equal(fatal);
      }, 5000);
    });
    return settled().then(() => expect(rejected).to.equal(fatal));
  });

  it('stops everything when disconnected during a backoff wait', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, channels } = start([{ answer: 'refuse' }]);
      scheduler.schedule(() => void conn.disconnect(), 500);
      expectObservable(conn.state$).toBe('c 499ms (x|)', STATES);
      scheduler.schedule(() => {
        expect(channels).to.have.length(1);
        expect(channels.every((channel) => channel.closed)).to.equal(true);
      }, 10_000);
    });
  });

  it('ends an attempt that never gets READY at connectTimeout and retries it', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, events } = start([{ answer: 'hang' }, { answer: 'ready' }], { connectTimeout: 3000 });
      // attempt 1 times out at 3000, waits 1000, attempt 2 ready at 4010
      expectObservable(conn.state$).toBe('c 4009ms C 989ms (x|)', STATES);
      scheduler.schedule(() => {
        const retry = events.find((e) => e.type === 'retry');
        expect(retry?.type === 'retry' && retry.error instanceof ConnectionError && retry.error.reason).to.equal('connect_timeout');
        void conn.disconnect();
      }, 5000);
    });
  });

  it('bounds the handshake by connectTimeout too', () => {
    scheduler.run(({ cold, expectObservable }) => {
      const slow: Handshake = () => cold('5000ms a', { a: {} });
      const { conn } = start([{ answer: 'ready' }], { connectTimeout: 1000 }, slow);
      scheduler.schedule(() => void conn.disconnect(), 1500);
      expectObservable(conn.state$).toBe('c 1499ms (x|)', STATES);
      scheduler.schedule(() => expect(conn.retryCount).to.equal(1), 1200);
    });
  });

  it('rejects a pending getChannel with a timeout error at its timeout', () => {
    let outcome: unknown;
    scheduler.run(() => {
      const { conn } = start([{ answer: 'hang' }]);
      conn.getChannel({ timeout: 2000 }).then(
        () => (outcome = 'resolved'),
        (error: unknown) => (outcome = error),
      );
      scheduler.schedule(() => void conn.disconnect(), 3000);
    });
    return settled().then(() => {
      expect(outcome).to.be.instanceOf(ConnectionError);
      expect((outcome as ConnectionError).reason).to.equal('timeout');
    });
  });

  it('stays connected while the handshake identifier and server info are kept', () => {
    scheduler.run(() => {
      const serverInfo = { build_tags: 'v9', build_time: '', git_commit: '', go_version: '', deploy_mode: '', reserved: {} };
      const { conn } = start([{ answer: 'ready' }], {}, () => of({ identifier: '42', serverInfo }));
      scheduler.schedule(() => {
        expect(conn.isConnected()).to.equal(true);
        expect(conn.serverInfo?.build_tags).to.equal('v9');
        void conn.disconnect();
      }, 100);
    });
  });
});
