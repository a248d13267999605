/**
 * The Milvus statuses the in-memory engine answers with. The numbers are Milvus's own `merr`
 * codes, so a client that branches on `status.code` (or on the deprecated `error_code`, as
 * the official Node SDK does) sees what a real Milvus would send; the reasons follow Milvus's
 * `message[key=value]` form.
 */
import { ErrorCode as LEGACY, type ErrorCode__Output } from '../../protocol/generated/milvus/proto/common/ErrorCode.js';
import type { MilvusStatus } from '../../protocol/proto.js';

/** The merr codes the engine uses, with the legacy `common.ErrorCode` Milvus pairs with each. */
export const MERR = {
  collectionNotFound: { code: 100, legacy: LEGACY.CollectionNotExists, text: 'collection not found' },
  collectionNotLoaded: { code: 101, legacy: LEGACY.UnexpectedError, text: 'collection not loaded' },
  illegalSchema: { code: 105, legacy: LEGACY.UnexpectedError, text: 'illegal collection schema' },
  partitionNotFound: { code: 200, legacy: LEGACY.MetaFailed, text: 'partition not found' },
  indexNotFound: { code: 700, legacy: LEGACY.IndexNotExist, text: 'index not found' },
  indexNotSupported: { code: 701, legacy: LEGACY.UnexpectedError, text: 'index type not supported' },
  databaseNotFound: { code: 800, legacy: LEGACY.UnexpectedError, text: 'database not found' },
  databaseInvalidName: { code: 802, legacy: LEGACY.UnexpectedError, text: 'invalid database name' },
  parameterInvalid: { code: 1100, legacy: LEGACY.IllegalArgument, text: 'invalid parameter' },
  parameterMissing: { code: 1101, legacy: LEGACY.IllegalArgument, text: 'missing parameter' },
  aliasNotFound: { code: 1600, legacy: LEGACY.UnexpectedError, text: 'alias not found' },
  aliasCollectionNameConflict: { code: 1601, legacy: LEGACY.UnexpectedError, text: 'alias and collection name conflict' },
  aliasAlreadyExists: { code: 1602, legacy: LEGACY.UnexpectedError, text: 'alias already exist' },
  fieldNotFound: { code: 1700, legacy: LEGACY.UnexpectedError, text: 'field not found' },
  unimplemented: { code: 10, legacy: LEGACY.UnexpectedError, text: 'service unimplemented' },
  partitionNotLoaded: { code: 201, legacy: LEGACY.UnexpectedError, text: 'partition not loaded' },
  // A plain Go error in the proxy: Milvus sends its message alone, with the catch-all code.
  unexpected: { code: 65535, legacy: LEGACY.UnexpectedError, text: '' },
  fieldInvalidName: { code: 1701, legacy: LEGACY.UnexpectedError, text: 'field name invalid' },
} as const;

/** One kind of Milvus failure. */
export type MerrKind = keyof typeof MERR;

/**
 * A request the engine refuses, carrying the status Milvus would answer. The service turns it
 * into the reply's `status`; it never leaves the test server as an exception.
 */
export class MilvusFailure extends Error {
  /** The merr code, e.g. 100 for collection not found. */
  readonly code: number;
  /** The deprecated `common.ErrorCode` Milvus sends beside `code`. */
  readonly legacyCode: ErrorCode__Output;

  /**
   * @param kind - which merr error
   * @param detail - what is wrong: fields (`{ collection: 'books' }` reads
   *   `collection not found[collection=books]`) or a sentence put before the error's text
   * @param fields - with a sentence, fields after the error's text, as Milvus's
   *   `WrapErrParameterInvalid(expected, actual, msg)` writes them
   */
  constructor(kind: MerrKind, detail: string | Readonly<Record<string, string>>, fields: Readonly<Record<string, string>> = {}) {
    const { code, legacy, text } = MERR[kind];
    const bracketed = (pairs: Readonly<Record<string, string>>): string =>
      Object.entries(pairs)
        .map(([key, value]) => `[${key}=${value}]`)
        .join('');
    // Milvus wraps a leaf error either with [key=value] fields or with a message before a colon.
    super(
      typeof detail === 'string'
        ? text === ''
          ? `${detail}${bracketed(fields)}`
          : `${detail}: ${text}${bracketed(fields)}`
        : text + bracketed(detail),
    );
    this.name = 'MilvusFailure';
    this.code = code;
    this.legacyCode = legacy;
  }

  /** The `common.Status` of this failure. */
  toStatus(): MilvusStatus {
    return { error_code: this.legacyCode, reason: this.message, code: this.code, retriable: false, detail: this.message, extra_info: {} };
  }
}

/** Shorthand for `new MilvusFailure(...)`, for use in expressions. */
export function fail(kind: MerrKind, detail: string | Readonly<Record<string, string>>, fields: Readonly<Record<string, string>> = {}): never {
  throw new MilvusFailure(kind, detail, fields);
}

/** The success `common.Status`. */
export function ok(): MilvusStatus {
  return { error_code: LEGACY.Success, reason: '', code: 0, retriable: false, detail: '', extra_info: {} };
}
