/**
 * A call's resends in virtual time: the delay each retry-step decision asks for, the retries
 * and the stale session it leaves, and the close and the cancel that cut a resend short.
 */
import { expect } from 'chai';
import { VirtualTimeScheduler } from 'rxjs';
import type { CallHost } from '../../lib/calls/call-host.js';
import { Resends } from '../../lib/calls/resend.js';
import type { Session } from '../../lib/connection/session.js';

/** The host as a resend sees it: its clock and its close. */
function host(scheduler: VirtualTimeScheduler) {
  const onClose = new Set<() => void>();
  const stub = {
    scheduler,
    onClose: (callback: () => void) => {
      onClose.add(callback);
      return () => void onClose.delete(callback);
    },
  } as unknown as CallHost;
  const close = (): void => {
    for (const callback of [...onClose]) callback();
    onClose.clear();
  };
  return { stub, close, registered: () => onClose.size };
}

const session = { name: 'the failed session' } as unknown as Session;

describe('Resends (virtual time)', () => {
  let scheduler: VirtualTimeScheduler;
  beforeEach(() => {
    scheduler = new VirtualTimeScheduler();
  });

  function record(resends: Resends, decision: Parameters<Resends['schedule']>[0], log: string[]) {
    resends.schedule(
      decision,
      session,
      () => log.push(`resend at ${scheduler.now()}`),
      () => log.push(`closed at ${scheduler.now()}`),
    );
  }

  it('resends after the backoff on any session, counting the retry; a resend now waits for the next turn and avoids the failed session', () => {
    const { stub, registered } = host(scheduler);
    const resends = new Resends(stub);
    const log: string[] = [];
    record(resends, { action: 'resend', kind: 'never_sent' }, log);
    expect(log).to.deep.equal([]);
    expect([resends.retries, resends.stale]).to.deep.equal([0, session]);
    scheduler.flush();
    record(resends, { action: 'resend_after', kind: 'retriable_reply', delayMs: 1000 }, log);
    expect([resends.retries, resends.stale]).to.deep.equal([1, undefined]);
    scheduler.flush();
    expect(log).to.deep.equal(['resend at 0', 'resend at 1000']);
    // neither resend is left registered for the close
    expect(registered()).to.equal(0);
  });

  it('runs closed instead when the host closes first, and never the resend', () => {
    const { stub, close } = host(scheduler);
    const resends = new Resends(stub);
    const log: string[] = [];
    record(resends, { action: 'resend_after', kind: 'retriable_reply', delayMs: 1000 }, log);
    scheduler.frame = 500;
    close();
    scheduler.flush();
    expect(log).to.deep.equal(['closed at 500']);
  });

  it('runs neither once cancelled', () => {
    const { stub, close, registered } = host(scheduler);
    const resends = new Resends(stub);
    const log: string[] = [];
    record(resends, { action: 'resend_after', kind: 'not_applied', delayMs: 1000 }, log);
    resends.cancel();
    expect(registered()).to.equal(0);
    close();
    scheduler.flush();
    expect(log).to.deep.equal([]);
  });
});
