/**
 * What the test server answers for a MilvusService method it does not implement. A gRPC
 * UNIMPLEMENTED would be honest, but the official Node SDK turns it into an empty "OK" for
 * several methods (`loadPartitions`, `alterCollection`, ...), so an application under test
 * would believe the call worked. A failed Milvus status in the reply's own status place
 * (the reply itself, or its `status` field) cannot be mistaken for success by any client.
 */
import { milvusService } from '../protocol/proto.js';
import { statusPlaceOf } from '../protocol/methods.js';
import { Catalog } from './memory/catalog.js';
import { memoryMethods } from './memory/service.js';
import { MilvusFailure } from './memory/status.js';

/** The words every such answer carries (a client or a spec can match on them). */
export const NOT_SUPPORTED = 'not supported by the milvex test server';

/** The methods the server answers itself, beside the in-memory Milvus. */
export const OWN_METHODS: readonly string[] = ['Connect', 'GetVersion', 'CheckHealth'];

/**
 * Methods whose callers read UNIMPLEMENTED as "not there" rather than as success: the official
 * SDK falls back from AlterCollectionSchema to AddCollectionField on it (a failed status would
 * end its addCollectionField there).
 */
const UNIMPLEMENTED_READ_RIGHT: ReadonlySet<string> = new Set(['AlterCollectionSchema']);

/**
 * The reply of an unimplemented unary method: a failed status (merr 10, service
 * unimplemented) where the method's reply carries its status, or `undefined` when the reply
 * has no status, the method streams, or UNIMPLEMENTED is read right (the server then answers
 * gRPC UNIMPLEMENTED).
 *
 * @param method - the MilvusService method
 */
export function unsupportedReply(method: string): object | undefined {
  const definition = milvusService()[method];
  // The server's own methods are missing only when it plays an old Milvus without them (`legacy`), which answers UNIMPLEMENTED.
  if (
    definition?.requestStream === true ||
    definition?.responseStream === true ||
    UNIMPLEMENTED_READ_RIGHT.has(method) ||
    OWN_METHODS.includes(method)
  )
    return undefined;
  const status = new MilvusFailure('unimplemented', `${method} is ${NOT_SUPPORTED}`).toStatus();
  const place = statusPlaceOf(method);
  if (place?.in === 'reply') return status;
  if (place?.in === 'field') return { [place.field]: status };
  return undefined;
}

/**
 * Every MilvusService method of `proto/` the test server does not implement, sorted: each
 * answers a failed status carrying {@link NOT_SUPPORTED} (or, for streams and replies without
 * a status, gRPC UNIMPLEMENTED).
 *
 * ## Example
 * ```ts
 * const missing = unsupportedMethods();
 * console.log(missing.includes('CreateCredential'), missing.includes('LoadPartitions'));
 * // Output: true false
 * ```
 *
 * @returns the method names
 */
export function unsupportedMethods(): string[] {
  const known = new Set([...OWN_METHODS, ...Object.keys(memoryMethods(new Catalog()))]);
  return Object.keys(milvusService())
    .filter((method) => !known.has(method))
    .sort();
}
