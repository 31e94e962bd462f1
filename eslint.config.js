// Lint holds the architecture: the layer table of CONTRIBUTING.md is LAYERS below, checked on every
// import (eslint-plugin-boundaries), plus typescript-eslint's and React hooks' recommended rules.
// test/lint-rules.test.ts shows one failing case per rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

/**
 * Which layers (folders) and which npm packages each layer may import. A layer may always import
 * its own files. `node: true` allows Node's built-in modules (fs, path, …).
 * Tests and test helpers inside a layer may also use the test tools (TEST_PACKAGES).
 */
export const LAYERS = {
  domain: { layers: [], packages: ['date-fns', 'zod', 'ibantools'] },
  machines: { layers: ['domain'], packages: ['xstate', 'zod'] },
  db: { layers: ['domain'], packages: ['drizzle-orm', 'better-sqlite3'], node: true },
  i18n: { layers: ['domain', 'machines'], packages: ['intl-messageformat'] },
  formats: { layers: ['domain'], packages: ['papaparse', 'exceljs', 'fast-xml-parser', 'saxes', 'iconv-lite'] },
  ipc: { layers: ['domain'], packages: ['zod'] },
  handlers: { layers: ['db', 'domain', 'ipc', 'i18n', 'formats'], packages: ['zod'], node: true },
  electron: { layers: ['handlers', 'ipc', 'db', 'domain', 'i18n'], packages: ['electron'], node: true },
  // ipc/ for the renderer: the contract's schemas (ipc/channels, contract, channel) as values, the rest as types only.
  renderer: { layers: ['domain', 'machines', 'ipc', 'i18n'], packages: ['react', 'react-dom', '@xstate/react', 'xstate', 'zod', '@tanstack/react-query', '@tanstack/react-virtual'] },
  scripts: { layers: '*', packages: '*', node: true },
  test: { layers: '*', packages: '*', node: true },
};

const TEST_PACKAGES = ['vitest', '@testing-library/*', 'fast-check', 'esbuild', 'playwright-core', 'yaml', 'app-builder-lib'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/test-*.ts', '**/test-*.tsx'];
// Tool configuration at the top (vite, vitest, drizzle, eslint) stands outside the layers.
const ROOT_CONFIG_FILES = ['*.config.ts', '*.config.js', '*.config.mjs'];



function policiesFor(name, layer) {
  const from = { element: { type: name } };
  const policies = [];
  if (layer.layers === '*') policies.push({ from, allow: { to: { element: { type: '*' } } } });
  else {
    policies.push({ from, allow: { to: { element: { type: [name, ...layer.layers.filter((l) => l !== 'ipc' || name !== 'renderer')] } } } });
  }
  if (layer.packages === '*') policies.push({ from, allow: { to: { module: { origin: 'external' } } } });
  else if (layer.packages.length) policies.push({ from, allow: { to: { module: { origin: 'external', source: layer.packages } } } });
  if (layer.node) policies.push({ from, allow: { to: { module: { origin: 'core' } } } });
  return policies;
}

const layerPolicies = [
  ...Object.entries(LAYERS).flatMap(([name, layer]) => policiesFor(name, layer)),
  // The renderer reads the contract's schemas (and validates with them as the handlers do), never the
  // transport's or the handlers' runtime.
  {
    from: { element: { type: 'renderer' } },
    allow: { to: { element: { type: 'ipc' }, file: { path: ['ipc/channels/**', 'ipc/contract.ts', 'ipc/channel.ts', 'ipc/validation.ts'] } } },
  },
  { from: { element: { type: 'renderer' } }, allow: { to: { element: { type: 'ipc' } }, dependency: { kind: 'type' } } },
  // Tests and test helpers may use the test tools, Node, the shared test helpers in test/, and the
  // catalogue to render the messages they expect.
  {
    from: { file: { path: TEST_FILES } },
    allow: [
      { to: { module: { origin: 'external', source: TEST_PACKAGES } } },
      { to: { module: { origin: 'core' } } },
      { to: { element: { type: ['test', 'i18n'] } } },
    ],
  },
  // A handler's test may look in the ledger's tables itself to check what a use case wrote.
  {
    from: { element: { type: 'handlers' }, file: { path: TEST_FILES } },
    allow: { to: { module: { origin: 'external', source: ['drizzle-orm', 'better-sqlite3'] } } },
  },
];

// The renderer reaches the application only through renderer/api/client.ts.
const TRANSPORT_MESSAGE = 'The renderer talks to the application only through renderer/api/client.ts (call / printLetter).';
const transportGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({ name, message: TRANSPORT_MESSAGE }));
const transportSyntax = [
  { selector: "MemberExpression[property.name='belwijzer']", message: TRANSPORT_MESSAGE },
  { selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name=/^(fetch|XMLHttpRequest|WebSocket|EventSource)$/]", message: TRANSPORT_MESSAGE },
  { selector: "MemberExpression[object.name='navigator'][property.name='sendBeacon']", message: TRANSPORT_MESSAGE },
];
// Node's globals do not exist in the renderer (no node integration); import.meta.env is Vite's.
const nodeGlobals = ['process', 'require', 'module', 'Buffer', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: 'The renderer runs in the browser sandbox: no Node globals.',
}));

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The code uses `_name` for a deliberately unused parameter or destructured rest sibling.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/client.ts', ...TEST_FILES],
    rules: {
      'no-restricted-globals': ['error', ...transportGlobals, ...nodeGlobals],
      'no-restricted-syntax': ['error', ...transportSyntax],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ROOT_CONFIG_FILES,
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        ...Object.keys(LAYERS).map((name) => ({ type: name, pattern: name, partialMatch: false })),
      ],
      'boundaries/legacy-templates': false,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies: layerPolicies }],
      // Every linted file belongs to a layer of the table.
      'boundaries/no-unknown-files': 'error',
    },
  },
);
