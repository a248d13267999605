import { expect } from 'chai';
import { poolOf } from '../../lib/connection/connection.js';
import { throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import type { MilvexOptions } from '../../lib/config/config.js';
import { ConnectionError } from '../../lib/errors.js';
import type { Handshake } from '../../lib/transport/handshake.js';
import type { Script } from '../support/fake-channel.js';
import { STATES, handshakeOk, startScripted } from '../support/marble.js';

describe('Connection pool (virtual time)', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  function start(scripts: Script[], options: MilvexOptions = {}) {
    return startScripted(scheduler, scripts, { poolSize: 2, ...options }, handshakeOk);
  }

  it('is connected while any member is, reconnecting once none is', () => {
    scheduler.run(({ expectObservable }) => {
      // member 0 gets channel 0 (lost at 100), member 1 channel 1 (lost at 200); later ones are refused
      const { conn } = start([{ answer: 'ready', loseAfter: 90 }, { answer: 'ready', loseAfter: 190 }, { answer: 'refuse' }]);
      expectObservable(conn.state$).toBe('c 9ms C 189ms r 299ms (x|)', STATES);
      scheduler.schedule(() => void conn.disconnect(), 500);
    });
  });

  it('is connecting until the first member connects', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn } = start([{ answer: 'refuse' }, { answer: 'refuse' }, { answer: 'refuse' }, { answer: 'ready' }]);
      // both refused at 10; member 0 again at 1010 (refused), member 1 at 1010 (ready at 1020)
      expectObservable(conn.state$).toBe('c 1019ms C 479ms (x|)', STATES);
      scheduler.schedule(() => void conn.disconnect(), 1500);
    });
  });

  it('hands out the members round-robin, skipping one that is down', () => {
    scheduler.run(() => {
      const { conn, channels } = start([{ answer: 'ready', loseAfter: 90 }, { answer: 'ready' }, { answer: 'refuse' }]);
      scheduler.schedule(() => {
        const picked = [1, 2, 3, 4].map(() => poolOf(conn).pick()?.channel);
        expect(picked).to.deep.equal([channels[0], channels[1], channels[0], channels[1]]);
      }, 50);
      scheduler.schedule(() => {
        const picked = [1, 2, 3].map(() => poolOf(conn).pick()?.channel);
        expect(picked).to.deep.equal([channels[1], channels[1], channels[1]]);
        expect(conn.isConnected()).to.equal(true);
      }, 150);
      scheduler.schedule(() => void conn.disconnect(), 200);
    });
  });

  it('names the member in every event, counts retries over members, and closes all on disconnect', () => {
    scheduler.run(() => {
      const { conn, events, channels } = start([{ answer: 'ready' }, { answer: 'refuse' }], { poolSize: 3 });
      scheduler.schedule(() => {
        const connecting = events.filter((event) => event.type === 'connecting').map((event) => event.member);
        expect(connecting.slice(0, 3)).to.deep.equal([0, 1, 2]);
        expect(events.every((event) => typeof event.member === 'number')).to.equal(true);
        // members 1 and 2 failed at 10, and again at 1010
        expect(conn.retryCount).to.equal(4);
        void conn.disconnect();
      }, 1100);
      scheduler.schedule(() => {
        expect(channels.every((channel) => channel.closed)).to.equal(true);
        // the pool's own closed event: its connection, no member
        expect(events.at(-1)).to.deep.equal({ type: 'closed', connection: events[0]?.connection });
      }, 1101);
    });
  });

  it('closes the whole pool when one member meets a fatal error', () => {
    const fatal = new ConnectionError('unauthenticated', { host: 'milvus.test', port: 19530 }, 'bad credentials');
    let handshakes = 0;
    // the second handshake (member 1's) is refused for good
    const handshake: Handshake = (...args) => (++handshakes === 2 ? throwError(() => fatal) : handshakeOk(...args));
    scheduler.run(({ expectObservable }) => {
      const { conn, channels } = startScripted(scheduler, [{ answer: 'ready' }], { poolSize: 3 }, handshake);
      expectObservable(conn.state$).toBe('c 9ms (C x|)', STATES);
      scheduler.schedule(() => {
        expect(conn.closeError).to.equal(fatal);
        expect(channels.every((channel) => channel.closed)).to.equal(true);
      }, 20);
    });
  });
});
