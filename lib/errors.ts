/**
 * The typed errors of milvex.
 *
 * Every error thrown or rejected by the library is a {@link MilvexError}. Each class
 * carries its `name` (the class: `InvalidError`, `ConnectionError`, `GrpcError`), a
 * `retriable` flag and an optional `cause`; the subclasses add the fields a caller needs to
 * act on the failure without parsing messages.
 *
 * `instanceof` holds even across two copies of the library (an ESM and a CommonJS copy
 * loaded side by side): each instance is branded with the names of its classes under a
 * global symbol, and every class checks that brand in `Symbol.hasInstance`.
 *
 * @packageDocumentation
 */

const BRAND = Symbol.for('milvex.error.brands');

interface BrandedClass {
  readonly brand: string;
}

/** The brands of a class and its ancestors, most derived first. */
function brandsOf(ctor: unknown): string[] {
  const brands: string[] = [];
  for (let c = ctor; typeof c === 'function'; c = Object.getPrototypeOf(c)) {
    if (Object.hasOwn(c, 'brand')) brands.push((c as unknown as BrandedClass).brand);
  }
  return brands;
}

/**
 * The base of every error milvex raises.
 *
 * ## Example
 * ```ts
 * try {
 *   parseConfig({ port: 0 });
 * } catch (error) {
 *   if (error instanceof MilvexError) console.log(error.name, error.retriable);
 * }
 * // Output: InvalidError false
 * ```
 */
export class MilvexError extends Error {
  /** The class's brand, used by `instanceof` across copies of the library. */
  static readonly brand: string = 'MilvexError';

  /** Whether trying the same thing again later may succeed. */
  readonly retriable: boolean;

  /**
   * @param message - the human-readable message (never holds a secret)
   * @param options - whether a retry may help, and the underlying cause
   */
  constructor(message: string, options: { retriable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const brands = brandsOf(new.target);
    Object.defineProperty(this, BRAND, { value: brands, enumerable: false });
    this.name = brands[0] ?? 'MilvexError';
    this.retriable = options.retriable ?? false;
  }

  /** `instanceof` by brand, so that errors from another copy of milvex still match. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const brands = (value as Record<symbol, unknown>)[BRAND];
    const own = (this as unknown as BrandedClass).brand;
    return Array.isArray(brands) ? brands.includes(own) : Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * Bad input: an option, a URI or an argument outside what is allowed.
 *
 * The message names the field, the value (never for `password`, `token` or `user`) and
 * what is allowed, e.g. `Invalid option "port": expected an integer from 1 to 65535, got 0`.
 */
export class InvalidError extends MilvexError {
  static override readonly brand: string = 'InvalidError';

  /** The name of the offending option or argument, e.g. `reconnectJitter` or `uri`. */
  readonly field: string;

  /**
   * @param field - the offending option or argument
   * @param message - the full message naming the field and what is allowed
   */
  constructor(field: string, message: string) {
    super(message, { retriable: false });
    this.field = field;
  }
}

/**
 * Why a connection could not be had. A stable, machine-readable string:
 * - `connect_timeout`: the channel was not READY (or the handshake did not answer) within `connectTimeout`
 * - `unavailable`: the transport failed while connecting (refused, reset, TLS failure)
 * - `transport_lost`: an established transport was lost
 * - `handshake_failed`: the Milvus `Connect` handshake failed for another reason
 * - `unauthenticated`: the server refused the credentials (never retried)
 * - `not_connected`: asked for a channel while not connected
 * - `timeout`: a wait for the connection ran out
 * - `aborted`: the caller's `AbortSignal` fired
 * - `closed`: the connection was closed by `disconnect()`
 * - `unknown_name`: no connection is registered under the given name
 * - `outcome_unknown`: a call (a write) was sent, then the transport was lost: it may or may
 *   not have been applied, and milvex does not send it again (`idempotent: true` allows that)
 */
export type ConnectionErrorReason =
  | 'connect_timeout'
  | 'unavailable'
  | 'transport_lost'
  | 'handshake_failed'
  | 'unauthenticated'
  | 'not_connected'
  | 'timeout'
  | 'aborted'
  | 'closed'
  | 'unknown_name'
  | 'outcome_unknown';

const RETRIABLE_REASONS: ReadonlySet<ConnectionErrorReason> = new Set([
  'connect_timeout',
  'unavailable',
  'transport_lost',
  'handshake_failed',
  'not_connected',
  'timeout',
  'outcome_unknown',
]);

/**
 * The connection to Milvus could not be had, was lost, or was closed.
 *
 * The message reads `Connection failed to host:port: detail`, or `Connection to host:port
 * closed: detail` after a deliberate `disconnect()`. An error that is about no connection in
 * particular (a name not registered, a wait for a collection to load) reads its detail alone.
 */
export class ConnectionError extends MilvexError {
  static override readonly brand: string = 'ConnectionError';

  /** Why, as a stable code. */
  readonly reason: ConnectionErrorReason;
  /** The host the connection is for (empty when no connection is known, as for `unknown_name`). */
  readonly host: string;
  /** The port the connection is for (0 when no connection is known). */
  readonly port: number;

  /**
   * @param reason - the stable reason code; decides `retriable` unless given
   * @param target - the host and port the connection is for
   * @param detail - what happened, in words
   * @param options - an explicit `retriable` and the underlying cause
   */
  constructor(
    reason: ConnectionErrorReason,
    target: { host: string; port: number },
    detail: string,
    options: { retriable?: boolean; cause?: unknown } = {},
  ) {
    const where = target.host === '' ? '' : ` to ${target.host}:${target.port}`;
    const message = reason === 'closed' ? `Connection${where} closed: ${detail}` : where === '' ? detail : `Connection failed${where}: ${detail}`;
    super(message, {
      retriable: options.retriable ?? RETRIABLE_REASONS.has(reason),
      cause: options.cause,
    });
    this.reason = reason;
    this.host = target.host;
    this.port = target.port;
  }
}

/**
 * A call failed: either gRPC reported a status other than OK (`source: 'grpc'`, `code` is
 * the gRPC status code) or Milvus answered with a non-success `common.Status`
 * (`source: 'milvus'`, `code` is the Milvus status code, e.g. 1800 for bad credentials).
 */
export class GrpcError extends MilvexError {
  static override readonly brand: string = 'GrpcError';

  /** The gRPC status code, or the Milvus status code when `source` is `milvus` (`Status.code`, or the deprecated `error_code` when the server filled only that). */
  readonly code: number;
  /** The server's words: gRPC status details, or the Milvus `Status.reason`. */
  readonly details: string;
  /** The MilvusService method that failed, e.g. `CheckHealth`. */
  readonly method: string;
  /** Who reported the failure: the gRPC layer or Milvus in its reply. */
  readonly source: 'grpc' | 'milvus';

  /**
   * @param failure - the method, code, the server's words and the source of the failure, and whether a retry may help
   * @param cause - the underlying error, when there is one
   */
  constructor(failure: { method: string; code: number; details: string; retriable: boolean; source: 'grpc' | 'milvus' }, cause?: unknown) {
    const what = failure.source === 'milvus' ? 'Milvus status' : 'gRPC status';
    super(`Call ${failure.method} failed with ${what} ${failure.code}: ${failure.details}`, {
      retriable: failure.retriable,
      cause,
    });
    this.code = failure.code;
    this.details = failure.details;
    this.method = failure.method;
    this.source = failure.source;
  }
}

/**
 * Any thrown value as a `MilvexError`: itself when it is one, else wrapped in a plain `MilvexError`.
 *
 * @param error - what was thrown
 * @returns a MilvexError with the original as `cause`
 */
export function asMilvexError(error: unknown): MilvexError {
  if (error instanceof MilvexError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new MilvexError(`Unexpected failure: ${message}`, { cause: error });
}
