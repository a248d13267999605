import { defineConfig } from 'tsup';

const common = { target: 'node20', platform: 'node', sourcemap: true, shims: true } as const;

// The library: one ESM and one CommonJS build with declarations for each; `shims` lets the
// CommonJS build resolve `import.meta.url` (used to find the bundled .proto files).
// `splitting` for both formats: what `milvex` and `milvex/testing` share lives in one chunk,
// so that under `require` too they hold one copy of the library (one `Connection` class;
// tsup splits only ESM by default, and the CommonJS testing entry carried a second copy).
// `milvex/proto` (the generated message types) is its own entry; the library imports those
// types by that name, so the declarations of `milvex` refer to it rather than copy them.
// The command: ESM only, with a shebang so npm can link it as `milvex`.
export default defineConfig([
  {
    ...common,
    entry: { index: 'lib/index.ts', testing: 'lib/testing/index.ts', proto: 'lib/protocol/index.ts' },
    format: ['esm', 'cjs'],
    splitting: true,
    dts: true,
    external: ['milvex/proto'],
  },
  { ...common, entry: { cli: 'lib/cli.ts' }, format: ['esm'], banner: { js: '#!/usr/bin/env node' } },
]);
