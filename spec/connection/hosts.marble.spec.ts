import { connectivityState } from '@grpc/grpc-js';
import { expect } from 'chai';
import { TestScheduler } from 'rxjs/testing';
import type { Script } from '../support/fake-channel.js';
import { STATES, startScripted } from '../support/marble.js';

/** A `hosts` connection on fake channels: its loss rule is the failover one. */
const HOSTS = { host: undefined, hosts: ['a:1', 'b:2'], connectTimeout: 1000 } as const;

describe('Several addresses: when a hosts channel counts as lost (virtual time)', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  function start(script: Script = { answer: 'ready' }) {
    const started = startScripted(scheduler, [script], HOSTS);
    const channel = () => {
      const first = started.channels[0];
      if (first === undefined) throw new Error('no channel yet');
      return first;
    };
    return { ...started, channel };
  }

  it('wakes an IDLE channel and stays connected when it is READY again within connectTimeout', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, channel, events } = start();
      expectObservable(conn.state$).toBe('c 9ms C 1989ms (x|)', STATES);
      // its address went away at 100; woken at once, it is READY again at 110 (another address)
      scheduler.schedule(() => channel().set(connectivityState.IDLE), 100);
      scheduler.schedule(() => expect(channel().state).to.equal(connectivityState.CONNECTING), 105);
      scheduler.schedule(() => expect(channel().state).to.equal(connectivityState.READY), 111);
      scheduler.schedule(() => {
        expect(events.map((event) => event.type)).to.deep.equal(['connecting', 'connected']);
        void conn.disconnect();
      }, 2000);
    });
  });

  it('counts it lost when no address is READY again within connectTimeout', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, channel } = start({ answer: 'ready', answerAgain: 'hang' });
      // IDLE at 100, woken to CONNECTING, still not READY at 1100: lost, and a new channel connects at 1110
      expectObservable(conn.state$).toBe('c 9ms C 1089ms r 9ms C 889ms (x|)', STATES);
      scheduler.schedule(() => channel().set(connectivityState.IDLE), 100);
      scheduler.schedule(() => void conn.disconnect(), 2000);
    });
  });

  it('counts it lost at once when every address failed (TRANSIENT_FAILURE)', () => {
    scheduler.run(({ expectObservable }) => {
      const { conn, channel, events } = start();
      expectObservable(conn.state$).toBe('c 9ms C 89ms r 9ms C 889ms (x|)', STATES);
      scheduler.schedule(() => channel().set(connectivityState.TRANSIENT_FAILURE), 100);
      scheduler.schedule(() => {
        const lost = events.find((event) => event.type === 'disconnected');
        expect(lost?.type === 'disconnected' && lost.error.message).to.include('every address failed');
        void conn.disconnect();
      }, 1000);
    });
  });
});
