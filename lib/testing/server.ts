/**
 * `startMilvusTestServer`: a real grpc-js server speaking the Milvus protocol of `proto/` on
 * 127.0.0.1, behind a TCP relay that injects faults. It answers Connect, GetVersion and
 * CheckHealth itself and the common path of a vector application (databases, collections,
 * aliases, partitions, indexes, insert, delete, query, search) from an in-memory Milvus
 * (`memory/`) that lives as long as the server instance, across `kill()` and `restart()`;
 * every other method answers UNIMPLEMENTED. It records every call with the metadata it saw,
 * checks credentials the way Milvus does (status code 1800), and every server it starts ends
 * with `stop()`.
 */
import {
  type ServerCredentials as Credentials,
  type MethodDefinition,
  Server,
  ServerCredentials,
  type ServerUnaryCall,
  type UntypedHandleCall,
  type UntypedServiceImplementation,
  type sendUnaryData,
  status as GrpcStatus,
} from '@grpc/grpc-js';
import { type Observable, Subject, filter, firstValueFrom, timeout as within } from 'rxjs';
import { AUTHENTICATION_FAILED, type MilvusStatus, milvusService } from '../protocol/proto.js';
import { IdempotencyWindow } from './memory/idempotency.js';
import { IDEMPOTENCY_KEY_METADATA } from '../transport/metadata.js';
import { withVectorDecoding } from './memory/vector-wire.js';
import { Catalog } from './memory/catalog.js';
import { type MethodTable, answer, handlerOf } from './memory/method-table.js';
import { memoryMethods } from './memory/service.js';
import { ok } from './memory/status.js';
import { FaultRelay } from './relay.js';
import { unsupportedReply } from './unsupported.js';

/** How the test server behaves. */
export interface TestServerOptions {
  /** The port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** With `password`: the only credentials accepted. */
  readonly user?: string;
  /** With `user`: the only credentials accepted. */
  readonly password?: string;
  /** The only token accepted (alone or besides user/password). */
  readonly token?: string;
  /** What GetVersion answers. @default "v2.6.0-milvex-test" */
  readonly version?: string;
  /** What CheckHealth answers. @default true */
  readonly healthy?: boolean;
  /** Answer Connect with UNIMPLEMENTED, like a Milvus older than 2.3. @default false */
  readonly legacy?: boolean;
  /** Close each connection with GOAWAY after this many milliseconds (grpc-js max connection age). */
  readonly maxConnectionAgeMs?: number;
  /** Serve TLS with this certificate and key (PEM). */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /**
   * Accept `idempotency-key` metadata on Insert (Milvus's cluster setting
   * `streaming.idempotency.enabled`); a collection must enable it too, with the property
   * `collection.insert.idempotency.enabled` = `true`. A key sent where either is off is
   * rejected with 1100. @default false
   */
  readonly idempotentWrites?: boolean;
}

/** One call as the server saw it. */
export interface RecordedCall {
  /** The method, e.g. `CheckHealth`. */
  readonly method: string;
  /** The request message. */
  readonly request: unknown;
  /** The metadata, one value per key (binary values as base64). */
  readonly metadata: Readonly<Record<string, string>>;
}

/** A running test server. Every method that changes it resolves once the change took effect. */
export interface MilvusTestServer {
  /** The port clients connect to; stays the same across `kill()` and `restart()`. */
  readonly port: number;
  /** `127.0.0.1:<port>`. */
  readonly address: string;
  /** `http://127.0.0.1:<port>` (or `https://` with TLS). */
  readonly uri: string;
  /** Every call so far, oldest first, UNIMPLEMENTED and refused ones included. */
  readonly calls: readonly RecordedCall[];
  /** TCP connections accepted so far. */
  readonly connectionsAccepted: number;
  /** TCP connections open now. */
  readonly connectionsOpen: number;
  /** Whether it is serving (false after `kill()` or `stop()`). */
  readonly running: boolean;
  /** Sets what CheckHealth answers from now on. */
  setHealthy(healthy: boolean): void;
  /** Forgets the calls recorded so far: nothing keeps them afterwards (long runs would otherwise hold every one). */
  clearCalls(): void;
  /** Dies abruptly: open connections are reset, new ones refused. */
  kill(): Promise<void>;
  /** Serves again on the same port (after `kill()`, or kills first). */
  restart(): Promise<void>;
  /** Sends GOAWAY on every open connection (graceful drain); new connections are served. */
  goaway(): Promise<void>;
  /** Connections stay open but bytes stop flowing, both ways, until `heal()`. */
  blackhole(): void;
  /** New connections are accepted but never answered (no HTTP/2), until `heal()`. */
  stall(): void;
  /** New connections are reset at once while open ones go on serving, until `heal()`. */
  refuseNew(): void;
  /**
   * Resets up to `count` open connections (oldest first), as if their network path died;
   * the server goes on serving new ones.
   *
   * @returns how many were reset
   */
  dropConnections(count?: number): number;
  /** Ends `blackhole()`, `stall()` or `refuseNew()`: held bytes are delivered. */
  heal(): void;
  /**
   * Resolves with the first call of `method` (or of any method) at index `since` (default 0)
   * or later in `calls`, waiting for it if it has not come yet. Pass `since: server.calls.length`
   * to wait for the next one.
   *
   * @throws Error when none arrives within `timeout` ms (default 5000)
   */
  waitForCall(method?: string, options?: { readonly since?: number; readonly timeout?: number }): Promise<RecordedCall>;
  /** Stops for good: graceful, then forced; nothing of it is left running. */
  stop(): Promise<void>;
}

const AUTH_FAILURE_REASON = 'auth check failure, please check username, password or token are correct';

function authFailure(): MilvusStatus {
  return { error_code: 0, reason: AUTH_FAILURE_REASON, code: AUTHENTICATION_FAILED, retriable: false, detail: '', extra_info: {} };
}

/** Whether a method's reply is a bare `common.Status` rather than a message holding one. */
function repliesWithStatus(definition: MethodDefinition<object, object>): boolean {
  return (definition as { responseType?: { type?: { name?: string } } }).responseType?.type?.name === 'Status';
}

function flatMetadata(call: { metadata: ServerUnaryCall<unknown, unknown>['metadata'] }): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(call.metadata.getMap())) {
    flat[key] = Buffer.isBuffer(value) ? value.toString('base64') : value;
  }
  return flat;
}

class TestServer implements MilvusTestServer {
  port = 0;
  readonly calls: RecordedCall[] = [];
  running = false;
  readonly #options: TestServerOptions;
  readonly #relay = new FaultRelay(0);
  /** Announces each call as it is recorded; holds none (the record is `calls`). */
  readonly #recorded = new Subject<RecordedCall>();
  /** The in-memory Milvus: made once, so its data outlives kill() and restart(). */
  readonly #catalog = new Catalog();
  readonly #memory: MethodTable = memoryMethods(this.#catalog);
  /** Keyed inserts answered once (memory/idempotency.ts); set up with the options. */
  readonly #idempotency: IdempotencyWindow;
  #server: Server | undefined;
  #healthy: boolean;
  #nextIdentifier = 1000;

  constructor(options: TestServerOptions) {
    this.#options = options;
    this.#healthy = options.healthy ?? true;
    this.#idempotency = new IdempotencyWindow(this.#catalog, options.idempotentWrites ?? false);
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  get uri(): string {
    return `${this.#options.tls === undefined ? 'http' : 'https'}://${this.address}`;
  }

  get connectionsAccepted(): number {
    return this.#relay.accepted;
  }

  get connectionsOpen(): number {
    return this.#relay.open;
  }

  setHealthy(healthy: boolean): void {
    this.#healthy = healthy;
  }

  clearCalls(): void {
    this.calls.length = 0;
  }

  async start(): Promise<void> {
    await this.#startGrpc();
    this.port = await this.#relay.listen(this.#options.port ?? 0, '127.0.0.1');
    this.running = true;
  }

  async kill(): Promise<void> {
    this.running = false;
    await this.#relay.close();
    this.#server?.forceShutdown();
    this.#server = undefined;
  }

  async restart(): Promise<void> {
    if (this.running) await this.kill();
    await this.#startGrpc();
    await this.#relay.listen(this.port, '127.0.0.1');
    this.running = true;
  }

  async goaway(): Promise<void> {
    const draining = this.#server;
    // New connections go to a fresh server while the old one says GOAWAY to its own.
    await this.#startGrpc();
    await new Promise<void>((resolve) => draining?.tryShutdown(() => resolve()) ?? resolve());
  }

  blackhole(): void {
    this.#relay.setMode('blackhole');
  }

  stall(): void {
    this.#relay.setMode('stall');
  }

  refuseNew(): void {
    this.#relay.setMode('refuse');
  }

  dropConnections(count = Infinity): number {
    return this.#relay.drop(count);
  }

  heal(): void {
    this.#relay.setMode('pass');
  }

  waitForCall(method?: string, options: { since?: number; timeout?: number } = {}): Promise<RecordedCall> {
    const since = options.since ?? 0;
    const seen = this.calls.slice(since).find((call) => method === undefined || call.method === method);
    if (seen !== undefined) return Promise.resolve(seen);
    const next$: Observable<RecordedCall> = this.#recorded.pipe(
      filter((call) => this.calls.indexOf(call) >= since && (method === undefined || call.method === method)),
    );
    return firstValueFrom(next$.pipe(within({ first: options.timeout ?? 5000 })));
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.#relay.close();
    const server = this.#server;
    this.#server = undefined;
    server?.forceShutdown();
    this.#recorded.complete();
  }

  async #startGrpc(): Promise<void> {
    const options: Record<string, number> = {
      'grpc.enable_channelz': 0,
      // A Milvus proxy's defaults (proxy.grpc.serverMaxRecvSize / serverMaxSendSize), not grpc-js's 4 MiB:
      // inserts of a few thousand large vectors must fit, as they do against Milvus.
      'grpc.max_receive_message_length': 64 * 2 ** 20,
      'grpc.max_send_message_length': 256 * 2 ** 20,
    };
    if (this.#options.maxConnectionAgeMs !== undefined) {
      options['grpc.max_connection_age_ms'] = this.#options.maxConnectionAgeMs;
      options['grpc.max_connection_age_grace_ms'] = 1000;
    }
    const server = new Server(options);
    server.addService(withVectorDecoding(milvusService()), this.#handlers());
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', this.#credentials(), (error, bound) => (error === null ? resolve(bound) : reject(error))),
    );
    this.#server = server;
    this.#relay.upstreamPort = port;
  }

  #credentials(): Credentials {
    const tls = this.#options.tls;
    if (tls === undefined) return ServerCredentials.createInsecure();
    return ServerCredentials.createSsl(null, [{ cert_chain: Buffer.from(tls.cert), private_key: Buffer.from(tls.key) }], false);
  }

  #authorized(metadata: Readonly<Record<string, string>>): boolean {
    const { user, password, token } = this.#options;
    if (user === undefined && token === undefined) return true;
    const given = Buffer.from(metadata['authorization'] ?? '', 'base64').toString();
    return (token !== undefined && given === token) || (user !== undefined && given === `${user}:${password ?? ''}`);
  }

  #record(method: string, request: unknown, call: { metadata: ServerUnaryCall<unknown, unknown>['metadata'] }): RecordedCall {
    const recorded: RecordedCall = { method, request, metadata: flatMetadata(call) };
    this.calls.push(recorded);
    this.#recorded.next(recorded);
    return recorded;
  }

  /** A unary method: records the call, checks credentials, answers with `reply`. */
  #unary(method: string, statusReply: boolean, reply: (request: unknown, metadata: Readonly<Record<string, string>>) => object): UntypedHandleCall {
    return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<object>): void => {
      const recorded = this.#record(method, call.request, call);
      if (!this.#authorized(recorded.metadata)) {
        callback(null, statusReply ? authFailure() : { status: authFailure() });
        return;
      }
      try {
        callback(null, reply(call.request, recorded.metadata));
      } catch (error) {
        // A bug of the test server, not a Milvus answer: say so loudly.
        callback({ code: GrpcStatus.INTERNAL, details: `milvex test server failed on ${method}: ${(error as Error).stack ?? String(error)}` });
      }
    };
  }

  /**
   * A method the test server does not speak: recorded, then a failed Milvus status saying so
   * (see `unsupported.ts` for why not UNIMPLEMENTED), or UNIMPLEMENTED for a stream or a
   * reply without a status.
   */
  #unimplemented(method: string, definition: MethodDefinition<object, object>): UntypedHandleCall {
    const details = `the milvex test server does not implement ${method}`;
    if (!definition.requestStream && !definition.responseStream) {
      // Connect lands here only with `legacy: true`, which promises UNIMPLEMENTED (an old Milvus).
      const reply = method === 'Connect' ? undefined : unsupportedReply(method);
      return (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<object>): void => {
        this.#record(method, call.request, call);
        if (reply === undefined) callback({ code: GrpcStatus.UNIMPLEMENTED, details });
        else callback(null, reply);
      };
    }
    return (call: {
      request?: unknown;
      metadata: ServerUnaryCall<unknown, unknown>['metadata'];
      emit(event: 'error', error: object): boolean;
    }): void => {
      this.#record(method, call.request, call);
      call.emit('error', { code: GrpcStatus.UNIMPLEMENTED, details });
    };
  }

  /** The replies of the methods the server answers itself (not from the in-memory Milvus). */
  #ownReplies(): Record<string, () => object> {
    const replies: Record<string, () => object> = {
      GetVersion: () => ({ status: ok(), version: this.#options.version ?? 'v2.6.0-milvex-test' }),
      CheckHealth: () => ({
        status: ok(),
        isHealthy: this.#healthy,
        reasons: this.#healthy ? [] : ['the test server was told to be unhealthy'],
        quota_states: [],
      }),
    };
    if (this.#options.legacy !== true) {
      replies['Connect'] = () => ({
        status: ok(),
        server_info: {
          build_tags: this.#options.version ?? 'v2.6.0-milvex-test',
          build_time: '',
          git_commit: '',
          go_version: '',
          deploy_mode: 'STANDALONE',
          reserved: {},
        },
        identifier: String(this.#nextIdentifier++),
      });
    }
    return replies;
  }

  /** A handler for every method of `proto/`: its own, the in-memory Milvus's, or UNIMPLEMENTED. */
  #handlers(): UntypedServiceImplementation {
    const own = this.#ownReplies();
    const handlers: UntypedServiceImplementation = {};
    for (const [method, definition] of Object.entries(milvusService())) {
      const statusReply = repliesWithStatus(definition);
      const ownReply = own[method];
      const memory = handlerOf(this.#memory, method);
      if (ownReply !== undefined) handlers[method] = this.#unary(method, statusReply, ownReply);
      else if (memory !== undefined && !definition.requestStream && !definition.responseStream) {
        handlers[method] = this.#unary(method, statusReply, (request, metadata) =>
          this.#idempotency.answer(method, request, metadata['dbname'], metadata[IDEMPOTENCY_KEY_METADATA], () =>
            answer(memory, request, metadata['dbname'], statusReply),
          ),
        );
      } else handlers[method] = this.#unimplemented(method, definition);
    }
    return handlers;
  }
}

/**
 * Starts a Milvus-protocol test server on 127.0.0.1.
 *
 * ## Example
 * ```ts
 * const server = await startMilvusTestServer({ user: 'root', password: 'Milvus' });
 * const conn = Connection.start({ host: '127.0.0.1', port: server.port, user: 'root', password: 'Milvus' });
 * await conn.firstConnected();
 * await server.kill();      // conn goes reconnecting
 * await server.restart();   // and connected again
 * await conn.disconnect();
 * await server.stop();
 * ```
 *
 * @param options - credentials, answers and faults
 * @returns the running server
 */
export async function startMilvusTestServer(options: TestServerOptions = {}): Promise<MilvusTestServer> {
  const server = new TestServer(options);
  await server.start();
  return server;
}
