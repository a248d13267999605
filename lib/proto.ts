/**
 * The Milvus protocol subset of `proto/`: loaded once, on first use, and the TypeScript
 * shapes of its messages as proto-loader decodes them (field names as written in the
 * .proto, 64-bit integers as decimal strings, enums as numbers).
 */
import { fileURLToPath } from 'node:url';
import type { MethodDefinition } from '@grpc/grpc-js';
import { type PackageDefinition, loadSync } from '@grpc/proto-loader';

/** Where the .proto files are: `proto/` beside `lib/` in the sources and beside `dist/` when built. */
const PROTO_DIR = fileURLToPath(new URL('../proto/', import.meta.url));

/** The fully qualified name of the Milvus service. */
export const MILVUS_SERVICE = 'milvus.proto.milvus.MilvusService';

/** `common.Status`: code 0 is success; 1800 means bad credentials. */
export interface MilvusStatus {
  error_code: number;
  reason: string;
  code: number;
  retriable: boolean;
  detail: string;
  extra_info: Record<string, string>;
}

/** `common.ServerInfo`, as the `Connect` handshake returns it. */
export interface ServerInfo {
  build_tags: string;
  build_time: string;
  git_commit: string;
  go_version: string;
  deploy_mode: string;
  reserved: Record<string, string>;
}

/** `common.ClientInfo`, sent with the `Connect` handshake. */
export interface ClientInfo {
  sdk_type: string;
  sdk_version: string;
  local_time: string;
  user: string;
  host: string;
  reserved?: Record<string, string>;
}

/** `ConnectRequest`. */
export interface ConnectRequest {
  base?: { msg_type?: number; msgID?: string | number; timestamp?: string | number; sourceID?: string | number };
  client_info?: ClientInfo;
}

/** `ConnectResponse`; `identifier` is an int64 as a decimal string. */
export interface ConnectResponse {
  status: MilvusStatus | null;
  server_info: ServerInfo | null;
  identifier: string;
}

/** `GetVersionResponse`. */
export interface GetVersionResponse {
  status: MilvusStatus | null;
  version: string;
}

/** `CheckHealthResponse`; `quota_states` holds `QuotaState` numbers. */
export interface CheckHealthResponse {
  status: MilvusStatus | null;
  isHealthy: boolean;
  reasons: string[];
  quota_states: number[];
}

/** Request and response types of the methods in `proto/`, by method name. */
export interface MilvusMethods {
  Connect: { request: ConnectRequest; response: ConnectResponse };
  GetVersion: { request: Record<string, never>; response: GetVersionResponse };
  CheckHealth: { request: Record<string, never>; response: CheckHealthResponse };
}

/** A method of the Milvus service that `proto/` defines. */
export type MilvusMethodName = keyof MilvusMethods;

/** The Milvus status code for bad credentials. */
export const AUTHENTICATION_FAILED = 1800;

/** The `MsgType` of the `Connect` handshake. */
export const MSG_TYPE_CONNECT = 1209;

let loaded: PackageDefinition | undefined;

/** The proto-loader package definition of `proto/`, loaded on first use. */
export function milvusPackage(): PackageDefinition {
  loaded ??= loadSync(['milvus.proto'], {
    includeDirs: [PROTO_DIR],
    keepCase: true,
    longs: String,
    enums: Number,
    defaults: true,
    oneofs: true,
  });
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
