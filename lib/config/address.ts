/**
 * What a Milvus address may be, shared by the `host` option, `tls.serverName`, the entries
 * of `hosts` and the scheme-less URI form (`localhost:19530`).
 *
 * A host is a DNS name (labels of letters, digits, `-` and `_`, joined by dots; at most 253
 * characters; non-ASCII names in their `xn--` form), an IPv4 address in dotted decimal, or an
 * IPv6 address, bare or in brackets. Anything else (spaces, control characters, `unix:`
 * paths, a port glued to the host) is refused when the options are parsed rather than
 * failing every connection attempt later. Underscores are allowed because container
 * service names (`milvus_standalone`) use them.
 *
 * Pure: no I/O.
 */
import { isIP } from 'node:net';
import { InvalidError } from '../errors.js';

/** What a host may be, as error messages and the README say it. */
export const HOST_ALLOWED = 'a host name, an IPv4 address or an IPv6 address';

const LABEL = '[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?';
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*\\.?$`);
const MAX_HOST_NAME = 253;

/** Whether `text` is a DNS name. All digits and dots is not one: resolvers read it as a (malformed) IPv4 address. */
function isHostName(text: string): boolean {
  return text.replace(/\.$/, '').length <= MAX_HOST_NAME && HOST_NAME.test(text) && !/^[\d.]+$/.test(text);
}

/**
 * Checks a host.
 *
 * @param text - a host name, an IPv4 address, or an IPv6 address with or without brackets
 * @returns the host, IPv6 addresses without brackets; `undefined` when `text` is none of these
 */
export function parseHost(text: string): string | undefined {
  const bracketed = /^\[(.*)\]$/.exec(text)?.[1];
  if (bracketed !== undefined) return isIP(bracketed) === 6 ? bracketed : undefined;
  return isIP(text) !== 0 || isHostName(text) ? text : undefined;
}

/**
 * Whether an address holds credentials (`user:password@host`). Such a value is refused
 * without being repeated, since it holds a password.
 */
export function holdsCredentials(text: string): boolean {
  return text.includes('@');
}

/**
 * The error for an address that holds `user:password@`: it says where credentials go and
 * never repeats the value.
 *
 * @param field - the option or argument holding the address
 * @param label - how the message starts
 * @returns the error to throw
 */
export function credentialsInAddress(field: string, label = `Invalid option "${field}"`): InvalidError {
  return new InvalidError(
    field,
    `${label}: an address holds no credentials (user:password@); give them as the "user" and "password" options or in a URI with a scheme (http://user:password@host:port). The value is not shown`,
  );
}

/** An address split into its host (as written, brackets kept) and its port digits. */
export interface SplitAddress {
  /** The host part, as written: `[::1]` keeps its brackets. Not yet checked. */
  readonly host: string;
  /** The port, when one is written; not yet range-checked. */
  readonly port: number | undefined;
}

/**
 * Splits `host[:port]` or `[ipv6][:port]`. Only the shape is checked: the host goes to
 * {@link parseHost} and the port to its range check, so each error can name what is wrong.
 *
 * @param text - the address
 * @returns host and port; `undefined` when the text is not of that shape (an unbracketed
 *   IPv6 address is not: `::1:19530` could end in a port or not)
 */
export function splitAddress(text: string): SplitAddress | undefined {
  const match = /^(\[[^\]]*\]|[^:[\]]*)(?::(\d+))?$/.exec(text);
  if (match === null || match[1] === undefined || match[1] === '') return undefined;
  return { host: match[1], port: match[2] === undefined ? undefined : Number(match[2]) };
}
