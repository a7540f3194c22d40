// ESLint (issue #14): typescript-eslint's type-aware rules, chiefly for promises and `any`.
// Formatting is Prettier's job (eslint-config-prettier turns the overlapping rules off). Import
// cycles are caught by test/architecture/imports.test.ts in a tenth of a second, type-only imports,
// folder cycles and layers included; import-x/no-cycle skipped type imports and cost a quarter of
// the lint time (about 8 of 35 s of CPU).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'evalgate-demo/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // One import statement per module, except that `import type` may stand beside it.
      'no-duplicate-imports': ['error', { includeExports: true, allowSeparateTypeImports: true }],
      // An `async` function without `await` is how this code base writes a Promise-returning
      // implementation (fakes, Response-like bodies, agent fixtures whose throw must reject):
      // flagging it would push `Promise.resolve` wrappers, not catch bugs. Promise misuse is
      // no-floating-promises' and no-misused-promises' job.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (scripts, benches, agent fixtures) has no types: every JSON.parse is `any`,
    // so the no-unsafe-* family would flag every line without finding anything. The promise rules,
    // which need no annotations, stay on.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Vitest types its asymmetric matchers (`expect.any(Number)`, `expect.stringMatching(…)`) as
    // `any`, so every matcher inside an expected object would be flagged. Reading `any` is still
    // caught by no-unsafe-member-access / -call / -argument.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  prettier,
);
