/**
 * Writes the TypeScript shapes of every message, enum and the service of `proto/` into
 * `lib/protocol/generated/` with `proto-loader-gen-types` (part of @grpc/proto-loader), told the same
 * decoding options `lib/proto.ts` loads the protocol with, so the types say what calls really
 * return, and `lib/protocol/index.ts` (the `milvex/proto` entry) re-exporting each of them.
 * Run by hand after `npm run proto:generate` (`npm run proto:types`);
 * `spec/protocol/proto.spec.ts` fails when the committed files differ from a fresh run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LOADER_OPTIONS } from '../lib/protocol/proto.js';

/** The package root: the tool records file names relative to where it runs. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the committed types live. */
export const GENERATED_DIR = fileURLToPath(new URL('../lib/protocol/generated/', import.meta.url));

/** The `milvex/proto` entry: every generated file, re-exported. */
export const PROTOCOL_INDEX = fileURLToPath(new URL('../lib/protocol/index.ts', import.meta.url));

/** The text of {@link PROTOCOL_INDEX} for the generated files in `dir`, in a stable order. */
export function protocolIndex(dir: string = GENERATED_DIR): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    // milvus.ts types the loaded package as a whole, through a helper the tool does not export.
    .filter((file) => file.endsWith('.ts') && file !== 'milvus.ts')
    .map((file) => file.split('\\').join('/').replace(/\.ts$/, '.js'))
    .sort();
  return [
    '/**',
    ' * `milvex/proto`: the TypeScript shapes of every message, enum and the service of the Milvus',
    ' * protocol milvex speaks (`FieldSchema` and `CollectionSchema` for `encodeCollectionSchema`,',
    ' * the requests and replies of `conn.call`, `MilvusServiceClient`). Field names are as the',
    ' * .proto writes them; a message type takes what may be sent, its `__Output` twin says what',
    ' * arrives. Written by `npm run proto:types` (`scripts/gen-types.ts`) from `lib/protocol/generated/`.',
    ' *',
    ' * @packageDocumentation',
    ' */',
    ...files.map((file) => `export * from './generated/${file}';`),
    '',
  ].join('\n');
}

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
  writeFileSync(PROTOCOL_INDEX, protocolIndex());
  console.log('gen-types: wrote lib/protocol/generated/ and lib/protocol/index.ts');
}
