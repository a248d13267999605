/**
 * The metadata Milvus expects on every call: `authorization` (base64 of the token, or of
 * `user:password`), `dbname` when the database is not `default`, and after a successful
 * handshake the `identifier` the server returned.
 */
import { Metadata } from '@grpc/grpc-js';
import type { Config } from '../config/config.js';

/**
 * The metadata entry of an idempotent write's key (Milvus 2.6.24 / 3.0.2 and later): a
 * repeated `Insert` with the same key is answered with the first one's result.
 */
export const IDEMPOTENCY_KEY_METADATA = 'idempotency-key';

/** The longest idempotency key Milvus accepts by default (`streaming.idempotency.maxKeyLength`), in bytes. */
export const MAX_IDEMPOTENCY_KEY_BYTES = 256;

/** The value of the `authorization` header, or `undefined` without credentials. Never log it. */
function authorization(config: Config): string | undefined {
  if (config.token !== undefined) return Buffer.from(config.token).toString('base64');
  if (config.user !== undefined) return Buffer.from(`${config.user}:${config.password ?? ''}`).toString('base64');
  return undefined;
}

/**
 * Builds the metadata for one call.
 *
 * @param config - where the credentials and database come from
 * @param identifier - the handshake's identifier, once there is one
 * @returns fresh metadata (grpc-js may mutate what it is given)
 */
export function callMetadata(config: Config, identifier?: string): Metadata {
  const metadata = new Metadata();
  const auth = authorization(config);
  if (auth !== undefined) metadata.set('authorization', auth);
  if (config.database !== 'default') metadata.set('dbname', config.database);
  if (identifier !== undefined && identifier !== '0') metadata.set('identifier', identifier);
  return metadata;
}

/**
 * The keys that name the session a call goes on: only milvex knows which one that is, so its
 * value replaces the caller's (the official SDK sends the identifier of its own `Connect`,
 * which a reconnect has made stale).
 */
const SESSION_KEYS: ReadonlySet<string> = new Set(['identifier']);

/**
 * A caller's metadata with the connection's added: every entry the caller set goes as it is
 * (the official SDK sends its own `dbname`, say), and the connection fills in the keys the
 * caller left out; the session's `identifier` always wins. Built on this copy of grpc-js,
 * whichever copy made the caller's metadata.
 *
 * @param caller - what the call was started with (read, never changed)
 * @param connection - a fresh copy of the connection's metadata ({@link callMetadata}) for
 *   this call: the caller's entries are written into it
 * @returns `connection`, holding both
 */
export function withConnectionMetadata(caller: Metadata, connection: Metadata): Metadata {
  // A plain client call sets none: then there is nothing to write (the common case, per call).
  for (const [key, values] of Object.entries(caller.toJSON())) {
    if (SESSION_KEYS.has(key) && connection.get(key).length > 0) continue;
    connection.remove(key);
    for (const value of values) connection.add(key, value);
  }
  return connection;
}
