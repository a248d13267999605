import { defineConfig } from 'tsup';

// One ESM and one CommonJS build with declarations for each; `shims` lets the CommonJS
// build resolve `import.meta.url` (used to find the bundled .proto files).
export default defineConfig({
  entry: { index: 'lib/index.ts', testing: 'lib/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  shims: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  sourcemap: true,
});
