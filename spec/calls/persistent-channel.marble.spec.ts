import { connectivityState } from '@grpc/grpc-js';
import { expect } from 'chai';
import { TestScheduler } from 'rxjs/testing';
import { startScripted } from '../support/marble.js';

describe('conn.persistentChannel() connectivity (virtual time)', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('calls each watcher back once, at the change it waits for, with the state then; at its deadline with an error', () => {
    const seen: string[] = [];
    scheduler.run(() => {
      // connected at 10, lost at 100, an immediate attempt refused at 110, connected again at 1120
      const { conn } = startScripted(scheduler, [{ answer: 'ready', loseAfter: 90 }, { answer: 'refuse' }, { answer: 'ready' }]);
      const channel = conn.persistentChannel();
      const watch = (label: string, current: connectivityState, deadline: Date | number = Infinity): void =>
        channel.watchConnectivityState(current, deadline, (error) =>
          seen.push(`${scheduler.now()} ${label}: ${error?.message ?? connectivityState[channel.getConnectivityState(false)]}`),
        );
      watch('first connect', connectivityState.CONNECTING);
      scheduler.schedule(() => watch('with a deadline', connectivityState.READY, Date.now() + 50), 20);
      scheduler.schedule(() => watch('loss', connectivityState.READY), 30);
      // CONNECTING through reconnecting: the refused attempt changes nothing a watcher sees
      scheduler.schedule(() => watch('back', connectivityState.CONNECTING), 105);
      scheduler.schedule(() => watch('stale', connectivityState.IDLE), 1500);
      scheduler.schedule(() => watch('closing', connectivityState.READY), 1600);
      scheduler.schedule(() => void conn.disconnect(), 2000);
    });
    expect(seen.map((line) => line.replace(/^\d+ with/, 'about 70 with'))).to.deep.equal([
      '10 first connect: READY',
      'about 70 with a deadline: Deadline passed without connectivity state change',
      '100 loss: CONNECTING',
      '1120 back: READY',
      '1500 stale: READY',
      '2000 closing: SHUTDOWN',
    ]);
    const deadline = Number(seen[1]?.split(' ')[0]);
    // The wall-clock deadline moves onto the scheduler's clock: 50 ms after it was set at 20,
    // less the real milliseconds between the spec reading Date.now() and the channel reading it.
    expect(deadline).to.be.within(60, 70);
  });
});
