import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

// The layers of DESIGN.md "Architecture", bottom to top; a file may import its own layer and the
// layers this table lists for it, never one above (e.g. storage → i18n, i18n → features).
const LAYERS = {
  domain: [],
  platform: [],
  boardfile: ['domain'],
  storage: ['domain', 'boardfile', 'platform'],
  state: ['domain'],
  i18n: ['domain', 'state', 'boardfile', 'storage'],
  ui: ['domain', 'boardfile', 'platform', 'storage', 'state', 'i18n'],
  features: ['domain', 'boardfile', 'platform', 'storage', 'state', 'i18n', 'ui'],
  app: ['domain', 'boardfile', 'platform', 'storage', 'state', 'i18n', 'ui', 'features'],
};

export const layerRules = {
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    'boundaries/elements': [
      ...Object.keys(LAYERS)
        .filter((type) => type !== 'app')
        .map((type) => ({ type, pattern: `src/${type}/**`, partialMatch: false })),
      { type: 'app', pattern: 'src/*.{ts,tsx}', partialMatch: false },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: Object.entries(LAYERS).map(([type, below]) => ({
          from: { element: { type } },
          allow: { to: { element: { types: { anyOf: [type, ...below] } } } },
        })),
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench-results/**', 'test-results/**', '**/*.tmp.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // User text must never be rendered as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...layerRules },
  {
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
