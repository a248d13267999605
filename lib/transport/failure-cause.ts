/**
 * Why a channel could not connect, in the words of what failed underneath: `connect
 * ECONNREFUSED 127.0.0.1:19530`, `getaddrinfo ENOTFOUND milvus.invalid`, `self-signed
 * certificate`. grpc-js only says TRANSIENT_FAILURE through connectivity; its load balancer
 * keeps the last connection error for the calls it fails.
 */
import { lookup } from 'node:dns/promises';
import { type ChannelInterface, Metadata, status as grpcStatus } from '@grpc/grpc-js';
import { type Observable, catchError, from, map, of } from 'rxjs';
import { milvusMethod } from '../protocol/proto.js';
import { isServiceError, unaryCall } from './unary.js';

/** grpc-js's words for a name that did not resolve (its DNS resolver drops the lookup's error). */
const NAME_RESOLUTION_FAILED = 'Name resolution failed';

/**
 * The connection error inside grpc-js's pick failure text, e.g. `connect ECONNREFUSED
 * 127.0.0.1:1` out of `No connection established. Last error: Error: connect ECONNREFUSED
 * 127.0.0.1:1. Resolution note: `; the whole text when it has another shape.
 */
function lastErrorOf(details: string): string {
  const match = /Last error: (?:Error: )?([\s\S]*?)\.?(?: Resolution note: .*)?$/.exec(details);
  return (match?.[1] ?? details).trim();
}

/** An Error with the text, and the errno-style code it names (e.g. `ECONNREFUSED`) as `code`. */
function errorOf(text: string): Error {
  const error: Error & { code?: string } = new Error(text);
  const code = /\b(E[A-Z]{3,})\b/.exec(text)?.[1];
  if (code !== undefined) error.code = code;
  return error;
}

/**
 * Why a channel in TRANSIENT_FAILURE failed, as an Error with the underlying text.
 *
 * Asks grpc-js through its public API: a unary call that does not wait for READY fails at
 * once, locally, with the load balancer's UNAVAILABLE status, which holds the last
 * connection error; no byte is sent. A name grpc-js could not resolve is looked up again
 * here, since its DNS resolver keeps only "Name resolution failed". Emits `undefined` when
 * nothing more is to be learned (the channel cannot take calls, or answered otherwise).
 *
 * @param channel - a channel that went TRANSIENT_FAILURE while connecting
 * @param host - the host the channel was made for, looked up again after a resolution failure
 * @param deadline - when to give up asking
 * @returns the cause, once, then completes
 */
export function failureCause$(channel: ChannelInterface, host: string, deadline: Date): Observable<Error | undefined> {
  const method = milvusMethod('GetVersion');
  if (method === undefined || typeof channel.createCall !== 'function') return of(undefined);
  return unaryCall(channel, method, {}, new Metadata({ waitForReady: false }), deadline).pipe(
    map((): Error | undefined => undefined),
    catchError((error: unknown) => {
      if (!isServiceError(error) || error.code !== grpcStatus.UNAVAILABLE) return of(undefined);
      if (!error.details.startsWith(NAME_RESOLUTION_FAILED)) return of(errorOf(lastErrorOf(error.details)));
      return from(lookup(host)).pipe(
        map(() => errorOf(error.details)),
        catchError((lookupError: unknown) => of(lookupError instanceof Error ? lookupError : errorOf(error.details))),
      );
    }),
  );
}
