import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints code as if it lived at a path in the real tree, without writing files, so the probes use
// the project's real eslint.config.js and folder layout.
const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function lint(relativePath: string, code: string): Promise<Linter.LintMessage[]> {
  const filePath = path.join(root, relativePath);
  // An ignored path would "pass" with a "File ignored" warning; a probe must really be linted.
  expect(await eslint.isPathIgnored(filePath)).toBe(false);
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A broken config or resolver shows up as a fatal message or a "Resolve error".
  expect(messages.filter((m) => m.fatal || m.message.startsWith('Resolve error'))).toEqual([]);
  return messages;
}

/** Messages from the layer and sink rules only (not e.g. no-unused-vars on the probe). */
async function layerErrors(relativePath: string, code: string): Promise<string[]> {
  const rules = new Set(['import-x/no-restricted-paths', 'import-x/no-nodejs-modules', 'no-restricted-syntax']);
  return (await lint(relativePath, code)).filter((m) => m.ruleId && rules.has(m.ruleId)).map((m) => m.message);
}

describe('electron is for main/app and main/preload only', () => {
  it.each([
    ['main/core/__probe__.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['main/core/__probe__.ts', "import type { App } from 'electron';\nexport type X = App;\n"],
    ['main/core/__probe__.ts', "export const load = () => import('electron');\n"],
    ['main/cli/__probe__.ts', "import { app } from 'electron/main';\nexport const x = app;\n"],
    ['main/host/__probe__.ts', "export * from 'electron';\n"],
    ['shared/__probe__.ts', "import 'electron';\n"],
    ['renderer/__probe__.tsx', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
  ])('%s: %s fails', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/app/__probe__.ts', "import 'electron';\n"],
    ['main/app/__probe__.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['main/preload/__probe__.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;\n"],
    ['test/main/__probe__.test.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    // A different package whose name merely starts with "electron".
    ['main/core/__probe__.ts', "import log from 'electron-log';\nexport const x = log;\n"],
  ])('%s: %s passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

describe('renderer and shared have no Node', () => {
  it.each([
    ['renderer/__probe__.tsx', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['renderer/__probe__.tsx', "import { readFile } from 'fs/promises';\nexport const x = readFile;\n"],
    ['renderer/__probe__.tsx', "import path from 'path';\nexport const x = path;\n"],
    ['renderer/features/map/__probe__.tsx', "export const load = () => import('node:child_process');\n"],
    ['shared/__probe__.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n"],
    ['shared/__probe__.ts', "import type { Buffer } from 'node:buffer';\nexport type X = Buffer;\n"],
    ['shared/__probe__.ts', "import test from 'node:test';\nexport const x = test;\n"],
    ['main/preload/__probe__.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
  ])('%s: %s fails', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['main/core/__probe__.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['main/host/__probe__.ts', "import { spawn } from 'child_process';\nexport const x = spawn;\n"],
    ['test/__probe__.test.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
  ])('%s: %s passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

describe('folders import along the layer table', () => {
  it.each([
    // renderer ⟂ main, whether or not the target file exists yet.
    ['renderer/x.tsx', "import { x } from '../main/core/x';\nexport const y = x;\n"],
    ['renderer/features/notes/x.tsx', "export const load = () => import('../../../main/app/window');\n"],
    ['main/core/x.ts', "import { x } from '../../renderer/api/x';\nexport const y = x;\n"],
    // shared ⟂ everything.
    ['shared/model/x.ts', "import { x } from '../../main/core/x';\nexport const y = x;\n"],
    ['shared/model/x.ts', "import { x } from '../../renderer/x';\nexport const y = x;\n"],
    ['shared/model/x.ts', "import { x } from '../../test/fixtures/x';\nexport const y = x;\n"],
    // core, cli, host know nothing of the Electron glue; core is the bottom of main/.
    ['main/core/x.ts', "import { createMainWindow } from '../app/window';\nexport const y = createMainWindow;\n"],
    ['main/cli/x.ts', "import { x } from '../preload/preload';\nexport const y = x;\n"],
    ['main/host/x.ts', "import { x } from '../app/protocol-path';\nexport const y = x;\n"],
    ['main/core/x.ts', "import { x } from '../cli/x';\nexport const y = x;\n"],
    // The preload gets the contract, nothing else.
    ['main/preload/preload.ts', "import { x } from '../../shared/model/note';\nexport const y = x;\n"],
    ['main/preload/preload.ts', "import { x } from '../core/handlers';\nexport const y = x;\n"],
    // A top-level folder nobody listed is closed by default.
    ['renderer/x.tsx', "import { x } from '../tools/x';\nexport const y = x;\n"],
    // Sources never import tests.
    ['main/core/x.ts', "import { x } from '../../test/fixtures/x';\nexport const y = x;\n"],
  ])('%s: %s fails', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/x.tsx', "import { x } from '../shared/model/x';\nexport const y = x;\n"],
    ['renderer/App.tsx', "import { MapView } from './features/map/MapView';\nexport const y = MapView;\n"],
    ['renderer/features/map/x.tsx', "import borders from '../../../assets/geo/borders.json';\nexport const y = borders;\n"],
    ['renderer/x.tsx', "import { createRoot } from 'react-dom/client';\nexport const y = createRoot;\n"],
    ['main/core/x.ts', "import { x } from '../../shared/ipc/contract';\nexport const y = x;\n"],
    ['main/app/x.ts', "import { x } from '../core/handlers';\nexport const y = x;\n"],
    ['main/cli/x.ts', "import { x } from '../core/handlers';\nexport const y = x;\n"],
    ['main/host/x.ts', "import { x } from '../core/handlers';\nexport const y = x;\n"],
    ['main/preload/preload.ts', "import { contract } from '../../shared/ipc/contract';\nexport const y = contract;\n"],
    ['test/main/x.test.ts', "import { x } from '../../main/app/window';\nimport { y } from '../../renderer/x';\nexport const z = [x, y];\n"],
  ])('%s: %s passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

describe('leaflet is for renderer/features/map only', () => {
  it.each([
    ['renderer/App.tsx', "import L from 'leaflet';\nexport const x = L;\n"],
    ['renderer/App.tsx', "import 'leaflet/dist/leaflet.css';\n"],
    ['renderer/features/notes/NoteView.tsx', "import { MapContainer } from 'react-leaflet';\nexport const x = MapContainer;\n"],
    ['renderer/features/notes/NoteView.tsx', "import { createPathComponent } from '@react-leaflet/core';\nexport const x = createPathComponent;\n"],
    ['shared/geo/x.ts', "import L from 'leaflet';\nexport const x = L;\n"],
    ['main/core/x.ts', "import L from 'leaflet';\nexport const x = L;\n"],
  ])('%s: %s fails', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/features/map/MapView.tsx', "import L from 'leaflet';\nexport const x = L;\n"],
    ['renderer/features/map/MapView.tsx', "import 'leaflet/dist/leaflet.css';\n"],
    ['renderer/features/map/layers/Border.tsx', "import { GeoJSON } from 'react-leaflet';\nexport const x = GeoJSON;\n"],
  ])('%s: %s passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

describe('renderer writes no HTML strings into the DOM', () => {
  it.each([
    'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }\n',
    'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }\n',
    "export function f(el: HTMLElement, s: string) { el['innerHTML'] += s; }\n",
    "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }\n",
    'export function f(s: string) { document.write(s); }\n',
  ])('%s fails', async (code) => {
    expect(await layerErrors('renderer/features/map/popup.ts', code)).toHaveLength(1);
  });

  it('textContent passes', async () => {
    const code = 'export function f(el: HTMLElement, s: string) { el.textContent = s; return el.innerHTML; }\n';
    expect(await layerErrors('renderer/features/map/popup.ts', code)).toEqual([]);
  });

  it('main/ may build HTML strings (the dossier renderer does)', async () => {
    const code = 'export function f(el: { innerHTML: string }, s: string) { el.innerHTML = s; }\n';
    expect(await layerErrors('main/core/x.ts', code)).toEqual([]);
  });
});

describe('ignores', () => {
  it.each(['out/main/main.js', 'dist/x.js', 'node_modules/x/index.js', 'test-results/x.js'])('%s is ignored', async (file) => {
    expect(await eslint.isPathIgnored(path.join(root, file))).toBe(true);
  });
});
