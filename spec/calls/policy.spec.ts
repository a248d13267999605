import { status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import { type AttemptOutcome, type FailureKind, classifyCallError, maySendAgain, milvusFailure, retryStep } from '../../lib/calls/policy.js';
import type { ErrorCode__Output } from '../../lib/protocol/generated/milvus/proto/common/ErrorCode.js';

describe('the call policy', () => {
  describe('classifyCallError', () => {
    const cases: Array<[string, number, string, boolean, FailureKind]> = [
      ['queued on a closed channel', grpcStatus.UNAVAILABLE, 'Channel closed before call started', true, 'never_sent'],
      ['refused stream', grpcStatus.UNAVAILABLE, 'Stream refused by server', true, 'never_sent'],
      ['no transport to pick', grpcStatus.UNAVAILABLE, 'No connection established. Last error: connect ECONNREFUSED', true, 'never_sent'],
      ['transport dropped, member not told yet', grpcStatus.UNAVAILABLE, 'Connection dropped', true, 'interrupted'],
      [
        'socket reset',
        grpcStatus.INTERNAL,
        'Received RST_STREAM with code 2 triggered by internal client error: read ECONNRESET',
        true,
        'interrupted',
      ],
      ['socket reset reported as UNAVAILABLE', grpcStatus.UNAVAILABLE, 'read ECONNRESET', true, 'interrupted'],
      ['cancelled on a retired session', grpcStatus.CANCELLED, 'Call cancelled', false, 'interrupted'],
      ["the server's own UNAVAILABLE on a live session", grpcStatus.UNAVAILABLE, 'proxy busy', true, 'retriable_reply'],
      ['UNAVAILABLE on a retired session', grpcStatus.UNAVAILABLE, 'proxy busy', false, 'interrupted'],
      ['bad credentials', grpcStatus.UNAUTHENTICATED, 'auth', true, 'fatal'],
      ['permission denied', grpcStatus.PERMISSION_DENIED, 'no', true, 'fatal'],
      ['an internal error of the server', grpcStatus.INTERNAL, 'panic', true, 'final'],
      ["the server's own CANCELLED on a live session", grpcStatus.CANCELLED, 'CANCELLED', true, 'abandoned'],
      ['a deadline', grpcStatus.DEADLINE_EXCEEDED, 'Deadline exceeded', true, 'final'],
    ];
    for (const [what, code, details, live, kind] of cases) {
      it(`${what}: ${kind}`, () => expect(classifyCallError({ code, details }, live)).to.equal(kind));
    }
  });

  describe('milvusFailure', () => {
    it('is undefined for success, and reads code before the deprecated error_code', () => {
      expect(milvusFailure({ code: 0, error_code: 0, retriable: false })).to.equal(undefined);
      expect(milvusFailure({ code: 100, error_code: 1, retriable: false })).to.deep.equal({ code: 100, legacy: false, kind: 'final' });
    });

    it('marks the merr retriable codes, the not-applied ones apart, lets the retriable flag win, and bad credentials fatal', () => {
      for (const code of [1, 2, 4, 8]) {
        expect(milvusFailure({ code, error_code: 0, retriable: false })?.kind, `code ${code}`).to.equal('not_applied');
      }
      for (const code of [12, 103, 106, 202, 305, 1002, 2200]) {
        expect(milvusFailure({ code, error_code: 0, retriable: false })?.kind, `code ${code}`).to.equal('retriable_reply');
      }
      expect(milvusFailure({ code: 65535, error_code: 0, retriable: true })?.kind).to.equal('retriable_reply');
      expect(milvusFailure({ code: 1800, error_code: 0, retriable: true })?.kind).to.equal('fatal');
    });

    it('judges a legacy-only error_code by the legacy table, never as a merr code', () => {
      // UnexpectedError, ConnectFailed, CollectionNotExists, IllegalIndexType, IllegalVectorID: merr 1, 2, 4, 8, 12 are retriable
      for (const code of [1, 2, 4, 8, 12, 45, 46, 48, 100, 1000] as ErrorCode__Output[]) {
        expect(milvusFailure({ code: 0, error_code: code, retriable: false }), `error_code ${code}`).to.deep.equal({
          code,
          legacy: true,
          kind: 'final',
        });
      }
      // RateLimit, NotReadyServe, NotReadyCoordActivating: turned away before applied
      for (const code of [49, 56, 57] as ErrorCode__Output[]) {
        expect(milvusFailure({ code: 0, error_code: code, retriable: false }), `error_code ${code}`).to.deep.equal({
          code,
          legacy: true,
          kind: 'not_applied',
        });
      }
      expect(milvusFailure({ code: 0, error_code: 4, retriable: true })?.kind).to.equal('retriable_reply');
    });
  });

  describe('maySendAgain', () => {
    it('sends again what never left, or what the server turned away unapplied, read or write', () => {
      for (const kind of ['never_sent', 'not_applied'] as const) {
        expect(maySendAgain(kind, false)).to.equal(true);
        expect(maySendAgain(kind, true)).to.equal(true);
      }
    });

    it('sends an interrupted or abandoned call, or one after another retriable reply, again only when it is a read or marked idempotent', () => {
      for (const kind of ['interrupted', 'abandoned', 'retriable_reply'] as const) {
        expect(maySendAgain(kind, true)).to.equal(true);
        expect(maySendAgain(kind, false)).to.equal(false);
      }
    });

    it('never sends again what is fatal or final', () => {
      for (const kind of ['fatal', 'final'] as const) {
        expect(maySendAgain(kind, true)).to.equal(false);
        expect(maySendAgain(kind, false)).to.equal(false);
      }
    });
  });

  describe('retryStep', () => {
    const curve = { baseDelay: 1000, maxDelay: 60_000, multiplier: 2, jitter: 0 };
    const ask = (outcome: AttemptOutcome, resendable: boolean, retries = 0, remainingMs = 10_000) =>
      retryStep({ outcome, resendable, retries, remainingMs, curve, random: () => 0.5 });
    const grpc = (code: number, details: string, sessionLive = true): AttemptOutcome => ({ type: 'grpc', code, details, sessionLive });
    const milvus = (code: number, error_code = 0): AttemptOutcome => ({
      type: 'milvus',
      status: { code, error_code: error_code as ErrorCode__Output, retriable: false },
    });

    it('resends at once what never left, read or write', () => {
      for (const resendable of [true, false]) {
        expect(ask(grpc(grpcStatus.UNAVAILABLE, 'Channel closed before call started'), resendable)).to.deep.equal({
          action: 'resend',
          kind: 'never_sent',
        });
      }
    });

    it('resends an interrupted read at once; fails an interrupted write as outcome unknown', () => {
      expect(ask(grpc(grpcStatus.UNAVAILABLE, 'Connection dropped'), true)).to.deep.equal({ action: 'resend', kind: 'interrupted' });
      expect(ask(grpc(grpcStatus.UNAVAILABLE, 'Connection dropped'), false)).to.deep.equal({
        action: 'fail',
        kind: 'interrupted',
        retriable: true,
        outcomeUnknown: true,
      });
    });

    it('judges a call milvex cancelled itself as interrupted, by its type, and a server CANCELLED with the same words as abandoned', () => {
      expect(ask({ type: 'cancelled_by_milvex' }, true)).to.deep.equal({ action: 'resend', kind: 'interrupted' });
      expect(ask({ type: 'cancelled_by_milvex' }, false)).to.include({ action: 'fail', outcomeUnknown: true });
      expect(ask(grpc(grpcStatus.CANCELLED, 'Call cancelled'), true)).to.deep.equal({ action: 'resend_after', kind: 'abandoned', delayMs: 1000 });
      expect(ask(grpc(grpcStatus.CANCELLED, 'Call cancelled'), false)).to.deep.equal({
        action: 'fail',
        kind: 'abandoned',
        retriable: true,
        outcomeUnknown: true,
      });
    });

    it('resends after the backoff curve what the server turned away, and gives up when the delay outlasts the deadline', () => {
      expect(ask(milvus(8), false, 0)).to.deep.equal({ action: 'resend_after', kind: 'not_applied', delayMs: 1000 });
      expect(ask(milvus(0, 49), false, 2)).to.deep.equal({ action: 'resend_after', kind: 'not_applied', delayMs: 4000 });
      expect(ask(grpc(grpcStatus.UNAVAILABLE, 'busy'), true, 1)).to.deep.equal({ action: 'resend_after', kind: 'retriable_reply', delayMs: 2000 });
      expect(ask(grpc(grpcStatus.UNAVAILABLE, 'busy'), true, 1, 2000)).to.deep.equal({
        action: 'fail',
        kind: 'retriable_reply',
        retriable: true,
        outcomeUnknown: false,
      });
    });

    it('fails a write after a retriable reply that does not say it was not applied', () => {
      expect(ask(grpc(grpcStatus.UNAVAILABLE, 'busy'), false)).to.include({ action: 'fail', retriable: true, outcomeUnknown: false });
      expect(ask(milvus(2200), false)).to.include({ action: 'fail', kind: 'retriable_reply' });
    });

    it('fails DEADLINE_EXCEEDED, and anything once no time is left, as retriable', () => {
      expect(ask(grpc(grpcStatus.DEADLINE_EXCEEDED, 'Deadline exceeded'), true)).to.deep.equal({
        action: 'fail',
        kind: 'final',
        retriable: true,
        outcomeUnknown: false,
      });
      expect(ask(grpc(grpcStatus.UNAVAILABLE, 'Channel closed before call started'), true, 0, 0)).to.include({ action: 'fail', retriable: true });
    });

    it('fails what is final or fatal at once', () => {
      expect(ask(milvus(100), true)).to.include({ action: 'fail', kind: 'final', retriable: false });
      expect(ask(milvus(1800), true)).to.include({ action: 'fail', kind: 'fatal', retriable: false });
      expect(ask(grpc(grpcStatus.UNAUTHENTICATED, 'bad'), true)).to.include({ action: 'fail', kind: 'fatal' });
    });
  });
});
