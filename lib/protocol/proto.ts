/**
 * The Milvus protocol of `proto/`: loaded once, on first use, and typed by the shapes
 * `lib/generated/` holds (field names as written in the .proto, 64-bit integers as decimal
 * strings, enums as numbers). Requests take the generator's permissive input types; replies
 * have its `__Output` types, every field present.
 */
import { fileURLToPath } from 'node:url';
import type { MethodDefinition, handleUnaryCall } from '@grpc/grpc-js';
import { type MethodDefinition as LoaderMethodDefinition, type PackageDefinition, loadSync } from '@grpc/proto-loader';
import type { ClientInfo as ClientInfoMessage } from './generated/milvus/proto/common/ClientInfo.js';
import type { ServerInfo__Output } from './generated/milvus/proto/common/ServerInfo.js';
import type { Status__Output } from './generated/milvus/proto/common/Status.js';
import type { CheckHealthResponse__Output } from './generated/milvus/proto/milvus/CheckHealthResponse.js';
import type { ConnectRequest as ConnectRequestMessage } from './generated/milvus/proto/milvus/ConnectRequest.js';
import type { ConnectResponse__Output } from './generated/milvus/proto/milvus/ConnectResponse.js';
import type { GetVersionResponse__Output } from './generated/milvus/proto/milvus/GetVersionResponse.js';
import type { MilvusServiceDefinition, MilvusServiceHandlers } from './generated/milvus/proto/milvus/MilvusService.js';

export type { MilvusServiceClient, MilvusServiceHandlers } from './generated/milvus/proto/milvus/MilvusService.js';

/**
 * Where the .proto files are: the package's `proto/`, two levels up from this file in the
 * sources (`lib/protocol/`) and one level up from the bundle that carries it (`dist/`).
 */
const PROTO_DIR = fileURLToPath(new URL(import.meta.url.includes('/lib/protocol/') ? '../../proto/' : '../proto/', import.meta.url));

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

/** The literal keys of a generated interface, without the index signature it inherits from grpc-js. */
type DeclaredKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] };

/** Every method of `MilvusService`, streaming ones included. */
export type MilvusServiceMethodName = DeclaredKeys<MilvusServiceDefinition>;

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
