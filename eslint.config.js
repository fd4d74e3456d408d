// ESLint flat config: typescript-eslint's recommended rules, the two classic React hook rules, and the
// layering rules the developer guide states (shared/ is pure domain; renderer/ never reaches into Node,
// Electron or the main process). No formatting rules: Prettier owns layout.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Every Node built-in, bare (`fs`, `fs/promises`) and with the `node:` scheme.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const noNode = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'Node built-ins belong in electron/ (the main process).' })),
  patterns: [{ group: ['node:*'], message: 'Node built-ins belong in electron/ (the main process).' }],
};
const noElectronPackage = {
  regex: '^electron(/|$)',
  message: 'Only the main process and preload (electron/) may use Electron.',
};

export default defineConfig(
  {
    ignores: ['dist/', 'dist-electron/', 'release/', 'native/', 'node_modules/', 'test-results/', 'coverage/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a rest-omit).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // No import cycles anywhere (the guide's rule); resolved the way TypeScript resolves them.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads (and so follows) only files with these extensions, with the TypeScript parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The classic hook rules only: v7's recommended preset also turns on the React Compiler's rules.
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode.paths,
          patterns: [
            ...noNode.patterns,
            noElectronPackage,
            {
              // The main process's code, reached by a relative path (`../../electron/services/...`).
              regex: '^(\\.\\.?/)+electron(/|$)',
              message: 'The renderer talks to the main process only through renderer/ui/bridge.ts and shared/contract.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode.paths,
          patterns: [
            ...noNode.patterns,
            noElectronPackage,
            {
              // Node-only or DOM-only libraries.
              regex: '^(react|react-dom|wavesurfer\\.js|recharts|@tanstack/react-virtual|lowdb|node-av|nodejs-whisper|sherpa-onnx-node|playwright-core)(/|$)',
              message: 'shared/ is pure domain: no Node, DOM or Electron libraries.',
            },
            {
              regex: '^(\\.\\.?/)+(electron|renderer|tests)(/|$)',
              message: 'shared/ is the bottom layer: it may not import from electron/, renderer/ or tests/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'shared/ is pure domain: it runs unchanged in the main process, the renderer and tests.',
        })),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\.?/)+renderer(/|$)',
              message: 'The main process does not import the UI; share code through shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bench/**/*.ts'],
    // The review bench drives the built renderer in Chromium: page.evaluate callbacks use DOM globals.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
