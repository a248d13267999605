/**
 * The `hosts` option: several Milvus addresses behind one channel. Each entry is
 * `host[:port]`, `[ipv6][:port]`, or a `dns:` name (`dns:name[:port]`, `dns:///name[:port]`)
 * whose every address record is used. An entry without a port takes the `port` option.
 * Hosts follow the rules of `address.ts`.
 *
 * Pure: no I/O.
 */
import { HOST_ALLOWED, credentialsInAddress, holdsCredentials, parseHost, splitAddress } from './address.js';
import { reject } from './option-builders.js';

/** One address of the `hosts` list, its port filled in. */
export interface HostAddress {
  /** Host name or IP address (IPv6 without brackets). */
  readonly host: string;
  /** TCP port. */
  readonly port: number;
}

/** The most entries a `hosts` list may hold. */
export const MAX_HOSTS = 64;

const ENTRY_ALLOWED = `host[:port], [ipv6][:port] or dns:name[:port] (host: ${HOST_ALLOWED}; port: 1..65535)`;

/** Splits one entry into host and optional port; `undefined` when it is malformed. */
function splitEntry(entry: string): { host: string; port: number | undefined } | undefined {
  const split = splitAddress(entry.replace(/^dns:(\/\/\/)?/, ''));
  const host = split === undefined ? undefined : parseHost(split.host);
  if (split === undefined || host === undefined) return undefined;
  if (split.port !== undefined && (split.port < 1 || split.port > 65535)) return undefined;
  return { host, port: split.port };
}

/**
 * Checks a `hosts` value.
 *
 * @param value - what the caller gave
 * @param field - the option name, for errors
 * @returns the entries, frozen
 * @throws InvalidError naming the entry (`hosts[1]`) that is malformed; an entry holding
 *   credentials (`user:password@`) is not repeated in the message
 */
export function parseHosts(value: unknown, field: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_HOSTS) {
    return reject(field, `an array of 1 to ${MAX_HOSTS} addresses (${ENTRY_ALLOWED})`, value);
  }
  const entries = value.map((entry: unknown, index) => {
    const item = typeof entry === 'string' ? entry : undefined;
    if (item !== undefined && holdsCredentials(item)) throw credentialsInAddress(`${field}[${index}]`);
    if (item === undefined || splitEntry(item) === undefined) return reject(`${field}[${index}]`, ENTRY_ALLOWED, entry);
    return item;
  });
  return Object.freeze(entries);
}

/**
 * The addresses of a `hosts` list, each with its port (the entry's, else `defaultPort`).
 *
 * @param hosts - entries that passed {@link parseHosts}
 * @param defaultPort - the port of entries that name none
 * @returns the addresses, in the list's order
 */
export function hostAddresses(hosts: readonly string[], defaultPort: number): HostAddress[] {
  return hosts.map((entry) => {
    const split = splitEntry(entry);
    if (split === undefined) throw new TypeError(`not a checked hosts entry: ${entry}`);
    return { host: split.host, port: split.port ?? defaultPort };
  });
}

/** `host:port`, bracketing IPv6 literals. */
export function hostPort(address: HostAddress): string {
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return `${host}:${address.port}`;
}
