// ESLint flat config: typescript-eslint strict + stylistic type-checked rules, layer boundaries, size guards.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const layer = (from, forbidden, message) => ({
  files: [`${from}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }] },
});

export default tseslint.config(
  // Example bean modules are plain JavaScript a user writes, not project code.
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/dsl/schema/generated/', 'examples/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false }],
      complexity: ['error', 16],
      'max-depth': ['error', 4],
      'max-params': ['error', 5],
      'max-lines': ['warn', 400],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'], rules: { 'max-lines': 'off', complexity: 'off' } },
  {
    // The one-off extractors walk untyped JSON and Markdown tables; their branches mirror the shapes they read.
    files: ['scripts/gen/camel-typebox.ts', 'scripts/gen/dsl-facts.ts'],
    rules: {
      complexity: 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
    },
  },
  layer('src/api', ['../*', '!./*'], 'src/api is the SPI: it imports nothing internal.'),
  {
    files: ['connectors/**/*.ts'],
    ignores: ['connectors/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!api/index\\.js$)',
              message: 'connectors import only the public SPI (src/api/index.js).',
            },
          ],
        },
      ],
    },
  },
  layer('src/dsl', ['../validate/*', '../compile/*', '../engine/*', '../cli/*'], 'dsl imports only api.'),
  layer('src/engine', ['../dsl/*', '../validate/*', '../compile/*', '../cli/*'], 'the engine never sees YAML.'),
  prettier,
);
