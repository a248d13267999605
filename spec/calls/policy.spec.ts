import { status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import { type FailureKind, classifyCallError, maySendAgain, milvusFailure } from '../../lib/calls/policy.js';

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
      ['a deadline', grpcStatus.DEADLINE_EXCEEDED, 'Deadline exceeded', true, 'final'],
    ];
    for (const [what, code, details, live, kind] of cases) {
      it(`${what}: ${kind}`, () => expect(classifyCallError({ code, details }, live)).to.equal(kind));
    }
  });

  describe('milvusFailure', () => {
    it('is undefined for success, reads code or the deprecated error_code', () => {
      expect(milvusFailure({ code: 0, error_code: 0, retriable: false })).to.equal(undefined);
      expect(milvusFailure({ code: 0, error_code: 1, retriable: false })).to.deep.equal({ code: 1, kind: 'retriable_reply' });
      expect(milvusFailure({ code: 100, error_code: 1, retriable: false })).to.deep.equal({ code: 100, kind: 'final' });
    });

    it('marks the merr retriable codes, lets the retriable flag win, and bad credentials fatal', () => {
      for (const code of [1, 2, 4, 8, 12, 103, 106, 202, 305, 1002, 2200]) {
        expect(milvusFailure({ code, error_code: 0, retriable: false })?.kind, `code ${code}`).to.equal('retriable_reply');
      }
      expect(milvusFailure({ code: 65535, error_code: 0, retriable: true })?.kind).to.equal('retriable_reply');
      expect(milvusFailure({ code: 1800, error_code: 0, retriable: true })?.kind).to.equal('fatal');
    });
  });

  describe('maySendAgain', () => {
    it('sends again what never left, read or write', () => {
      expect(maySendAgain('never_sent', false)).to.equal(true);
      expect(maySendAgain('never_sent', true)).to.equal(true);
    });

    it('sends an interrupted call again only when it is a read or marked idempotent', () => {
      expect(maySendAgain('interrupted', true)).to.equal(true);
      expect(maySendAgain('interrupted', false)).to.equal(false);
    });

    it('sends a write again after a retriable reply only when the status says it was not applied', () => {
      expect(maySendAgain('retriable_reply', true)).to.equal(true);
      expect(maySendAgain('retriable_reply', false)).to.equal(false);
      for (const code of [1, 2, 4, 8]) expect(maySendAgain('retriable_reply', false, code), `code ${code}`).to.equal(true);
      for (const code of [12, 103, 2200]) expect(maySendAgain('retriable_reply', false, code), `code ${code}`).to.equal(false);
    });

    it('never sends again what is fatal or final', () => {
      for (const kind of ['fatal', 'final'] as const) {
        expect(maySendAgain(kind, true)).to.equal(false);
        expect(maySendAgain(kind, false, 8)).to.equal(false);
      }
    });
  });
});
