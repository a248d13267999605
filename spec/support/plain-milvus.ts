/**
 * A Milvus stand-in that milvex did not write for itself: a bare grpc-js `Server` over the
 * official Node SDK's own protocol descriptor, with handlers a spec gives. Faults come from
 * grpc-js itself (max connection age, forceShutdown), not from milvex's test relay.
 */
import {
  type ServerInterceptor,
  ServerInterceptingCall,
  type ServerUnaryCall,
  Server,
  ServerCredentials,
  type ServiceDefinition,
  type sendUnaryData,
} from '@grpc/grpc-js';
import { fromJSON } from '@grpc/proto-loader';
import official from '@zilliz/milvus2-sdk-node/dist/milvus/proto-json/milvus.js';

/** A unary handler: the reply, or a gRPC status to fail with. */
export type PlainHandler = (
  request: unknown,
  call: ServerUnaryCall<unknown, unknown>,
) => object | { code: number; details: string } | Promise<object | { code: number; details: string }>;

const OK = { error_code: 0, code: 0, reason: '' };

const DEFAULT_HANDLERS: Record<string, PlainHandler> = {
  Connect: () => ({ status: OK, identifier: '42', server_info: { build_tags: 'plain' } }),
  GetVersion: () => ({ status: OK, version: 'plain-grpc-js' }),
  CheckHealth: () => ({ status: OK, isHealthy: true }),
};

/** The official SDK's MilvusService definition, decoded as milvex decodes. */
export function officialService(): ServiceDefinition {
  const json = (official as unknown as { default?: object }).default ?? official;
  const definition = fromJSON(json, { keepCase: true, longs: String, enums: Number, defaults: true, oneofs: true });
  return definition['milvus.proto.milvus.MilvusService'] as ServiceDefinition;
}

/** A running plain server. */
export interface PlainMilvus {
  readonly port: number;
  /** Calls received, per method: each one its handler ran for. */
  readonly received: Map<string, number>;
  /**
   * Requests whose message arrived, per method, whether or not the handler ran: grpc-js runs a
   * unary handler only once the client half-closed, which a client may never do.
   */
  readonly arrived: Map<string, number>;
  /** Stops it at once (open calls are cancelled). */
  kill(): void;
  /** Serves again on the same port. */
  restart(): Promise<void>;
}

const running = new Set<Server>();

/**
 * Starts a bare grpc-js server with the official MilvusService descriptor on 127.0.0.1.
 *
 * @param handlers - handlers replacing the defaults (Connect, GetVersion, CheckHealth answer success)
 * @param options - grpc-js server options, e.g. `grpc.max_connection_age_ms`
 * @param otherwise - a handler for every other method of the service (else grpc-js answers UNIMPLEMENTED)
 */
export async function startPlainMilvus(
  handlers: Record<string, PlainHandler> = {},
  options: Record<string, number> = {},
  otherwise?: PlainHandler,
): Promise<PlainMilvus> {
  const service = officialService();
  const received = new Map<string, number>();
  const arrived = new Map<string, number>();
  const countArrivals: ServerInterceptor = (method, call) =>
    new ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMessage: (message, pass) => {
            const name = method.path.slice(method.path.lastIndexOf('/') + 1);
            arrived.set(name, (arrived.get(name) ?? 0) + 1);
            pass(message);
          },
        }),
    });
  const others = otherwise === undefined ? {} : Object.fromEntries(Object.keys(service).map((name) => [name, otherwise]));
  const all: Record<string, PlainHandler> = { ...others, ...DEFAULT_HANDLERS, ...handlers };
  const implementation = Object.fromEntries(
    Object.keys(all).map((name) => [
      name,
      (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
        received.set(name, (received.get(name) ?? 0) + 1);
        Promise.resolve((all[name] as PlainHandler)(call.request, call)).then(
          (answer) => ('code' in answer && 'details' in answer ? callback(answer) : callback(null, answer)),
          (error: Error) => callback({ code: 13, details: error.message }),
        );
      },
    ]),
  );
  let server: Server | undefined;
  let port = 0;
  const listen = async (): Promise<void> => {
    const next = new Server({ ...options, interceptors: [countArrivals] });
    next.addService(service, implementation);
    port = await new Promise<number>((resolve, reject) =>
      next.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    server = next;
    running.add(next);
  };
  await listen();
  return {
    get port() {
      return port;
    },
    received,
    arrived,
    kill: () => {
      server?.forceShutdown();
      if (server !== undefined) running.delete(server);
      server = undefined;
    },
    restart: listen,
  };
}

afterEach(() => {
  for (const server of running) server.forceShutdown();
  running.clear();
});
