/**
 * Writes the TypeScript shapes of every message, enum and the service of `proto/` into
 * `lib/protocol/generated/` with `proto-loader-gen-types` (part of @grpc/proto-loader), told the same
 * decoding options `lib/proto.ts` loads the protocol with, so the types say what calls really
 * return. Run by hand after `npm run proto:generate` (`npm run proto:types`);
 * `spec/proto.spec.ts` fails when the committed files differ from a fresh run.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LOADER_OPTIONS } from '../lib/protocol/proto.js';

/** The package root: the tool records file names relative to where it runs. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the committed types live. */
export const GENERATED_DIR = fileURLToPath(new URL('../lib/protocol/generated/', import.meta.url));

/** The tool's flags for `LOADER_OPTIONS`, plus what our ESM build needs (`.js` import specifiers). */
function flags(): string[] {
  const { keepCase, longs, enums, defaults, oneofs } = LOADER_OPTIONS;
  return [
    ...(keepCase ? ['--keepCase'] : []),
    `--longs=${longs.name}`,
    `--enums=${enums.name}`,
    ...(defaults ? ['--defaults'] : []),
    ...(oneofs ? ['--oneofs'] : []),
    '--grpcLib=@grpc/grpc-js',
    '--importFileExtension=.js',
  ];
}

/** Replaces `outDir` with freshly generated types of `proto/milvus.proto` and what it imports. */
export function generateTypes(outDir: string = GENERATED_DIR): void {
  const tool = createRequire(import.meta.url).resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js');
  rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [tool, ...flags(), '-I', 'proto', '-O', outDir, 'milvus.proto'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`proto-loader-gen-types failed (${run.status}): ${run.stderr}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateTypes();
  console.log('gen-types: wrote lib/protocol/generated/');
}
