/**
 * The Milvus protocol of `proto/`: loaded once, on first use, and typed by the shapes
 * `lib/protocol/generated/` holds, published as `milvex/proto` (field names as written in the .proto, 64-bit integers as decimal
 * strings, enums as numbers). Requests take the generator's permissive input types; replies
 * have its `__Output` types, every field present.
 */
import { fileURLToPath } from 'node:url';
import type { MethodDefinition, handleUnaryCall } from '@grpc/grpc-js';
import { type MethodDefinition as LoaderMethodDefinition, type PackageDefinition, loadSync } from '@grpc/proto-loader';
// The generated types are taken by the package's own name: the published declarations then
// refer to the `milvex/proto` entry (lib/protocol/index.ts) instead of carrying copies.
import type {
  CheckHealthResponse__Output,
  ClientInfo as ClientInfoMessage,
  ConnectRequest as ConnectRequestMessage,
  ConnectResponse__Output,
  GetVersionResponse__Output,
  MilvusServiceDefinition,
  MilvusServiceHandlers,
  ServerInfo__Output,
  Status__Output,
} from 'milvex/proto';

export type { MilvusServiceClient, MilvusServiceHandlers } from 'milvex/proto';

/**
 * Where the .proto files are: the package's `proto/`, two levels up from this file in the
 * sources (`lib/protocol/`) and one level up from the bundle that carries it (`dist/`).
 */
export const PROTO_DIR = fileURLToPath(new URL(import.meta.url.includes('/lib/protocol/') ? '../../proto/' : '../proto/', import.meta.url));

/** The fully qualified name of the Milvus service. */
export const MILVUS_SERVICE = 'milvus.proto.milvus.MilvusService';

/** `common.Status` as a reply carries it: `code` 0 is success; 1800 means bad credentials. */
export type MilvusStatus = Status__Output;

/** `common.ServerInfo`, as the `Connect` handshake returns it. */
export type ServerInfo = ServerInfo__Output;

/** `common.ClientInfo`, sent with the `Connect` handshake. */
export type ClientInfo = ClientInfoMessage;

/** `ConnectRequest`, as sent. */
export type ConnectRequest = ConnectRequestMessage;

/** `ConnectResponse`; `identifier` is an int64 as a decimal string. */
export type ConnectResponse = ConnectResponse__Output;

/** `GetVersionResponse`. */
export type GetVersionResponse = GetVersionResponse__Output;

/** `CheckHealthResponse`; `quota_states` holds `QuotaState` numbers. */
export type CheckHealthResponse = CheckHealthResponse__Output;

/**
 * Every method of `MilvusService`, streaming ones included: the literal keys of the generated
 * definition, without the index signature it inherits from grpc-js.
 */
export type MilvusServiceMethodName = keyof {
  [K in keyof MilvusServiceDefinition as string extends K ? never : K]: MilvusServiceDefinition[K];
};

/**
 * The streaming methods of `MilvusService` (`DumpMessages` streams replies,
 * `CreateReplicateStream` streams both ways): those whose generated server handler is not a
 * unary one. A unary handler takes a call and a reply callback, so it fits
 * `handleUnaryCall<never, unknown>` whatever its types; a streaming handler takes a stream,
 * which a unary call is not.
 */
export type MilvusStreamingMethodName = {
  [K in MilvusServiceMethodName]: MilvusServiceHandlers[K] extends handleUnaryCall<never, unknown> ? never : K;
}[MilvusServiceMethodName];

/** A unary method of `MilvusService`: one request, one reply. */
export type MilvusUnaryMethodName = Exclude<MilvusServiceMethodName, MilvusStreamingMethodName>;

/**
 * The old name of {@link MilvusUnaryMethodName}.
 *
 * @deprecated Use {@link MilvusUnaryMethodName}; this alias goes in the next minor release.
 */
export type MilvusMethodName = MilvusUnaryMethodName;

/**
 * Request and reply types of every unary method, by method name: the request as sent (every
 * field optional, 64-bit integers as number, string or Long), the reply as decoded.
 */
export type MilvusMethods = {
  [K in MilvusUnaryMethodName]: MilvusServiceDefinition[K] extends LoaderMethodDefinition<
    infer Request extends object,
    object,
    object,
    infer Response extends object
  >
    ? { request: Request; response: Response }
    : never;
};

/** The Milvus status code for bad credentials. */
export const AUTHENTICATION_FAILED = 1800;

/** The `MsgType` of the `Connect` handshake. */
export const MSG_TYPE_CONNECT = 1209;

/**
 * How replies are decoded: field names as written in the .proto, 64-bit integers as decimal
 * strings, enums as numbers, absent fields as their defaults, and each oneof's set member named
 * in a virtual field. `scripts/gen-types.ts` generates the types in `lib/generated/` from the same
 * options, so they describe what a call really resolves with.
 */
export const LOADER_OPTIONS = { keepCase: true, longs: String, enums: Number, defaults: true, oneofs: true } as const;

let loaded: PackageDefinition | undefined;

/** The proto-loader package definition of `proto/`, loaded on first use. */
export function milvusPackage(): PackageDefinition {
  loaded ??= loadSync(['milvus.proto'], { includeDirs: [PROTO_DIR], ...LOADER_OPTIONS });
  return loaded;
}

/** The service definition of `MilvusService` in `proto/`. */
export function milvusService(): Record<string, MethodDefinition<object, object>> {
  return milvusPackage()[MILVUS_SERVICE] as unknown as Record<string, MethodDefinition<object, object>>;
}

/** The definition of one method of `MilvusService`, or `undefined` when `proto/` lacks it. */
export function milvusMethod(name: string): MethodDefinition<object, object> | undefined {
  const service = milvusService();
  return Object.hasOwn(service, name) ? service[name] : undefined;
}
