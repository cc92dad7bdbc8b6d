// Lint rules for the whole tree: ESLint's and typescript-eslint's recommended sets, and
// eslint-plugin-svelte's for components. Formatting is Prettier's job, not the linter's.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/**', 'public/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A leading underscore marks a value that is deliberately left unused (a skipped tuple slot).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Enum members are named constants; the engine's hot loop has several that share a value.
    files: ['src/engine/**/*.ts'],
    rules: { '@typescript-eslint/no-duplicate-enum-values': 'off' },
  },
  {
    // Tests edit plain scenario JSON freely, without a type for every shape they build.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
