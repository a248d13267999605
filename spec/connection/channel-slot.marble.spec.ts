import { expect } from 'chai';
import { poolOf } from '../../lib/connection/connection.js';
import { TestScheduler } from 'rxjs/testing';
import type { MilvexOptions } from '../../lib/config/config.js';
import type { ConnectionEvent } from '../../lib/connection/events.js';
import { recycleAge } from '../../lib/connection/channel-slot.js';
import type { Script } from '../support/fake-channel.js';
import { STATES, handshakeOk, startScripted } from '../support/marble.js';

/** Replace at 10 s exactly; drain for 2 x 1000 ms. */
const RECYCLE: MilvexOptions = { channelMaxAge: 10_000, channelMaxAgeJitter: 0, timeout: 1000 };

function typesOf(events: ConnectionEvent[]): string[] {
  return events.map((event) => event.type);
}

describe('Channel recycling (virtual time)', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  function start(scripts: Script[], options: MilvexOptions = {}, random?: () => number) {
    return startScripted(scheduler, scripts, { ...RECYCLE, ...options }, handshakeOk, random);
  }

  it('takes the jitter off the max age: maxAge x (1 - jitter x random)', () => {
    expect(recycleAge({ channelMaxAge: 10_000, channelMaxAgeJitter: 0.2 }, () => 0)).to.equal(10_000);
    expect(recycleAge({ channelMaxAge: 10_000, channelMaxAgeJitter: 0.2 }, () => 0.5)).to.equal(9000);
    expect(recycleAge({ channelMaxAge: 10_000, channelMaxAgeJitter: 1 }, () => 0.999)).to.equal(10);
  });

  it('connects the replacement at the max age, publishes it, and closes the old one at once when no call is on it', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, events, log, channels } = start([{ answer: 'ready' }]);
      // channel 0 ready at 10; channel 1 made at 10000, ready at 10010; channel 2 made at 20000
      expectObservable(conn.state$).toBe('c 9ms C 24989ms (x|)', STATES);
      scheduler.schedule(() => expect(poolOf(conn).pick()?.channel).to.equal(channels[0]), 10_005);
      scheduler.schedule(() => {
        expect(poolOf(conn).pick()?.channel).to.equal(channels[1]);
        expect(channels[0]?.closed).to.equal(true); // nothing to drain
      }, 10_011);
      scheduler.schedule(() => {
        expect(log).to.deep.equal(['create 0', 'create 1', 'close 0', 'create 2', 'close 1']);
        expect(typesOf(events)).to.deep.equal(['connecting', 'connected', 'recycled', 'recycled']);
        const recycled = events.find((event) => event.type === 'recycled');
        expect(recycled).to.deep.include({ ageMs: 10_010, durationMs: 10 });
        expect(recycled).to.not.have.property('member'); // a single connection is no pool
        void conn.disconnect();
      }, 25_000);
    });
  });

  it('spreads the replacement by the jitter', () => {
    scheduler.run(() => {
      const { conn, log } = start([{ answer: 'ready' }], { channelMaxAgeJitter: 0.2 }, () => 0.5);
      // (a check scheduled for the same frame as the timer runs before it)
      scheduler.schedule(() => expect(log).to.deep.equal(['create 0']), 9000);
      scheduler.schedule(() => expect(log).to.deep.equal(['create 0', 'create 1']), 9001);
      scheduler.schedule(() => void conn.disconnect(), 9500);
    });
  });

  it('keeps the old channel when the replacement fails, and tries again after the backoff wait', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, events, log, channels } = start([{ answer: 'ready' }, { answer: 'refuse' }, { answer: 'ready' }]);
      expectObservable(conn.state$).toBe('c 9ms C 14989ms (x|)', STATES);
      scheduler.schedule(() => {
        expect(poolOf(conn).pick()?.channel).to.equal(channels[0]);
        expect(channels[0]?.closed).to.equal(false);
      }, 11_000);
      scheduler.schedule(() => {
        // refused at 10010, retried 1000 ms later, ready at 11020, old one closed at 13020
        expect(log).to.deep.equal(['create 0', 'create 1', 'close 1', 'create 2', 'close 0']);
        expect(typesOf(events)).to.deep.equal(['connecting', 'connected', 'recycle_failed', 'recycled']);
        const failed = events.find((event) => event.type === 'recycle_failed');
        expect(failed?.type === 'recycle_failed' && failed.delayMs).to.equal(1000);
        expect(poolOf(conn).pick()?.channel).to.equal(channels[2]);
        void conn.disconnect();
      }, 15_000);
    });
  });

  it('backs off further with each failed replacement', () => {
    scheduler.run(() => {
      const { conn, events } = start([{ answer: 'ready' }, { answer: 'refuse' }]);
      scheduler.schedule(() => {
        const delays = events.flatMap((event) => (event.type === 'recycle_failed' ? [event.delayMs] : []));
        expect(delays).to.deep.equal([1000, 2000, 4000]);
        expect(conn.isConnected()).to.equal(true);
        void conn.disconnect();
      }, 17_000);
    });
  });

  it('ignores the loss of a channel that is draining', () => {
    scheduler.run(({ expectObservable }) => {
      // channel 0 loses its transport at 10510, while it drains
      const { conn, events } = start([{ answer: 'ready', loseAfter: 10_500 }, { answer: 'ready' }]);
      expectObservable(conn.state$).toBe('c 9ms C 11989ms (x|)', STATES);
      scheduler.schedule(() => {
        expect(typesOf(events)).to.deep.equal(['connecting', 'connected', 'recycled']);
        void conn.disconnect();
      }, 12_000);
    });
  });

  it('reconnects as usual when the live channel is lost while its replacement connects', () => {
    scheduler.run(({ expectObservable }) => {
      // channel 0 lost at 10005 while channel 1 (made at 10000) connects: both closed, channel 2 made at once
      const { conn, events, log } = start([{ answer: 'ready', loseAfter: 9995 }, { answer: 'ready' }]);
      expectObservable(conn.state$).toBe('c 9ms C 9994ms r 9ms C 1994ms (x|)', STATES);
      scheduler.schedule(() => {
        expect(log.slice(0, 5)).to.deep.equal(['create 0', 'create 1', 'close 0', 'close 1', 'create 2']);
        expect(typesOf(events)).to.deep.equal(['connecting', 'connected', 'disconnected', 'connecting', 'connected']);
        void conn.disconnect();
      }, 12_010);
    });
  });

  it('closes draining channels too on disconnect', () => {
    scheduler.run(() => {
      const { conn, channels } = start([{ answer: 'ready' }]);
      scheduler.schedule(() => void conn.disconnect(), 11_000);
      scheduler.schedule(() => {
        expect(channels).to.have.length(2);
        expect(channels.every((channel) => channel.closed)).to.equal(true);
      }, 11_001);
    });
  });
});
