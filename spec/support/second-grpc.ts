/**
 * The official SDK on a copy of `@grpc/grpc-js` of its own, as npm lays it out when the SDK's
 * range and milvex's resolve to different versions (`node_modules/@zilliz/milvus2-sdk-node/
 * node_modules/@grpc/grpc-js`). The SDK's files and a second grpc-js are copied under `.tmp/`
 * and loaded from there: their other dependencies resolve to the project's, but grpc-js is a
 * second module instance, with classes and symbols of its own.
 */
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type * as Grpc from '@grpc/grpc-js';
import type { SdkClass } from './sdk-bridge.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MODULES = join(ROOT, 'node_modules');
const PLACE = join(ROOT, '.tmp', 'second-grpc-js', 'node_modules');

/** The SDK loaded beside a second grpc-js, and that grpc-js. */
export interface SdkOnSecondGrpc {
  readonly Sdk: SdkClass;
  /** The grpc-js the SDK's own files resolve. */
  readonly grpc: typeof Grpc;
  /** Where that grpc-js was loaded from. */
  readonly grpcPath: string;
}

function copy(from: string, to: string, parts: readonly string[]): void {
  for (const part of parts) if (existsSync(join(from, part))) cpSync(join(from, part), join(to, part), { recursive: true });
}

/** Copies (once per run) and loads the SDK with a nested grpc-js of its own. */
export function sdkOnSecondGrpc(): SdkOnSecondGrpc {
  const sdkDir = join(PLACE, '@zilliz', 'milvus2-sdk-node');
  const grpcDir = join(sdkDir, 'node_modules', '@grpc', 'grpc-js');
  if (!existsSync(join(grpcDir, 'package.json'))) {
    copy(join(MODULES, '@zilliz', 'milvus2-sdk-node'), sdkDir, ['package.json', 'dist', 'node_modules']);
    copy(join(MODULES, '@grpc', 'grpc-js'), grpcDir, ['package.json', 'build', 'proto']);
  }
  const fromSdk = createRequire(join(sdkDir, 'package.json'));
  const grpcPath = fromSdk.resolve('@grpc/grpc-js');
  const sdk = fromSdk(sdkDir) as { MilvusClient: SdkClass };
  return { Sdk: sdk.MilvusClient, grpc: fromSdk('@grpc/grpc-js') as typeof Grpc, grpcPath };
}
