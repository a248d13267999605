import { expect } from 'chai';
import { type Observable, defer, map, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { type BackoffOptions, type RetryInfo, backoffDelay, retryWithBackoff } from '../../lib/time/backoff.js';

const DEFAULTS: BackoffOptions = { baseDelay: 1000, maxDelay: 60000, multiplier: 2, jitter: 0 };

describe('backoffDelay', () => {
  it('grows from the base delay by the multiplier', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, DEFAULTS))).to.deep.equal([1000, 2000, 4000, 8000]);
  });

  it('is capped at the max delay', () => {
    expect(backoffDelay(10, DEFAULTS)).to.equal(60000);
    expect(backoffDelay(100, DEFAULTS)).to.equal(60000);
  });

  it('spreads by the jitter: random 0 is the low edge, 0.5 the middle, 1 the high edge', () => {
    const jittered = { ...DEFAULTS, jitter: 0.1 };
    expect(backoffDelay(0, jittered, () => 0)).to.equal(900);
    expect(backoffDelay(0, jittered, () => 0.5)).to.equal(1000);
    expect(backoffDelay(0, jittered, () => 1)).to.equal(1100);
    expect(backoffDelay(10, jittered, () => 1)).to.equal(66000);
  });

  it('stays inside the jitter bounds for any random value', () => {
    const jittered = { ...DEFAULTS, jitter: 0.25 };
    for (let i = 0; i <= 100; i++) {
      const delay = backoffDelay(2, jittered, () => i / 100);
      expect(delay).to.be.within(3000, 5000);
    }
  });

  it('returns a whole number of at least 1', () => {
    const full = { baseDelay: 100, maxDelay: 1000, multiplier: 1.5, jitter: 1 };
    expect(backoffDelay(0, full, () => 0)).to.equal(1);
    expect(Number.isInteger(backoffDelay(1, full, () => 0.3333))).to.equal(true);
  });
});

describe('retryWithBackoff', () => {
  let scheduler: TestScheduler;
  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
  });

  const retriable = Object.assign(new Error('down'), { retriable: true });
  const fatal = Object.assign(new Error('bad credentials'), { retriable: false });
  const isRetriable = (error: unknown): boolean => (error as { retriable?: boolean }).retriable === true;

  it('waits 1000, 2000, 4000 ms between failed subscriptions', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('-#', undefined, retriable);
      const result = source.pipe(retryWithBackoff<string>(DEFAULTS, { scheduler }));
      //                   fail, wait 1000, fail, wait 2000, fail, wait 4000
      expectObservable(result, '^ 7010ms !').toBe('');
      expectSubscriptions(source.subscriptions).toBe([
        '^!                        ',
        '1001ms ^!                 ',
        '3002ms ^!                 ',
        '7003ms ^!                 ',
      ]);
    });
  });

  it('caps the waits at the max delay', () => {
    const capped = { ...DEFAULTS, maxDelay: 2500 };
    const waits: number[] = [];
    scheduler.run(({ cold, expectObservable }) => {
      const result = cold('#', undefined, retriable).pipe(
        retryWithBackoff<string>(capped, { scheduler, onRetry: (info) => waits.push(info.delayMs) }),
      );
      expectObservable(result, '^ 12000ms !').toBe('');
    });
    expect(waits.slice(0, 5)).to.deep.equal([1000, 2000, 2500, 2500, 2500]);
  });

  it('starts the count again after the source emits', () => {
    const infos: RetryInfo[] = [];
    scheduler.run(({ cold, expectObservable }) => {
      let subscription = 0;
      // Subscriptions 0 and 1 fail at once; 2 emits then fails; 3 fails; 4 emits and stays.
      const source: Observable<string> = defer(() => {
        const n = subscription++;
        if (n === 2) return cold('a#', undefined, retriable);
        if (n === 4) return cold('b');
        return cold('#', undefined, retriable);
      });
      const result = source.pipe(retryWithBackoff<string>(DEFAULTS, { scheduler, onRetry: (info) => infos.push(info) }));
      //            0 fails at 0, waits 1000; 1 fails at 1000, waits 2000; 2 emits a at 3000, fails at 3001,
      //            count reset: waits 1000; 3 fails at 4001, waits 2000; 4 emits b at 6001
      expectObservable(result).toBe('3000ms a 3000ms b');
    });
    expect(infos.map((info) => [info.retry, info.delayMs])).to.deep.equal([
      [0, 1000],
      [1, 2000],
      [0, 1000],
      [1, 2000],
    ]);
  });

  it('passes a non-retriable error straight through', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('--#', undefined, fatal);
      expectObservable(source.pipe(retryWithBackoff<string>(DEFAULTS, { scheduler, isRetriable }))).toBe('--#', undefined, fatal);
      expectSubscriptions(source.subscriptions).toBe('^-!');
    });
  });

  it('retries retriable errors until a fatal one arrives', () => {
    scheduler.run(({ expectObservable }) => {
      let subscription = 0;
      const source = defer(() => (subscription++ < 2 ? throwError(() => retriable) : throwError(() => fatal)));
      expectObservable(source.pipe(retryWithBackoff<string>(DEFAULTS, { scheduler, isRetriable }))).toBe('3000ms #', undefined, fatal);
    });
  });

  it('cancels a pending wait on unsubscribe', () => {
    scheduler.run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('#', undefined, retriable);
      const result = source.pipe(retryWithBackoff<string>(DEFAULTS, { scheduler }));
      expectObservable(result, '^ 1500ms !').toBe('');
      // Subscribed at 0 and after the first wait at 1000; the second wait (2000) never resubscribes.
      expectSubscriptions(source.subscriptions).toBe(['(^!)', '1000ms (^!)']);
    });
  });

  it('mirrors values of a healthy source', () => {
    scheduler.run(({ expectObservable }) => {
      const result = of(1, 2, 3).pipe(
        map((n) => String(n)),
        retryWithBackoff<string>(DEFAULTS, { scheduler }),
      );
      expectObservable(result).toBe('(abc|)', { a: '1', b: '2', c: '3' });
    });
  });
});
