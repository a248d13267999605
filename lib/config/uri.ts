/**
 * URI forms of a Milvus address:
 * `http://host:port`, `https://user:pass@host:443/db`, `milvus://host:19530?timeout=60000&token=...`,
 * and the scheme-less `host:port` that the official SDK calls an address.
 *
 * Pure: no I/O. Error messages never repeat the URI, which may hold a password.
 */
import { credentialsInAddress, holdsCredentials, splitAddress } from './address.js';
import { InvalidError } from '../errors.js';
import { knownNames } from './did-you-mean.js';

const SCHEMES: Readonly<Record<string, { ssl: boolean }>> = {
  'http:': { ssl: false },
  'https:': { ssl: true },
  'milvus:': { ssl: false },
};

const QUERY_PARAMETERS = ['timeout', 'token', 'database'] as const;

/** What a URI contributes to the options, before validation. */
export interface UriOptions {
  host: string;
  port?: number;
  ssl: boolean;
  user?: string;
  password?: string;
  database?: string;
  token?: string;
  timeout?: number;
}

/** The forms a URI may take, as error messages say them. */
const URI_FORMS = 'scheme://host[:port] with scheme http, https or milvus, or host:port';

function invalidUri(detail: string): InvalidError {
  return new InvalidError('uri', `Invalid URI: ${detail}`);
}

/**
 * Splits an explicit port off the authority before `URL` sees it: `URL` refuses ports
 * above 65535 (the caller should hear that the port is out of range, from the option
 * table's own check) and drops a port equal to the scheme's default (80, 443), which
 * would then read as milvex's defaults instead.
 */
function takePort(uri: string): { rest: string; port: number | undefined } {
  const match = /^([a-z][a-z\d+.-]*:\/\/(?:[^/?#]*@)?(?:\[[^\]]*\]|[^:/?#[\]@]*)):(\d+)(?=[/?#]|$)/i.exec(uri);
  if (match?.[1] === undefined || match[2] === undefined) return { rest: uri, port: undefined };
  return { rest: uri.slice(0, match[1].length) + uri.slice(match[0].length), port: Number(match[2]) };
}

function parseUrl(uri: string): { url: URL; port: number | undefined } {
  const { rest, port } = takePort(uri.trim());
  let url: URL;
  try {
    url = new URL(rest);
  } catch {
    throw invalidUri(`expected ${URI_FORMS}`);
  }
  if (SCHEMES[url.protocol] === undefined) {
    throw invalidUri(`expected scheme http, https or milvus, got "${url.protocol.replace(/:$/, '')}"`);
  }
  if (url.hostname === '') throw invalidUri('the host is empty');
  return { url, port };
}

function hostnameOf(url: URL): string {
  // IPv6 literals come bracketed; the config holds the bare address.
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function decode(part: string, field: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new InvalidError(field, `Invalid URI: the ${field} is not valid percent-encoding`);
  }
}

/**
 * Parses a Milvus URI into options (not yet validated: `parseConfig` does that).
 *
 * Besides `scheme://` URIs it takes the official SDK's `address` form, `host:port`
 * (`localhost:19530`, `10.0.0.5:19530`, `[::1]:19530`): plain, no TLS, no credentials.
 *
 * ## Example
 * ```ts
 * const { host, port, ssl, database, timeout } = parseUri('milvus://db.local:19531/shop?timeout=60000');
 * console.log(host, port, ssl, database, timeout);
 * // Output: db.local 19531 false shop 60000
 * ```
 *
 * @param uri - `http://`, `https://` (ssl, port 443 by default) or `milvus://` URI; user and
 *   password in the authority, the database as the path, `timeout`, `token` and `database`
 *   as query parameters. Or `host[:port]`.
 * @returns the options the URI names
 * @throws InvalidError with field `uri` (or the query parameter's name) when malformed
 */
export function parseUri(uri: string): UriOptions {
  if (typeof uri !== 'string' || uri.trim() === '') throw invalidUri('expected a non-empty string');
  const text = uri.trim();
  return text.includes('://') ? parseSchemeUri(text) : parseAddress(text);
}

/** The scheme-less `host[:port]` form. */
function parseAddress(text: string): UriOptions {
  if (holdsCredentials(text)) throw credentialsInAddress('uri', 'Invalid URI');
  const address = splitAddress(text);
  if (address === undefined) {
    const ipv6 = text.split(':').length > 2 && !text.startsWith('[');
    throw invalidUri(ipv6 ? 'an IPv6 address goes in brackets: [address]:port' : `expected ${URI_FORMS}`);
  }
  const options: UriOptions = { host: address.host.replace(/^\[(.*)\]$/, '$1'), ssl: false };
  if (address.port !== undefined) options.port = address.port;
  return options;
}

function parseSchemeUri(text: string): UriOptions {
  const { url, port } = parseUrl(text);
  const options: UriOptions = { host: hostnameOf(url), ssl: SCHEMES[url.protocol]?.ssl ?? false };
  if (port !== undefined) options.port = port;
  if (url.username !== '') options.user = decode(url.username, 'user');
  if (url.password !== '') options.password = decode(url.password, 'password');
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  if (path.includes('/')) throw invalidUri('the path names one database, e.g. /shop');
  if (path !== '') options.database = decode(path, 'database');
  for (const [key, value] of url.searchParams) {
    if (!(QUERY_PARAMETERS as readonly string[]).includes(key)) {
      throw new InvalidError(key, `Invalid URI: unknown query parameter "${key}"; ${knownNames(key, QUERY_PARAMETERS, 'parameters')}`);
    }
    if (key === 'timeout') {
      options.timeout = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    } else {
      options[key as 'token' | 'database'] = value;
    }
  }
  if (url.hash !== '') throw invalidUri('a fragment (#...) is not allowed');
  return options;
}

/**
 * Splits a `host` given in URL form (`https://h:p`) into host, port and ssl, leaving any
 * of those the caller gave explicitly untouched.
 *
 * @param host - the URL-form host option
 * @param explicit - the options as given
 * @returns the host, port and ssl the URL implies, minus those given explicitly
 * @throws InvalidError with field `host` when it is not an http(s) URL
 */
export function splitHostUrl(host: string, explicit: Readonly<Record<string, unknown>>): Record<string, unknown> {
  let parsed: ReturnType<typeof parseUrl>;
  try {
    parsed = parseUrl(host);
  } catch {
    throw new InvalidError('host', 'Invalid option "host": expected a host name, or http(s)://host[:port]');
  }
  const { url, port } = parsed;
  if (url.pathname.replace(/\/+$/, '') !== '' || url.search !== '' || url.username !== '') {
    throw new InvalidError('host', 'Invalid option "host": a host URL holds only scheme, host and port');
  }
  const parts: Record<string, unknown> = { host: hostnameOf(url) };
  if (port !== undefined && explicit['port'] === undefined) parts['port'] = port;
  if (explicit['ssl'] === undefined) parts['ssl'] = SCHEMES[url.protocol]?.ssl ?? false;
  return parts;
}
