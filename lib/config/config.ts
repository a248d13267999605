/**
 * Connection options: one table (`OPTIONS`) from which the {@link Config} type, the
 * defaults, the validation and the README table all come. `parseConfig` turns options or a
 * URI into a frozen `Config` whose secrets never show in `util.inspect`, `JSON.stringify`
 * or `String()`.
 *
 * Pure: no I/O, no grpc-js. TLS material is checked by OpenSSL in memory (`pem.ts`).
 *
 * @packageDocumentation
 */
import { inspect } from 'node:util';
import { InvalidError } from '../errors.js';
import {
  type GivenValues,
  type OptionSpec,
  choice,
  decimal,
  flag,
  integer,
  isPlainObject,
  optionalText,
  reject,
  rejectUnknownKeys,
  structured,
  text,
} from './option-builders.js';
import { MAX_TIMER_MS } from '../time/deadline.js';
import { HOST_ALLOWED, credentialsInAddress, holdsCredentials, parseHost } from './address.js';
import { hostAddresses, hostPort, parseHosts } from './hosts.js';
import { checkCertificates, checkKeyPair, checkPrivateKey } from './pem.js';
import { parseUri, splitHostUrl } from './uri.js';

/** What secrets read as wherever a config is shown. */
export const REDACTED = '[REDACTED]';

/**
 * A pino-style logger. milvex logs lifecycle events at `debug` (attempts), `info`
 * (connected, closed) and `warn` (lost, retry); every level is optional. Log payloads never
 * hold a secret.
 */
export interface Logger {
  debug?(payload: Record<string, unknown>, message: string): void;
  info?(payload: Record<string, unknown>, message: string): void;
  warn?(payload: Record<string, unknown>, message: string): void;
  error?(payload: Record<string, unknown>, message: string): void;
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * TLS material as a caller may give it: PEM text or bytes. It is parsed when the options
 * are, so junk is an `InvalidError` at start rather than a failure of every attempt.
 */
export interface TlsOptions {
  /** CA certificates (PEM, one or more) that the server certificate must chain to; system roots when absent. */
  rootCerts?: string | Buffer;
  /** The client's private key (unencrypted PEM), for mutual TLS; a secret. It must be the key of the first certificate of `certChain`. */
  privateKey?: string | Buffer;
  /** The client's certificate chain (PEM), for mutual TLS. */
  certChain?: string | Buffer;
  /** The name to check the server certificate against, instead of `host`: a host name or IP address. */
  serverName?: string;
}

/** TLS material in a parsed `Config`. */
export interface TlsConfig {
  readonly rootCerts?: Buffer;
  readonly privateKey?: Buffer;
  readonly certChain?: Buffer;
  readonly serverName?: string;
}

/** grpc-js channel options, merged over milvex's own. */
export type ChannelOptions = Readonly<Record<string, string | number>>;

const TLS_KEYS = ['rootCerts', 'privateKey', 'certChain', 'serverName'] as const;

function parseTls(value: unknown, field: string): TlsConfig {
  if (!isPlainObject(value)) return reject(field, `an object with ${TLS_KEYS.join(', ')}`, value);
  rejectUnknownKeys(value, TLS_KEYS, field);
  const tls: Record<string, Buffer | string> = {};
  for (const key of TLS_KEYS) {
    const item = value[key];
    if (item === undefined) continue;
    const secret = key === 'privateKey';
    if (key === 'serverName') {
      tls[key] =
        typeof item === 'string' && item !== ''
          ? checkHost(item, `${field}.${key}`, HOST_ALLOWED)
          : reject(`${field}.${key}`, 'a non-empty string', item);
    } else if (typeof item === 'string' || Buffer.isBuffer(item)) {
      const pem = Buffer.from(item);
      (secret ? checkPrivateKey : checkCertificates)(pem, `${field}.${key}`);
      tls[key] = pem;
    } else {
      reject(`${field}.${key}`, 'PEM text as a string or Buffer', item, secret);
    }
  }
  return Object.freeze(tls);
}

/**
 * Checks a host (see `address.ts`). A value holding `user:password@` is refused without
 * being shown.
 */
function checkHost(value: string, field: string, allowed: string): string {
  if (holdsCredentials(value)) throw credentialsInAddress(field);
  return parseHost(value) ?? reject(field, allowed, value);
}

const HOST_OPTION_ALLOWED = `${HOST_ALLOWED} (no port: that goes in "port"), or http(s)://host[:port]`;

// Milvus's own rule for database names (the proxy's ValidateDatabaseName), with its default
// name length limit (proxy.maxNameLength, 255). The name travels as `dbname` metadata, and
// this keeps it printable ASCII as gRPC metadata values must be.
const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;
const DATABASE_ALLOWED = 'a Milvus database name: letters, digits and _, not starting with a digit, at most 255 characters';

function checkDatabase(value: string, field: string): string {
  return DATABASE_NAME.test(value) ? value : reject(field, DATABASE_ALLOWED, value);
}

function parseChannelOptions(value: unknown, field: string): ChannelOptions {
  if (!isPlainObject(value)) return reject(field, 'an object of grpc-js channel options', value);
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && !(typeof item === 'number' && Number.isFinite(item))) {
      reject(`${field}.${key}`, 'a string or a finite number', item);
    }
  }
  return Object.freeze({ ...(value as Record<string, string | number>) });
}

function parseLogger(value: unknown, field: string): Logger {
  const allowed = `an object with any of the functions ${LOG_LEVELS.join(', ')}`;
  if (typeof value !== 'object' || value === null) return reject(field, allowed, value);
  const levels = value as Record<string, unknown>;
  const present = LOG_LEVELS.filter((level) => levels[level] !== undefined);
  if (present.length === 0 || present.some((level) => typeof levels[level] !== 'function')) {
    return reject(field, allowed, value);
  }
  return value;
}

/**
 * The option table. Each entry documents its option once; the `Config` type, defaults,
 * validation and the README table are derived from it.
 */
export const OPTIONS = {
  /**
   * Milvus host: a DNS name, an IPv4 address or an IPv6 address (brackets optional), without
   * a port; `http://h:p` and `https://h:p` forms set `port` and `ssl` too. @default "localhost"
   */
  host: text({
    description: 'Milvus host name or address; `http://h:p` / `https://h:p` also set port and ssl',
    default: 'localhost',
    allowed: 'host name, IPv4 or IPv6 address (no port), or `http(s)://host[:port]`',
    check: (value, field) => checkHost(value, field, HOST_OPTION_ALLOWED),
  }),
  /** Milvus port. @default 19530, or 443 when `ssl` */
  port: integer({
    description: 'Milvus port',
    min: 1,
    max: 65535,
    default: (given: GivenValues) => (given['ssl'] === true ? 443 : 19530),
    defaultText: '19530, or 443 when ssl',
  }),
  /**
   * The database; sent as `dbname` metadata when it is not `default`. Letters, digits and
   * `_`, not starting with a digit, at most 255 characters (Milvus's rule). @default "default"
   */
  database: text({
    description: 'Database, sent as `dbname` metadata',
    default: 'default',
    allowed: 'letters, digits, `_`; not first a digit; <= 255 chars',
    check: checkDatabase,
  }),
  /** User name for `user:password` authentication. */
  user: optionalText({ description: 'User name for user:password authentication' }),
  /** Password for `user:password` authentication; never shown. */
  password: optionalText({ description: 'Password (requires user; never shown)', secret: true }),
  /** API token; wins over `user`/`password`; never shown. */
  token: optionalText({ description: 'API token, wins over user:password (never shown)', secret: true }),
  /** Deadline of each call, in milliseconds. @default 30000 */
  timeout: integer({ description: 'Deadline of each call (ms)', min: 1000, max: MAX_TIMER_MS, unit: 'ms', default: 30_000 }),
  /** Use TLS. @default false (true for `https` URIs) */
  ssl: flag({ description: 'Use TLS', default: false, defaultText: 'false (true for https URIs)' }),
  /** TLS material: CA, client certificate and key (mutual TLS), server name override. */
  tls: structured<TlsConfig, TlsOptions>({
    description: 'TLS material: `rootCerts`, `privateKey`, `certChain`, `serverName` (implies ssl)',
    allowed: 'object; PEM that parses, key matching chain',
    parse: parseTls,
  }),
  /** First reconnect delay, in milliseconds. @default 1000 */
  reconnectBaseDelay: integer({ description: 'First reconnect delay (ms)', min: 100, max: 60_000, unit: 'ms', default: 1000 }),
  /** Largest reconnect delay, in milliseconds; at least `reconnectBaseDelay`. @default 60000 */
  reconnectMaxDelay: integer({
    description: 'Largest reconnect delay (ms), >= reconnectBaseDelay',
    min: 1000,
    max: 300_000,
    unit: 'ms',
    default: 60_000,
  }),
  /** Growth of the delay from one failed attempt to the next. @default 2 */
  reconnectMultiplier: decimal({ description: 'Growth of the delay per failed attempt', min: 1, max: 10, default: 2 }),
  /** Random spread of each delay, as a fraction of it (0.1 = ±10 %). @default 0.1 */
  reconnectJitter: decimal({ description: 'Random spread of each delay (0.1 = ±10 %)', min: 0, max: 1, default: 0.1 }),
  /** Bound on one connection attempt (transport READY plus handshake), in milliseconds. @default 10000 */
  connectTimeout: integer({
    description: 'Bound on one attempt: transport READY plus handshake (ms)',
    min: 100,
    max: MAX_TIMER_MS,
    unit: 'ms',
    default: 10_000,
  }),
  /** Interval of HTTP/2 keepalive pings, in milliseconds; Milvus refuses pings more often than every 5 s. @default 10000 */
  keepaliveTime: integer({
    description: 'Keepalive ping interval (ms); Milvus refuses faster pings',
    min: 5000,
    max: MAX_TIMER_MS,
    unit: 'ms',
    default: 10_000,
  }),
  /** How long a keepalive ping may go unanswered before the transport counts as lost, in milliseconds. @default 5000 */
  keepaliveTimeout: integer({ description: 'Keepalive ping answer deadline (ms)', min: 100, max: MAX_TIMER_MS, unit: 'ms', default: 5000 }),
  /** Do the Milvus `Connect` handshake; `false` makes a READY transport enough. @default true */
  handshake: flag({ description: 'Do the Milvus Connect handshake (false: READY transport is enough)', default: true }),
  /** grpc-js channel options, merged last over milvex's own. @default {} */
  channelOptions: {
    description: 'grpc-js channel options, merged last',
    defaultText: '`{}`',
    allowed: 'object',
    secret: false,
    parse: parseChannelOptions,
    defaultOf: (): ChannelOptions => Object.freeze({}),
  } as OptionSpec<ChannelOptions>,
  /** Independent connections (each its own TCP connection) that calls are spread over, round-robin. @default 1 */
  poolSize: integer({ description: 'Independent connections, each its own TCP connection; calls go round-robin', min: 1, max: 128, default: 1 }),
  /** Replace each channel before it is this old (ms): a new one is connected first, the old one drains. @default Infinity */
  channelMaxAge: integer({
    description: 'Replace each channel before this age (ms): new one connected first, old one drains 2 x timeout',
    min: 1000,
    max: MAX_TIMER_MS,
    unit: 'ms',
    orInfinity: true,
    default: Infinity,
    defaultText: '`Infinity` (never)',
  }),
  /** Random share taken off each channel's age, so that channels are not all replaced at once. @default 0.2 */
  channelMaxAgeJitter: decimal({ description: 'Each replacement comes at channelMaxAge x (1 - jitter x random)', min: 0, max: 1, default: 0.2 }),
  /** Several addresses (`h:p`, `[v6]:p`, `dns:name:p`) behind one load-balanced channel; replaces `host`. */
  hosts: structured<readonly string[], readonly string[]>({
    description: 'Several addresses behind one channel (`h1:19530`, `[::1]:19530`, `dns:name:19530`); replaces host',
    allowed: 'array of 1..64 addresses',
    parse: parseHosts,
  }),
  /** How a `hosts` channel uses its addresses: `pick_first` fails over in order, `round_robin` spreads calls. @default "pick_first" */
  loadBalancing: choice({
    description: 'With hosts: `pick_first` fails over in order, `round_robin` spreads calls over all',
    values: ['pick_first', 'round_robin'] as const,
    default: 'pick_first',
  }),
  /** A pino-style logger (`debug`, `info`, `warn`, `error`); silent when absent. */
  logger: structured<Logger, Logger>({
    description: 'pino-style logger (debug/info/warn/error); silent when absent',
    allowed: 'object',
    parse: parseLogger,
  }),
} as const;

/**
 * A parsed, validated, frozen configuration: every option of `OPTIONS` with its
 * default applied (each is described in the README's option table). Secrets read
 * `[REDACTED]` wherever the config is shown.
 *
 * Written out rather than mapped over `OPTIONS`, so that the published declarations show
 * each option; `spec/config/config.spec.ts` fails to compile when it differs from what the
 * table parses to.
 */
export type Config = {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly token: string | undefined;
  readonly timeout: number;
  readonly ssl: boolean;
  readonly tls: TlsConfig | undefined;
  readonly reconnectBaseDelay: number;
  readonly reconnectMaxDelay: number;
  readonly reconnectMultiplier: number;
  readonly reconnectJitter: number;
  readonly connectTimeout: number;
  readonly keepaliveTime: number;
  readonly keepaliveTimeout: number;
  readonly handshake: boolean;
  readonly channelOptions: ChannelOptions;
  readonly poolSize: number;
  readonly channelMaxAge: number;
  readonly channelMaxAgeJitter: number;
  readonly hosts: readonly string[] | undefined;
  readonly loadBalancing: 'pick_first' | 'round_robin';
  readonly logger: Logger | undefined;
};

/** Options as a caller gives them: every option optional (written out as {@link Config} is). */
export type MilvexOptions = {
  host?: string | undefined;
  port?: number | undefined;
  database?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  token?: string | undefined;
  timeout?: number | undefined;
  ssl?: boolean | undefined;
  tls?: TlsOptions | undefined;
  reconnectBaseDelay?: number | undefined;
  reconnectMaxDelay?: number | undefined;
  reconnectMultiplier?: number | undefined;
  reconnectJitter?: number | undefined;
  connectTimeout?: number | undefined;
  keepaliveTime?: number | undefined;
  keepaliveTimeout?: number | undefined;
  handshake?: boolean | undefined;
  channelOptions?: ChannelOptions | undefined;
  poolSize?: number | undefined;
  channelMaxAge?: number | undefined;
  channelMaxAgeJitter?: number | undefined;
  hosts?: readonly string[] | undefined;
  loadBalancing?: 'pick_first' | 'round_robin' | undefined;
  logger?: Logger | undefined;
};

/** The names of all options. */
export type OptionName = keyof Config;

const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

/** Secrets replaced by `[REDACTED]`: what a config shows of itself. */
function redactedView(config: Config): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    const value = config[name];
    view[name] = OPTIONS[name].secret && value !== undefined ? REDACTED : value;
  }
  if (config.tls?.privateKey !== undefined) view['tls'] = { ...config.tls, privateKey: REDACTED };
  if (config.logger !== undefined) view['logger'] = '[Logger]';
  return view;
}

/** Makes every way of showing the config hide its secrets. */
function sealConfig(values: Record<string, unknown>): Config {
  const config = values as Config;
  const hidden = { enumerable: false, writable: false, configurable: false } as const;
  Object.defineProperties(config, {
    toJSON: { ...hidden, value: () => redactedView(config) },
    toString: { ...hidden, value: () => `Config ${JSON.stringify(redactedView(config))}` },
    [inspect.custom]: {
      ...hidden,
      value: (_depth: number, options: object) => `Config ${inspect(redactedView(config), options)}`,
    },
  });
  return Object.freeze(config);
}

/**
 * Parses and validates options or a URI into a frozen {@link Config}.
 *
 * Every value is checked here, so that a bad one fails at start instead of every connection
 * attempt: hosts (see `address.ts`), the database name (Milvus's rule), TLS PEM (parsed,
 * key matching chain). Unknown option names are rejected with the nearest known one, so a
 * typo is never silently ignored. A `host` in URL form (`https://h:p`) fills `port` and
 * `ssl` where they are not given; `tls` implies `ssl`. Messages never show a secret.
 *
 * ## Example
 * ```ts
 * const config = parseConfig('https://root:secret@milvus.example.com/shop');
 * console.log(config.host, config.port, config.ssl, config.database);
 * // Shown whole, the config redacts its secrets; the field itself holds the value, to be sent.
 * console.log(String(config).includes('secret'), config.password);
 * console.log(parseConfig('localhost:19530').port);
 * // Output:
 * // milvus.example.com 443 true shop
 * // false secret
 * // 19530
 * ```
 *
 * @param optionsOrUri - options, or a URI such as `http://host:19530` or `milvus://host?token=t`
 * @returns the frozen configuration
 * @throws InvalidError naming the field, for any value outside what is allowed
 */
export function parseConfig(optionsOrUri: MilvexOptions | string = {}): Config {
  const options: Record<string, unknown> = typeof optionsOrUri === 'string' ? { ...parseUri(optionsOrUri) } : checkOptionsObject(optionsOrUri);
  rejectUnknownKeys(options, OPTION_NAMES, '');
  if (typeof options['host'] === 'string' && options['host'].includes('://')) {
    Object.assign(options, splitHostUrl(options['host'], options));
  }
  const given: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    if (options[name] !== undefined) given[name] = OPTIONS[name].parse(options[name], name);
  }
  if (given['tls'] !== undefined && given['ssl'] === undefined) given['ssl'] = true;
  const values: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    values[name] = name in given ? given[name] : OPTIONS[name].defaultOf(given);
  }
  if (given['hosts'] !== undefined) takeFirstHost(values, given);
  checkCrossFieldRules(values as Config);
  return sealConfig(values);
}

function checkOptionsObject(value: unknown): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw new InvalidError('options', 'Invalid options: expected an options object or a URI string');
  }
  return { ...value };
}

/**
 * Writes every `hosts` entry as `host:port` (`port` given beside `hosts` is the port of
 * entries that name none); then `host` and `port` name the first address, which errors
 * and `util.inspect` show.
 */
function takeFirstHost(values: Record<string, unknown>, given: Record<string, unknown>): void {
  if (given['host'] !== undefined) {
    throw new InvalidError('hosts', 'Invalid option "hosts": give either "host" or "hosts", not both');
  }
  const addresses = hostAddresses(values['hosts'] as readonly string[], values['port'] as number);
  values['hosts'] = Object.freeze(addresses.map(hostPort));
  const [first] = addresses;
  if (first === undefined) return;
  values['host'] = first.host;
  values['port'] = first.port;
}

function checkCrossFieldRules(config: Config): void {
  if (config.reconnectMaxDelay < config.reconnectBaseDelay) {
    throw new InvalidError(
      'reconnectMaxDelay',
      `Invalid option "reconnectMaxDelay": expected an integer >= reconnectBaseDelay (${config.reconnectBaseDelay}), got ${config.reconnectMaxDelay}`,
    );
  }
  if (config.password !== undefined && config.user === undefined) {
    throw new InvalidError('password', 'Invalid option "password": a password needs a "user"');
  }
  if (config.tls !== undefined && !config.ssl) {
    throw new InvalidError('ssl', 'Invalid option "ssl": "tls" material needs ssl, got false');
  }
  const { privateKey, certChain } = config.tls ?? {};
  if ((privateKey === undefined) !== (certChain === undefined)) {
    throw new InvalidError('tls', 'Invalid option "tls": "privateKey" and "certChain" go together for mutual TLS');
  }
  if (privateKey !== undefined && certChain !== undefined) checkKeyPair(privateKey, certChain, 'tls');
}

export { parseUri };
