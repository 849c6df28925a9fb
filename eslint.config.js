// Lint, and the folder boundaries of ARCHITECTURE.md enforced mechanically:
// the renderer never reaches db/ or Node; db/ never reaches electron/ or renderer/; only
// electron/main (and the preload, which must) imports 'electron'; the contract imports only zod
// and the enum constants.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

// Bare module names ('electron') are matched exactly; anything with a slash or glob as a path pattern.
const restrict = (names, message) => {
  const exact = names.filter((n) => !n.includes('/') && !n.includes('*'));
  const patterns = names.filter((n) => n.includes('/') || n.includes('*'));
  return {
    'no-restricted-imports': [
      'error',
      { paths: exact.map((name) => ({ name, message })), patterns: patterns.length ? [{ group: patterns, message }] : [] },
    ],
  };
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'migrations/**', 'coverage/**', 'screenshots/**', 'native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict(['electron'], "Only electron/main (and the preload) may import 'electron'; put behaviour in code that runs under plain Node."),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['**/db/*', '**/db/**', '**/electron/handlers/**', '**/electron/server/**', '**/electron/services/**', '**/electron/main/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'electron', ...nodeBuiltins],
        'The renderer knows only the API contract (electron/contract): no db/, no Node, no Electron.',
      ),
    },
  },
  {
    // The code both processes share (the office clock, …): it runs in the page and in Node, so
    // it imports nothing at all (zod at most).
    files: ['common/**/*.ts'],
    rules: restrict(
      ['**/db/*', '**/db/**', '**/electron/**', '**/renderer/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'electron', 'react', 'react-dom', ...nodeBuiltins],
      'common/ is shared by the renderer and the server: no Node, no database, no Electron, no React.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict(['**/electron/**', '**/renderer/**', 'electron', 'react', 'react-dom'], 'db/ never imports electron/ or renderer/.'),
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: restrict(
      ['**/db/*', '**/db/**', '**/handlers/**', '**/server/**', '**/main/**', '**/services/**', '**/renderer/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'electron', ...nodeBuiltins],
      'The contract imports only zod and common/ (enumerations, dates, shared rules).',
    ),
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // One way to open a database file, with the same pragmas everywhere (untrusted schema above
    // all): db/open.ts. The app, its workers and its tools (the bench, scripts) never construct a
    // connection themselves; tests may, to look at a file as it is, and so may the crash test's
    // checker (scripts/soak-kill.ts reads, read-only, what a SIGKILL left).
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    ignores: ['db/open.ts', 'tests/**/*.test.{ts,tsx}', 'scripts/soak-kill.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='better-sqlite3'][importKind!='type'] > ImportDefaultSpecifier, ImportDeclaration[source.value='better-sqlite3'][importKind!='type'] > ImportNamespaceSpecifier",
          message: 'Open a database through openDatabase (db/open.ts), which sets the same pragmas on every connection (trusted_schema=OFF); import only types from better-sqlite3.',
        },
        {
          selector: "CallExpression[callee.name='require'][arguments.0.value='better-sqlite3']",
          message: 'Open a database through openDatabase (db/open.ts), which sets the same pragmas on every connection (trusted_schema=OFF).',
        },
        {
          selector: "NewExpression[callee.name='Database']",
          message: 'Open a database through openDatabase (db/open.ts), which sets the same pragmas on every connection (trusted_schema=OFF).',
        },
      ],
    },
  },
);
