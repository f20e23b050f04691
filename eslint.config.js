// @ts-check
import path from 'node:path';
import { isBuiltin } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/*
 * ARCHITECTURE §1 as data: what each layer may import. A layer may import its listed folders and
 * packages, the paths in EVERY_LAYER_MAY, and npm libraries that are not in LAYER_PACKAGES;
 * anything else in the project is forbidden to it. Nested layers (renderer/features/map) override
 * their parent for their own files. test/ and the root config files are not layers.
 */
/** @typedef {{ dir: string, may: string[], node: boolean }} Layer */
/** @type {Layer[]} */
const LAYERS = [
  { dir: 'shared', may: ['shared'], node: false },
  { dir: 'main/core', may: ['shared', 'main/core'], node: true },
  { dir: 'main/app', may: ['shared', 'main/core', 'main/app', 'electron'], node: true },
  // A sandboxed preload can require only Electron's modules; it gets the contract and nothing else.
  { dir: 'main/preload', may: ['shared/ipc', 'main/preload', 'electron'], node: false },
  // cli may reach host, so that commands can serve or print through it.
  { dir: 'main/cli', may: ['shared', 'main/core', 'main/host', 'main/cli'], node: true },
  { dir: 'main/host', may: ['shared', 'main/core', 'main/host'], node: true },
  { dir: 'renderer', may: ['shared', 'renderer'], node: false },
  {
    dir: 'renderer/features/map',
    may: ['shared', 'renderer', 'leaflet', 'react-leaflet', '@react-leaflet'],
    node: false,
  },
];

/** Project paths every layer may import: data files, the package manifest, npm libraries. */
const EVERY_LAYER_MAY = ['assets', 'package.json', 'node_modules'];

/** npm packages bound to layers, by the folder they resolve to (see lexicalResolver). */
const LAYER_PACKAGES = {
  electron: 'node_modules/electron',
  leaflet: 'node_modules/leaflet',
  'react-leaflet': 'node_modules/react-leaflet',
  '@react-leaflet': 'node_modules/@react-leaflet',
};

/** @param {string} inner @param {string} outer */
const isWithin = (inner, outer) => inner === outer || inner.startsWith(`${outer}/`);

/**
 * import-x/no-restricted-paths zones forbidding `layer` everything it may not import: the whole
 * project except its allowed paths (an allowlist, so a new top-level folder is closed by default),
 * and each layer-bound package it does not list.
 * @param {Layer} layer
 */
function zonesFor(layer) {
  const packages = layer.may.filter((entry) => Object.hasOwn(LAYER_PACKAGES, entry));
  const folders = layer.may.filter((entry) => !packages.includes(entry));
  const message =
    `ARCHITECTURE §1: ${layer.dir}/ may import only ${layer.may.join(', ')}, ` +
    `${layer.node ? 'Node builtins, ' : ''}assets/ and other npm libraries.`;
  return [
    { target: layer.dir, from: '.', except: [...folders, ...EVERY_LAYER_MAY], message },
    ...Object.entries(LAYER_PACKAGES)
      .filter(([name]) => !packages.includes(name))
      .map(([, from]) => ({ target: layer.dir, from, message })),
  ];
}

/**
 * Resolves imports by their text alone, without touching the disk: relative and absolute
 * specifiers against the importing file, bare ones to node_modules/<name>, builtins to nothing.
 * no-restricted-paths ignores imports it cannot resolve, so a resolver that needs the file to
 * exist would let `import '../../main/core/not-yet-written'` through; this one cannot miss, and
 * it catches `electron/main` and `leaflet/dist/leaflet.css` as the package they belong to.
 * Only the layer rules use it; no rule that needs real resolution (no-unresolved, named) is on.
 */
const lexicalResolver = {
  interfaceVersion: 3,
  name: 'frontier-lexical',
  /** @param {string} modulePath @param {string} sourceFile */
  resolve(modulePath, sourceFile) {
    const specifier = modulePath.replace(/[?#].*$/s, ''); // vite's ?url, ?raw
    if (isBuiltin(specifier)) return { found: true, path: null };
    if (specifier.startsWith('.')) return { found: true, path: path.resolve(path.dirname(sourceFile), specifier) };
    if (path.isAbsolute(specifier)) return { found: true, path: path.resolve(specifier) };
    return { found: true, path: path.join(root, 'node_modules', specifier) };
  },
};

const SOURCE_FILES = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

/** One config object per layer: its zones and, for non-Node layers, no Node builtins. */
const layerConfigs = LAYERS.map((layer) => ({
  name: `frontier/layer/${layer.dir}`,
  files: SOURCE_FILES.map((glob) => `${layer.dir}/${glob}`),
  // A nested layer has its own config object; rule options do not merge across objects.
  ignores: LAYERS.filter((other) => other !== layer && isWithin(other.dir, layer.dir)).map((other) => `${other.dir}/**`),
  rules: {
    'import-x/no-restricted-paths': ['error', { basePath: root, zones: zonesFor(layer) }],
    // Uses node:module's isBuiltin, so `fs`, `fs/promises`, `node:fs` and node:-only modules
    // (`node:test`) are all caught, in static and dynamic imports and require().
    ...(layer.node ? {} : { 'import-x/no-nodejs-modules': 'error' }),
  },
}));

/**
 * Files allowed to write HTML into the DOM: the sanitizer module, once it exists
 * (ARCHITECTURE §7: imported HTML and Markdown go through DOMPurify). Keep this list short.
 */
/** @type {string[]} */
const HTML_SINK_ALLOWLIST = [];

const HTML_SINK_MESSAGE =
  'Do not write HTML strings into the DOM: build nodes with textContent, or pass the HTML through ' +
  'the sanitizer module (ARCHITECTURE §7).';

export default defineConfig([
  globalIgnores(['out/', '.out-*/', 'node_modules/', 'test-results/', 'dist/', 'coverage/', '.vitest-cache/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'frontier/base',
    files: SOURCE_FILES,
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [lexicalResolver] },
    rules: {
      // `_` marks a parameter kept for its position or for documentation (decideWindowOpen).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Globals only matter to plain .js files (typescript-eslint turns no-undef off for TS).
  {
    name: 'frontier/node-globals',
    files: SOURCE_FILES,
    ignores: ['renderer/**'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'frontier/renderer-globals',
    files: SOURCE_FILES.map((glob) => `renderer/${glob}`),
    languageOptions: { globals: globals.browser },
  },

  ...layerConfigs,

  {
    name: 'frontier/renderer-html-sinks',
    files: SOURCE_FILES.map((glob) => `renderer/${glob}`),
    ignores: HTML_SINK_ALLOWLIST,
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'AssignmentExpression[left.property.name=/^(inner|outer)HTML$/]', message: HTML_SINK_MESSAGE },
        { selector: 'AssignmentExpression[left.property.value=/^(inner|outer)HTML$/]', message: HTML_SINK_MESSAGE },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
          message: HTML_SINK_MESSAGE,
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: HTML_SINK_MESSAGE,
        },
      ],
    },
  },
]);
