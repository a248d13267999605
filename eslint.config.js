// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * The layers of lib/ (see README, "Layout"), kept by `no-restricted-imports`. Imports in this
 * code base are relative and name the folder they reach into (`../calls/policy.js`), so a
 * pattern on the folder segment catches an import across layers; spec/e2e/layers.spec.ts
 * proves that each rule fails a wrong import. A file takes the patterns of the one block
 * that matches it (flat config replaces a rule's options, it does not merge them), so each
 * block below lists all that hold for its files.
 */

/** An import pattern: `regex` on the import path, and what to do instead. */
const restrict = (regex, message) => ({ regex, message });

/** A regex on an import path that goes into one of these folders of lib/. */
const folder = (...names) => `(^|/)(${names.join('|')})/`;
/** The entries on top of lib/, by path or by the package's own name (`milvex/proto` included). */
const ENTRY_POINTS = String.raw`^(\.\./)+(index|cli)\.js$|^milvex(/|$)`;

const GRPC_INTERNALS = restrict('^@grpc/grpc-js/build/', 'grpc-js internals are reached only in lib/transport/grpc-internals.ts.');
const NO_GRPC = restrict('^@grpc/', 'lib/config/ and lib/time/ are pure: no @grpc/* (the channel is transport/).');
const BOTTOM = restrict(
  `${folder('transport', 'connection', 'calls', 'protocol', 'data', 'testing')}|${ENTRY_POINTS}`,
  'lib/config/ and lib/time/ import nothing above them (only each other, errors.ts, node: and rxjs).',
);
const PROTOCOL = restrict(
  String.raw`${folder('transport', 'connection', 'calls', 'data', 'testing')}|^(\.\./)+(index|cli)\.js$|^milvex(/(?!proto$)|$)`,
  'lib/protocol/ describes the wire: it imports config/, time/, errors.ts and @grpc/*, nothing of the layers that use it.',
);
const TRANSPORT = restrict(
  String.raw`${folder('connection', 'data', 'testing')}|(^|/)calls/(?!policy\.js$)|^(\.\./)+(index|cli)\.js$|^milvex(/(?!proto$)|$)`,
  'lib/transport/ imports no connection/, and of calls/ only the pure calls/policy.ts.',
);
const NO_FACADE = restrict(
  String.raw`(^|/)connection/connection\.js$`,
  'The facade connection/connection.ts sits on top: calls/ and data/ are handed the pool, never the facade.',
);
const NO_TESTING = restrict(
  `${folder('testing')}|^milvex/testing$`,
  'Nothing in lib/ outside testing/ imports testing/ (the library does not ship its test server inside).',
);
const TESTING_INDEX = restrict(
  String.raw`(^|/)testing/(?!index\.js$)`,
  'Outside lib/testing/, milvex/testing is reached only through lib/testing/index.ts.',
);

/** One block a set of files, with every import pattern that holds for it. */
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const LAYERS = [
  layer(['lib/config/**/*.ts', 'lib/time/**/*.ts'], [NO_GRPC, BOTTOM]),
  layer(['lib/protocol/**/*.ts'], [GRPC_INTERNALS, PROTOCOL]),
  layer(['lib/transport/**/*.ts'], [GRPC_INTERNALS, TRANSPORT], ['lib/transport/grpc-internals.ts']),
  layer(['lib/transport/grpc-internals.ts'], [TRANSPORT]),
  layer(['lib/connection/**/*.ts'], [GRPC_INTERNALS, NO_TESTING]),
  layer(['lib/calls/**/*.ts', 'lib/data/**/*.ts'], [GRPC_INTERNALS, NO_FACADE, NO_TESTING]),
  layer(['lib/*.ts'], [GRPC_INTERNALS, NO_TESTING], ['lib/cli.ts']),
  // The CLI is an application on top of the library: `milvex serve` runs the test server,
  // which it takes through its public entry, as a user would.
  layer(['lib/cli.ts'], [GRPC_INTERNALS, TESTING_INDEX]),
  layer(['lib/testing/**/*.ts'], [GRPC_INTERNALS]),
  layer(
    ['spec/**/*.ts', 'bench/**/*.ts', 'chaos/**/*.ts', 'examples/**/*.ts', 'scripts/**/*.ts'],
    [GRPC_INTERNALS, TESTING_INDEX],
    ['spec/testing/**'],
  ),
  // spec/testing/ mirrors lib/testing/: a unit spec there tests the file it mirrors
  // (memory/predicate.spec.ts tests memory/predicate.ts), as every other folder's specs do.
  layer(['spec/testing/**/*.ts'], [GRPC_INTERNALS]),
];

export default tseslint.config(
  // lib/protocol/generated is proto-loader-gen-types output (npm run proto:types), kept as the tool writes it.
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'lib/protocol/generated/**', 'docs/api/**', '.venv-real/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // Type-aware rules read types from the TypeScript program of the nearest tsconfig.json.
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Plain JavaScript files (this config) are not in tsconfig.json's program: no type-aware rules.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'off',
    },
  },
  ...LAYERS,
);
