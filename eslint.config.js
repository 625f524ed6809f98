import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/cdn/**',
      '**/.data/**',
      'docs/.vitepress/cache/**',
      'docs/dist/**',
      'demo/dist/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: widgets must run under a strict CSP.' },
      ],
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y, wc },
    rules: {
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      // Classes and registration are split on purpose (CONTRIBUTING.md, "Add a widget"): define/ files register.
      'wc/tag-name-matches-class': 'off',
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    // Core is the floor of the architecture: the domain, with no HTTP, storage, DOM or widgets.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@pfw/*'], message: 'Core is the floor: it imports no other package of ours.' },
            {
              group: ['node:*', 'zod', 'zod/*', 'lit', 'lit/*', '@lit/*', 'hono', 'hono/*'],
              message: 'Core does no I/O, validation on the wire or rendering.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
