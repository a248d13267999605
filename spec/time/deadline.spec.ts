import { expect } from 'chai';
import { TestScheduler } from 'rxjs/testing';
import { atDeadline, deadlineAfter, grpcDeadline, longTimer, remainingMs } from '../../lib/time/deadline.js';
import { MAX_TIMER_MS } from '../../lib/time/deadline.js';

describe('one clock for deadlines', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  it('longTimer fires once at the delay, chaining timers beyond the longest Node timer', () => {
    scheduler.run(({ expectObservable }) => {
      expectObservable(longTimer(5, scheduler)).toBe('5ms (a|)', { a: undefined });
      expectObservable(longTimer(MAX_TIMER_MS + 10, scheduler)).toBe(`${MAX_TIMER_MS + 10}ms (a|)`, { a: undefined });
      expectObservable(longTimer(Infinity, scheduler)).toBe('-');
    });
  });

  it('atDeadline fires when the deadline on the scheduler clock passes', () => {
    scheduler.run(({ expectObservable }) => {
      const deadline = deadlineAfter(scheduler, 30);
      expect(remainingMs(scheduler, deadline)).to.equal(30);
      expectObservable(atDeadline(deadline, scheduler)).toBe('30ms (a|)', { a: undefined });
    });
  });

  it('gives grpc-js a Date, or no deadline when it is further than grpc-js and timers hold', () => {
    scheduler.run(() => {
      const before = Date.now();
      const near = grpcDeadline(scheduler, deadlineAfter(scheduler, 1000));
      const after = Date.now();
      expect(near).to.be.instanceOf(Date);
      expect((near as Date).getTime()).to.be.within(before + 1000, after + 1000);
      expect(grpcDeadline(scheduler, deadlineAfter(scheduler, Number.MAX_SAFE_INTEGER))).to.equal(Infinity);
      expect(grpcDeadline(scheduler, Infinity)).to.equal(Infinity);
    });
  });
});
