import { status as grpcStatus } from '@grpc/grpc-js';
import { expect } from 'chai';
import { type FailureKind, classifyCallError, maySendAgain, milvusFailure } from '../../lib/calls/policy.js';
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

    it('sends an interrupted call, or one after another retriable reply, again only when it is a read or marked idempotent', () => {
      for (const kind of ['interrupted', 'retriable_reply'] as const) {
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
});
