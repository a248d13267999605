/**
 * How the in-memory methods answer: a handler returns the reply's fields (or nothing when
 * the reply is a bare `common.Status`), and {@link answer} adds the status, turning a
 * `MilvusFailure` into the failed status Milvus would send. The table is typed from the
 * generated `MilvusServiceHandlers`: a misspelt method name, a request field that does not
 * exist or a reply field of the wrong type is a compile error.
 */
import type { handleUnaryCall } from '@grpc/grpc-js';
import type { MilvusMethodName, MilvusServiceHandlers } from '../../protocol/proto.js';
import { MilvusFailure, ok } from './status.js';

/** The decoded request of a unary method (proto-loader's output type). */
export type RequestOf<K extends MilvusMethodName> = MilvusServiceHandlers[K] extends handleUnaryCall<infer Request, unknown> ? Request : never;

/** A reply type that also takes read-only arrays, as the engine's entities hold them. */
type AcceptingReadonly<T> = T extends Buffer
  ? T
  : T extends Array<infer Element>
    ? ReadonlyArray<AcceptingReadonly<Element>>
    : T extends object
      ? { [K in keyof T]: AcceptingReadonly<T[K]> }
      : T;

/** What a handler of a method returns: the reply's fields without `status`, or nothing for a bare status. */
export type ReplyOf<K extends MilvusMethodName> =
  MilvusServiceHandlers[K] extends handleUnaryCall<never, infer Reply>
    ? 'status' extends keyof Reply
      ? AcceptingReadonly<Omit<Reply, 'status'>>
      : void
    : never;

/**
 * One method: the decoded request and the database the call is for (its `dbname` metadata;
 * a request's own `db_name` wins where it has one) to the reply's fields.
 */
export type MethodHandler<K extends MilvusMethodName> = (request: RequestOf<K>, database: string | undefined) => ReplyOf<K>;

/** Handlers by MilvusService method name; a method left out answers UNIMPLEMENTED. */
export type MethodTable = { readonly [K in MilvusMethodName]?: MethodHandler<K> };

/** A handler of the table looked up by a name only known at run time (from the service definition). */
type AnyHandler = (request: unknown, database: string | undefined) => object | void;

/** The handler of `method` in `table`, if it has one. */
export function handlerOf(table: MethodTable, method: string): AnyHandler | undefined {
  return (table as Readonly<Record<string, AnyHandler | undefined>>)[method];
}

/**
 * Runs a handler and builds the reply.
 *
 * @param statusReply - whether the method's reply is a bare `common.Status`
 */
export function answer(handler: AnyHandler, request: unknown, database: string | undefined, statusReply: boolean): object {
  const requested = (request as { db_name?: unknown }).db_name;
  const db = typeof requested === 'string' && requested !== '' ? requested : database;
  try {
    const fields = handler(request, db) ?? {};
    return statusReply ? ok() : { status: ok(), ...fields };
  } catch (error) {
    if (!(error instanceof MilvusFailure)) throw error;
    return statusReply ? error.toStatus() : { status: error.toStatus() };
  }
}
