// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // lib/generated is proto-loader-gen-types output (npm run proto:types), kept as the tool writes it.
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'lib/generated/**', 'docs/api/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
);
