/**
 * How the in-memory methods answer: a handler returns the reply's fields (or nothing when
 * the reply is a bare `common.Status`), and {@link answer} adds the status, turning a
 * `MilvusFailure` into the failed status Milvus would send.
 */
import { MilvusFailure, ok } from './status.js';

/**
 * One method: the decoded request and the database the call is for (its `dbname` metadata;
 * a request's own `db_name` wins where it has one) to the reply's fields.
 */
export type MethodHandler = (request: never, database: string | undefined) => object | void;

/** Handlers by MilvusService method name. */
export type MethodTable = Readonly<Record<string, MethodHandler>>;

/**
 * Runs a handler and builds the reply.
 *
 * @param statusReply - whether the method's reply is a bare `common.Status`
 */
export function answer(handler: MethodHandler, request: unknown, database: string | undefined, statusReply: boolean): object {
  const requested = (request as { db_name?: unknown }).db_name;
  const db = typeof requested === 'string' && requested !== '' ? requested : database;
  try {
    const fields = handler(request as never, db) ?? {};
    return statusReply ? ok() : { status: ok(), ...fields };
  } catch (error) {
    if (!(error instanceof MilvusFailure)) throw error;
    return statusReply ? error.toStatus() : { status: error.toStatus() };
  }
}
