import { generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { expect } from 'chai';
import { generate } from 'selfsigned';
import { type Config, type MilvexOptions, OPTIONS, parseConfig, parseUri } from '../../lib/config/config.js';
import type { OptionSpec } from '../../lib/config/option-builders.js';
import { Connection } from '../../lib/connection/connection.js';
import { InvalidError } from '../../lib/errors.js';
import { server, track } from '../support/live.js';

type Input = MilvexOptions | string | Record<string, unknown>;

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Table = typeof OPTIONS;

const logger = { info: () => undefined };

/** Real PEM material: two unrelated self-signed pairs, and a key under a passphrase. */
const [PAIR, OTHER] = await Promise.all(['a', 'b'].map((name) => generate([{ name: 'commonName', value: name }], { keySize: 2048 })));
if (PAIR === undefined || OTHER === undefined) throw new Error('no PEM pairs');
const ENCRYPTED_KEY = generateKeyPairSync('ec', {
  namedCurve: 'P-256',
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;
// One base64 character of the body changed into one that base64 does not have.
const MANGLED_CERT = PAIR.cert.replace(/\n[A-Za-z0-9]/, '\n!');

/** Each row: what is given, the field the error must name. */
const INVALID: ReadonlyArray<[string, Input, string]> = [
  ['empty host', { host: '' }, 'host'],
  ['blank host', { host: '   ' }, 'host'],
  ['numeric host', { host: 12 }, 'host'],
  ['host URL of another scheme', { host: 'ftp://x:1' }, 'host'],
  ['host URL with a path', { host: 'http://x:1/db' }, 'host'],
  ['port 0', { port: 0 }, 'port'],
  ['port 65536', { port: 65536 }, 'port'],
  ['fractional port', { port: 19530.5 }, 'port'],
  ['port as string', { port: '19530' }, 'port'],
  ['host with a space', { host: 'a b' }, 'host'],
  ['host with a line feed', { host: 'x\nevil' }, 'host'],
  ['host with a trailing space', { host: '127.0.0.1 ' }, 'host'],
  ['host a unix socket path', { host: 'unix:/tmp/x' }, 'host'],
  ['host with a port glued on', { host: 'localhost:19530' }, 'host'],
  ['host with an empty label', { host: 'a..b' }, 'host'],
  ['host label starting with a dash', { host: '-milvus' }, 'host'],
  ['host label of 64 characters', { host: `${'a'.repeat(64)}.com` }, 'host'],
  ['host name of 254 characters', { host: Array.from({ length: 51 }, () => 'abcd').join('.') }, 'host'],
  ['host IPv4 out of range', { host: '256.1.1.1' }, 'host'],
  ['host of digits and dots', { host: '127.1' }, 'host'],
  ['host with non-ASCII letters', { host: 'münchen.de' }, 'host'],
  ['host IPv4 in brackets', { host: '[10.0.0.1]' }, 'host'],
  ['host with an open bracket', { host: '[::1' }, 'host'],
  ['host with credentials', { host: 'root:pw@h' }, 'host'],
  ['tls serverName with a space', { tls: { serverName: 'a b' } }, 'tls.serverName'],
  ['empty database', { database: '' }, 'database'],
  ['database with CR LF', { database: 'shop\r\nx-evil: 1' }, 'database'],
  ['database with a control character', { database: 'sh\u0007op' }, 'database'],
  ['database with non-ASCII letters', { database: 'café' }, 'database'],
  ['database starting with a digit', { database: '1shop' }, 'database'],
  ['database with a dash', { database: 'my-shop' }, 'database'],
  ['database of 256 characters', { database: 'd'.repeat(256) }, 'database'],
  ['database from a URI path with a line feed', 'http://h/shop%0A', 'database'],
  ['user not a string', { user: 42 }, 'user'],
  ['password not a string', { user: 'u', password: 42 }, 'password'],
  ['password without user', { password: 'p' }, 'password'],
  ['token not a string', { token: {} }, 'token'],
  ['timeout below 1000', { timeout: 999 }, 'timeout'],
  ['timeout NaN', { timeout: Number.NaN }, 'timeout'],
  ['timeout Infinity', { timeout: Number.POSITIVE_INFINITY }, 'timeout'],
  ['fractional timeout', { timeout: 1500.5 }, 'timeout'],
  ['ssl as string', { ssl: 'yes' }, 'ssl'],
  ['base delay below 100', { reconnectBaseDelay: 99 }, 'reconnectBaseDelay'],
  ['base delay above 60000', { reconnectBaseDelay: 60001 }, 'reconnectBaseDelay'],
  ['fractional base delay', { reconnectBaseDelay: 100.1 }, 'reconnectBaseDelay'],
  ['max delay below 1000', { reconnectMaxDelay: 999 }, 'reconnectMaxDelay'],
  ['max delay above 300000', { reconnectMaxDelay: 300001 }, 'reconnectMaxDelay'],
  ['max delay below base', { reconnectBaseDelay: 5000, reconnectMaxDelay: 2000 }, 'reconnectMaxDelay'],
  ['multiplier below 1', { reconnectMultiplier: 0.5 }, 'reconnectMultiplier'],
  ['multiplier above 10', { reconnectMultiplier: 11 }, 'reconnectMultiplier'],
  ['multiplier NaN', { reconnectMultiplier: Number.NaN }, 'reconnectMultiplier'],
  ['jitter below 0', { reconnectJitter: -0.1 }, 'reconnectJitter'],
  ['jitter above 1', { reconnectJitter: 1.5 }, 'reconnectJitter'],
  ['connectTimeout below 100', { connectTimeout: 50 }, 'connectTimeout'],
  ['keepaliveTime below 5000', { keepaliveTime: 1000 }, 'keepaliveTime'],
  ['keepaliveTimeout 0', { keepaliveTimeout: 0 }, 'keepaliveTimeout'],
  ['handshake as number', { handshake: 1 }, 'handshake'],
  ['channelOptions not an object', { channelOptions: 'x' }, 'channelOptions'],
  ['channelOptions with an object value', { channelOptions: { 'grpc.x': {} } }, 'channelOptions.grpc.x'],
  ['logger without levels', { logger: {} }, 'logger'],
  ['logger with a non-function level', { logger: { info: 'x' } }, 'logger'],
  ['tls not an object', { tls: true }, 'tls'],
  ['tls with an unknown key', { tls: { ca: 'x' } }, 'tls.ca'],
  ['tls rootCerts a number', { tls: { rootCerts: 1 } }, 'tls.rootCerts'],
  ['tls rootCerts not PEM', { tls: { rootCerts: 'junk' } }, 'tls.rootCerts'],
  ['tls rootCerts with a broken certificate', { tls: { rootCerts: PAIR.cert + MANGLED_CERT } }, 'tls.rootCerts'],
  ['tls rootCerts holding only a key', { tls: { rootCerts: PAIR.private } }, 'tls.rootCerts'],
  ['tls certChain not PEM', { tls: { certChain: 'junk', privateKey: PAIR.private } }, 'tls.certChain'],
  ['tls privateKey not PEM', { tls: { privateKey: 'junk', certChain: PAIR.cert } }, 'tls.privateKey'],
  ['tls privateKey a certificate', { tls: { privateKey: PAIR.cert, certChain: PAIR.cert } }, 'tls.privateKey'],
  ['tls privateKey encrypted', { tls: { privateKey: ENCRYPTED_KEY, certChain: PAIR.cert } }, 'tls.privateKey'],
  ['tls privateKey of another certificate', { tls: { privateKey: OTHER.private, certChain: PAIR.cert } }, 'tls'],
  ['tls key without chain', { tls: { privateKey: PAIR.private } }, 'tls'],
  ['tls with ssl false', { tls: { rootCerts: PAIR.cert }, ssl: false }, 'ssl'],
  ['poolSize 0', { poolSize: 0 }, 'poolSize'],
  ['poolSize 129', { poolSize: 129 }, 'poolSize'],
  ['fractional poolSize', { poolSize: 2.5 }, 'poolSize'],
  ['channelMaxAge below 1000', { channelMaxAge: 999 }, 'channelMaxAge'],
  ['channelMaxAge negative infinity', { channelMaxAge: Number.NEGATIVE_INFINITY }, 'channelMaxAge'],
  ['channelMaxAge NaN', { channelMaxAge: Number.NaN }, 'channelMaxAge'],
  ['channelMaxAge as string', { channelMaxAge: '60000' }, 'channelMaxAge'],
  ['channelMaxAgeJitter above 1', { channelMaxAgeJitter: 1.5 }, 'channelMaxAgeJitter'],
  ['channelMaxAgeJitter below 0', { channelMaxAgeJitter: -0.2 }, 'channelMaxAgeJitter'],
  ['hosts empty', { hosts: [] }, 'hosts'],
  ['hosts a string', { hosts: 'h1:19530,h2:19530' }, 'hosts'],
  ['hosts with 65 entries', { hosts: Array.from({ length: 65 }, (_, i) => `h${i}:1`) }, 'hosts'],
  ['hosts entry with a space', { hosts: ['h1:19530', 'bad host:1'] }, 'hosts[1]'],
  ['hosts entry port 0', { hosts: ['h1:0'] }, 'hosts[0]'],
  ['hosts entry port 70000', { hosts: ['h1:70000'] }, 'hosts[0]'],
  ['hosts entry a number', { hosts: [19530] }, 'hosts[0]'],
  ['hosts entry bare IPv6', { hosts: ['::1:19530'] }, 'hosts[0]'],
  ['hosts entry with a scheme', { hosts: ['http://h1:19530'] }, 'hosts[0]'],
  ['hosts entry with a line feed', { hosts: ['x\nevil:1'] }, 'hosts[0]'],
  ['hosts entry with a trailing space', { hosts: ['127.0.0.1 '] }, 'hosts[0]'],
  ['hosts entry a unix socket path', { hosts: ['unix:/tmp/x'] }, 'hosts[0]'],
  ['hosts entry IPv4 out of range', { hosts: ['h1', '256.0.0.1:1'] }, 'hosts[1]'],
  ['hosts entry IPv4 in brackets', { hosts: ['[10.0.0.1]:1'] }, 'hosts[0]'],
  ['hosts entry with credentials', { hosts: ['root:pw@h1:1'] }, 'hosts[0]'],
  ['hosts and host together', { host: 'h0', hosts: ['h1:19530'] }, 'hosts'],
  ['loadBalancing unknown', { loadBalancing: 'random' }, 'loadBalancing'],
  ['unknown option (typo)', { hots: 'x' }, 'hots'],
  ['unknown option', { retries: 3 }, 'retries'],
  ['options a number', 42 as unknown as string, 'options'],
  ['options an array', [] as unknown as MilvexOptions, 'options'],
  ['empty URI', '', 'uri'],
  ['URI of another scheme', 'grpc://host:1', 'uri'],
  ['URI with a port out of range', 'http://host:99999', 'port'],
  ['URI with a port of 20 digits', 'https://u:p@host:19530000000000000000/db', 'port'],
  ['URI port 0', 'http://host:0', 'port'],
  ['URI with a port that is no number', 'http://host:abc', 'uri'],
  ['URI with a host name of a space', 'http://a b:1', 'uri'],
  ['address with a port out of range', 'localhost:99999', 'port'],
  ['address with a space in the host', 'a b:19530', 'host'],
  ['address a unix socket path', 'unix:/tmp/x', 'uri'],
  ['address an unbracketed IPv6', '::1:19530', 'uri'],
  ['address with credentials', 'root:pw@localhost:19530', 'uri'],
  ['address with a path', 'localhost:19530/db', 'uri'],
  ['address with an empty port', 'localhost:', 'uri'],
  ['URI with two path segments', 'http://host/a/b', 'uri'],
  ['URI with an unknown parameter', 'milvus://host?retries=3', 'retries'],
  ['URI with a bad timeout', 'milvus://host?timeout=abc', 'timeout'],
  ['URI with a low timeout', 'milvus://host?timeout=10', 'timeout'],
  ['URI with a fragment', 'http://host#x', 'uri'],
  ['URI with an empty token', 'milvus://host?token=', 'token'],
];

/** Each row: what is given, the fields of the config it must give. */
const VALID: ReadonlyArray<[string, Input, Record<string, unknown>]> = [
  ['nothing', {}, { host: 'localhost', port: 19530, database: 'default', ssl: false, timeout: 30000 }],
  ['host and port', { host: 'milvus.local', port: 19531 }, { host: 'milvus.local', port: 19531 }],
  ['host a container name with _', { host: 'milvus_standalone' }, { host: 'milvus_standalone' }],
  ['host a fully qualified name with a trailing dot', { host: 'Milvus.Example.COM.' }, { host: 'Milvus.Example.COM.' }],
  ['host a punycode name', { host: 'xn--mnchen-3ya.de' }, { host: 'xn--mnchen-3ya.de' }],
  ['host a name of 253 characters', { host: `${Array.from({ length: 50 }, () => 'abcd').join('.')}.xyz` }, { port: 19530 }],
  ['host IPv4', { host: '10.0.0.5' }, { host: '10.0.0.5' }],
  ['host IPv6', { host: '::1' }, { host: '::1' }],
  ['host IPv6 in brackets', { host: '[fe80::1]' }, { host: 'fe80::1' }],
  ['database with digits and _', { database: '_shop_2' }, { database: '_shop_2' }],
  ['database of 255 characters', { database: 'd'.repeat(255) }, { database: 'd'.repeat(255) }],
  ['ssl alone defaults port 443', { host: 'h', ssl: true }, { port: 443, ssl: true }],
  ['host as http URL', { host: 'http://h:1234' }, { host: 'h', port: 1234, ssl: false }],
  ['host as https URL', { host: 'https://h' }, { host: 'h', port: 443, ssl: true }],
  ['host URL with explicit port', { host: 'http://h:1', port: 2 }, { host: 'h', port: 2 }],
  ['credentials', { user: 'root', password: 'Milvus' }, { user: 'root', password: 'Milvus' }],
  ['token', { token: 'root:Milvus' }, { token: 'root:Milvus' }],
  ['delays at their bounds', { reconnectBaseDelay: 100, reconnectMaxDelay: 300000 }, { reconnectBaseDelay: 100, reconnectMaxDelay: 300000 }],
  ['base equal to max', { reconnectBaseDelay: 5000, reconnectMaxDelay: 5000 }, { reconnectMaxDelay: 5000 }],
  ['jitter 0 and multiplier 1', { reconnectJitter: 0, reconnectMultiplier: 1 }, { reconnectJitter: 0, reconnectMultiplier: 1 }],
  ['handshake off', { handshake: false }, { handshake: false }],
  ['tls implies ssl', { host: 'h', tls: { rootCerts: PAIR.cert, serverName: 'x' } }, { ssl: true, port: 443 }],
  ['tls CA bundle with comments', { tls: { rootCerts: `# first\n${PAIR.cert}\n# second\n${OTHER.cert}` } }, { ssl: true }],
  ['tls mutual, chain as a Buffer', { tls: { privateKey: PAIR.private, certChain: Buffer.from(PAIR.cert) } }, { ssl: true }],
  ['tls serverName an IP address', { tls: { serverName: '10.0.0.5' } }, { ssl: true }],
  ['channel options', { channelOptions: { 'grpc.max_send_message_length': 10 } }, { channelOptions: { 'grpc.max_send_message_length': 10 } }],
  ['a logger', { logger }, { logger }],
  ['http URI', 'http://localhost:19530', { host: 'localhost', port: 19530, ssl: false }],
  ['http URI on port 80', 'http://h:80', { port: 80 }],
  ['address host:port', 'localhost:19530', { host: 'localhost', port: 19530, ssl: false, user: undefined }],
  ['address IPv4:port', '10.0.0.5:19530', { host: '10.0.0.5', port: 19530, ssl: false }],
  ['address [IPv6]:port', '[::1]:19530', { host: '::1', port: 19530, ssl: false }],
  ['address without a port', 'milvus-standalone', { host: 'milvus-standalone', port: 19530 }],
  ['address with surrounding blanks', ' localhost:19531\n', { host: 'localhost', port: 19531 }],
  [
    'https URI with credentials and database',
    'https://root:p%40ss@h:443/shop',
    { host: 'h', port: 443, ssl: true, user: 'root', password: 'p@ss', database: 'shop' },
  ],
  ['https URI without port', 'https://h', { port: 443, ssl: true }],
  ['https URI with explicit 443', 'https://h:443', { port: 443 }],
  ['http URI without port', 'http://h', { port: 19530 }],
  ['milvus URI with parameters', 'milvus://h:19530?timeout=60000&token=abc', { timeout: 60000, token: 'abc' }],
  ['milvus URI with database parameter', 'milvus://h?database=shop', { database: 'shop' }],
  ['IPv6 URI', 'http://[::1]:19530', { host: '::1', port: 19530 }],
  ['URI with trailing slash', 'http://h:1/', { database: 'default' }],
  [
    'pool and recycling defaults',
    {},
    { poolSize: 1, channelMaxAge: Infinity, channelMaxAgeJitter: 0.2, hosts: undefined, loadBalancing: 'pick_first' },
  ],
  ['pool of 128', { poolSize: 128 }, { poolSize: 128 }],
  ['channelMaxAge at its bound, no jitter', { channelMaxAge: 1000, channelMaxAgeJitter: 0 }, { channelMaxAge: 1000, channelMaxAgeJitter: 0 }],
  ['channelMaxAge Infinity', { channelMaxAge: Infinity }, { channelMaxAge: Infinity }],
  [
    'hosts: ports filled in, host and port name the first',
    { hosts: ['h1:1', 'h2', 'dns:///h3:3', 'dns:h4'], port: 2 },
    { hosts: ['h1:1', 'h2:2', 'h3:3', 'h4:2'], host: 'h1', port: 1 },
  ],
  [
    'hosts with IPv4 and IPv6 literals',
    { hosts: ['10.0.0.1:19530', '[::1]:19531', '[fe80::1]'] },
    { hosts: ['10.0.0.1:19530', '[::1]:19531', '[fe80::1]:19530'], host: '10.0.0.1' },
  ],
  ['hosts over TLS default to 443', { hosts: ['a', 'b'], ssl: true }, { hosts: ['a:443', 'b:443'] }],
  ['round_robin', { hosts: ['a', 'b'], loadBalancing: 'round_robin' }, { loadBalancing: 'round_robin' }],
];

describe('parseConfig', () => {
  it('has Config and MilvexOptions as the option table parses and takes them (checked by the compiler)', () => {
    // Both are written out; a new, removed or retyped option makes these fail to compile.
    const configIsTheTable: Equal<Config, { readonly [K in keyof Table]: Table[K] extends OptionSpec<infer T, unknown> ? T : never }> = true;
    const optionsAreTheTable: Equal<
      MilvexOptions,
      { -readonly [K in keyof Table]?: (Table[K] extends OptionSpec<unknown, infer In> ? In : never) | undefined }
    > = true;
    expect([configIsTheTable, optionsAreTheTable]).to.deep.equal([true, true]);
  });

  describe('rejects bad input with an InvalidError naming the field', () => {
    for (const [title, input, field] of INVALID) {
      it(title, () => {
        let caught: unknown;
        try {
          parseConfig(input);
        } catch (error) {
          caught = error;
        }
        expect(caught).to.be.instanceOf(InvalidError);
        expect((caught as InvalidError).field).to.equal(field);
        expect((caught as InvalidError).message.toLowerCase()).to.include(field.split('.')[0]?.toLowerCase());
      });
    }
  });

  describe('accepts good input', () => {
    for (const [title, input, expected] of VALID) {
      it(title, () => {
        const config = parseConfig(input);
        for (const [key, value] of Object.entries(expected)) {
          expect((config as unknown as Record<string, unknown>)[key], key).to.deep.equal(value);
        }
      });
    }
  });

  it('has at least 30 invalid and 15 valid cases', () => {
    expect(INVALID.length).to.be.at.least(30);
    expect(VALID.length).to.be.at.least(15);
  });

  it('returns a frozen config with every option set', () => {
    const config = parseConfig({});
    expect(Object.isFrozen(config)).to.equal(true);
    expect(config).to.include({
      reconnectBaseDelay: 1000,
      reconnectMaxDelay: 60000,
      reconnectMultiplier: 2,
      reconnectJitter: 0.1,
      connectTimeout: 10000,
      keepaliveTime: 10000,
      keepaliveTimeout: 5000,
      handshake: true,
    });
  });

  it('converts TLS text to bytes', () => {
    const config = parseConfig({ tls: { rootCerts: OTHER.cert, privateKey: PAIR.private, certChain: PAIR.cert } });
    expect(config.tls?.rootCerts?.toString()).to.equal(OTHER.cert);
    expect(Buffer.isBuffer(config.tls?.privateKey)).to.equal(true);
  });

  it('names the allowed range in its message', () => {
    expect(() => parseConfig({ reconnectJitter: 2 })).to.throw(InvalidError, 'expected a number from 0 to 1, got 2');
    expect(() => parseConfig({ timeout: 10 })).to.throw(InvalidError, 'expected an integer >= 1000 (ms), got 10');
  });

  it('says a URI port is out of range, as for the port option', () => {
    const expected = 'Invalid option "port": expected an integer from 1 to 65535, got 99999';
    expect(() => parseConfig('http://h:99999')).to.throw(InvalidError, expected);
    expect(() => parseConfig('localhost:99999')).to.throw(InvalidError, expected);
    expect(() => parseConfig({ host: 'http://h:99999' })).to.throw(InvalidError, expected);
  });

  it('names the allowed forms of a host, a database and a URI', () => {
    expect(() => parseConfig({ host: 'a b' })).to.throw(InvalidError, /expected a host name, an IPv4 address or an IPv6 address .*got "a b"/);
    expect(() => parseConfig({ database: 'shop\n' })).to.throw(InvalidError, /letters, digits and _.*got "shop\\n"/);
    expect(() => parseConfig('unix:/tmp/x')).to.throw(InvalidError, 'expected scheme://host[:port] with scheme http, https or milvus, or host:port');
    expect(() => parseConfig('::1:19530')).to.throw(InvalidError, 'an IPv6 address goes in brackets');
    expect(() => parseConfig({ tls: { rootCerts: 'junk' } })).to.throw(InvalidError, 'expected PEM certificates');
    expect(() => parseConfig({ tls: { rootCerts: PAIR.cert + MANGLED_CERT } })).to.throw(InvalidError, 'certificate 2 of 2 does not parse');
  });

  it('is what Connection.start throws, before anything connects', () => {
    expect(() => Connection.start({ host: 'x\nevil' })).to.throw(InvalidError, 'Invalid option "host"');
    expect(() => Connection.start({ database: 'café' })).to.throw(InvalidError, 'Invalid option "database"');
  });
});

describe('the address form (host:port, no scheme)', () => {
  it('connects in plain text to the host and port it names', async () => {
    const milvus = await server();
    const conn = track(Connection.start(`127.0.0.1:${milvus.port}`));
    expect(conn.config).to.include({ host: '127.0.0.1', port: milvus.port, ssl: false });
    await conn.firstConnected({ timeout: 10_000 });
    expect(milvus.calls.map((call) => call.method)).to.include('Connect');
  });
});

describe('unknown names', () => {
  const messageOf = (input: Input): string => {
    try {
      parseConfig(input);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('parsed');
  };

  it('suggest the nearest option', () => {
    expect(messageOf({ reconectBaseDelay: 1000 })).to.equal('Invalid option "reconectBaseDelay": unknown option; did you mean "reconnectBaseDelay"?');
  });

  for (const [given, meant] of [
    ['hots', 'host'],
    ['poolsize', 'poolSize'],
    ['pasword', 'password'],
    ['keepAliveTime', 'keepaliveTime'],
    ['loadbalancing', 'loadBalancing'],
  ] as const) {
    it(`suggest "${meant}" for "${given}"`, () => {
      const message = messageOf({ [given]: 1 });
      expect(message).to.match(new RegExp(`did you mean (".+" or )?"${meant}"`));
      expect(message).not.to.include('the options are');
    });
  }

  it('name every option equally near', () => {
    expect(messageOf({ tsl: true })).to.include('did you mean "ssl" or "tls"?');
  });

  it('list every option when none is close', () => {
    const message = messageOf({ retries: 3 });
    expect(message).to.match(/^Invalid option "retries": unknown option; the options are host, port, database, .*, logger$/);
    expect(message).not.to.include('did you mean');
  });

  it('suggest the nearest tls key and URI query parameter', () => {
    expect(messageOf({ tls: { rootCert: 'x' } })).to.equal('Invalid option "tls.rootCert": unknown option; did you mean "rootCerts"?');
    expect(messageOf('milvus://h?tokn=abc')).to.equal('Invalid URI: unknown query parameter "tokn"; did you mean "token"?');
    expect(messageOf('milvus://h?retries=3')).to.equal('Invalid URI: unknown query parameter "retries"; the parameters are timeout, token, database');
  });
});

describe('parseUri', () => {
  it('reads every part of a full URI', () => {
    expect(parseUri('https://u:p@h:8443/db?timeout=5000&token=t')).to.deep.equal({
      host: 'h',
      port: 8443,
      ssl: true,
      user: 'u',
      password: 'p',
      database: 'db',
      timeout: 5000,
      token: 't',
    });
  });
});

describe('secrets in a config', () => {
  const config = parseConfig({
    user: 'alice',
    password: 'hunter2-password',
    token: 'tok-secret-123',
    tls: { privateKey: PAIR.private, certChain: PAIR.cert },
  });
  // The key's base64 body: the whole PEM text, or any line of it, must never show.
  const keyLines = PAIR.private.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  const secrets = ['hunter2-password', 'tok-secret-123', ...keyLines];
  const shown = {
    inspect: inspect(config, { depth: 10 }),
    'inspect nested': inspect({ wrapper: { config } }, { depth: 10 }),
    JSON: JSON.stringify(config),
    // A config has its own toString (sealConfig) that its type does not declare: these two
    // lines stringify it on purpose, which the lint rules take for '[object Object]'.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    String: String(config),
    // eslint-disable-next-line @typescript-eslint/no-base-to-string, @typescript-eslint/restrict-template-expressions
    template: `${config}`,
  };

  for (const [how, text] of Object.entries(shown)) {
    it(`never shows a secret through ${how}`, () => {
      for (const secret of secrets) expect(text).not.to.include(secret);
      expect(text).to.include('[REDACTED]');
    });
  }

  it('still gives the secrets to code that reads them', () => {
    expect(config.password).to.equal('hunter2-password');
    expect(config.token).to.equal('tok-secret-123');
  });

  it('never shows a secret in an error message', () => {
    const attempts: Array<() => unknown> = [
      () => parseConfig({ user: 'alice', password: 123 as unknown as string }),
      () => parseConfig('https://alice:hunter2-password@h:99999'),
      () => parseConfig('milvus://alice:hunter2-password@h?bad=1'),
      () => parseConfig({ password: 'hunter2-password' }),
      () => parseConfig({ tls: { privateKey: 7 as unknown as string } }),
    ];
    for (const attempt of attempts) {
      expect(attempt).to.throw(InvalidError);
      try {
        attempt();
      } catch (error) {
        expect((error as Error).message).not.to.include('hunter2');
        expect((error as Error).message).not.to.include('123');
      }
    }
  });

  describe('an address holding user:password@ is refused without showing either', () => {
    const attempts: ReadonlyArray<[string, () => unknown, string]> = [
      ['a hosts entry', () => parseConfig({ hosts: ['h0:1', 'alice:hunter2-password@h1:19530'] }), 'hosts[1]'],
      ['a dns: hosts entry', () => parseConfig({ hosts: ['dns:///alice:hunter2-password@h1'] }), 'hosts[0]'],
      ['the host option', () => parseConfig({ host: 'alice:hunter2-password@h1' }), 'host'],
      ['a scheme-less URI', () => parseConfig('alice:hunter2-password@h1:19530'), 'uri'],
      ['a URL host option', () => parseConfig({ host: 'http://alice:hunter2-password@h1:1' }), 'host'],
    ];
    for (const [what, attempt, field] of attempts) {
      it(what, () => {
        expect(attempt).to.throw(InvalidError);
        try {
          attempt();
        } catch (error) {
          expect((error as InvalidError).field).to.equal(field);
          expect((error as Error).message).not.to.include('hunter2');
          expect((error as Error).message).not.to.include('alice');
        }
      });
    }
  });

  it('never shows a private key that does not parse or does not match', () => {
    const broken = PAIR.private.replace(/\n[A-Za-z0-9]/, '\n!');
    const attempts = [
      () => parseConfig({ tls: { privateKey: broken, certChain: PAIR.cert } }),
      () => parseConfig({ tls: { privateKey: `${PAIR.private}junk`.replace('PRIVATE KEY', 'RSA KEY'), certChain: PAIR.cert } }),
      () => parseConfig({ tls: { privateKey: OTHER.private, certChain: PAIR.cert } }),
    ];
    for (const attempt of attempts) {
      expect(attempt).to.throw(InvalidError);
      try {
        attempt();
      } catch (error) {
        const shown = `${(error as Error).message} ${inspect(error, { depth: 10, showHidden: true })}`;
        for (const line of [...keyLines, ...OTHER.private.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))])
          expect(shown).not.to.include(line);
      }
    }
  });
});
