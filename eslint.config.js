// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
