/**
 * What the data layer runs on: one function to call Milvus with, the connection's `conn.call`
 * (so every data call takes the one call path: its deadline, abort, resend rules, metadata and
 * call options), and the scheduler that waits between polls. The data layer never sees the
 * connection itself.
 */
import type { SchedulerLike } from 'rxjs';
import type { CallOptions } from '../calls/call.js';
import type { MilvusUnaryMethodName, MilvusMethods } from '../protocol/proto.js';

/** Calls a unary MilvusService method: `conn.call`, bound. */
export type Caller = <M extends MilvusUnaryMethodName>(
  method: M,
  request: MilvusMethods[M]['request'],
  options?: CallOptions,
) => Promise<MilvusMethods[M]['response']>;

/** The data layer's view of a connection. */
export interface DataContext {
  /** Every call goes through here. */
  readonly call: Caller;
  /** Where waits between polls (a load in progress) are scheduled. */
  readonly scheduler: SchedulerLike;
  /** The connection's per-call timeout, in ms: the default bound of a wait that takes several calls. */
  readonly timeout: number;
}

/**
 * The call options every data method also takes, beside its own: those of `conn.call`
 * (`timeout`, `signal`, `idempotent`, and whatever else the call path takes). A data method
 * takes its own keys out and passes the rest to each call it makes, as they are.
 */
export type DataCallOptions = CallOptions;
