import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
// FRONTIER_OUT_DIR lets a second build live beside out/ (tests read the same variable).
const out = process.env['FRONTIER_OUT_DIR'] ? resolve(process.env['FRONTIER_OUT_DIR']) : resolve(root, 'out');

/**
 * `npx frontier` and npm's bin link run out/main/cli.js directly, so it must be executable. npm sets
 * the bit only when it links the package, and every build writes the file anew as 0644.
 */
const executableCli: Plugin = {
  name: 'frontier-executable-cli',
  writeBundle(options, bundle) {
    for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.name === 'cli') chmodSync(resolve(options.dir ?? '', file), 0o755);
  },
};

export default defineConfig({
  // Node entries: the Electron main process, the `frontier` CLI and the browser-mode host (serve) share
  // main/core, so they are built together and share chunks.
  main: {
    plugins: [executableCli],
    build: {
      outDir: resolve(out, 'main'),
      // playwright-core (the CLI's and browser mode's PDF engine) reads its own files at run time,
      // so it is loaded from node_modules, not bundled; it is a devDependency because the packaged
      // Electron app prints with printToPDF instead and never loads it.
      externalizeDeps: { include: ['playwright-core'] },
      rolldownOptions: {
        input: {
          main: resolve(root, 'main/app/main.ts'),
          cli: resolve(root, 'main/cli/cli.ts'),
          serve: resolve(root, 'main/host/serve.ts'),
          // The search index's worker thread; main.js and serve.js start it from beside themselves.
          'search-worker': resolve(root, 'main/core/search/search-worker.ts'),
          // Extraction's worker thread: its first job loads the gazetteer and language models.
          'extract-worker': resolve(root, 'main/core/extract/thread/extract-worker.ts'),
        },
        output: {
          // `npx frontier` runs out/main/cli.js directly.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  // A sandboxed preload can require only Electron's own modules, so it is one CommonJS file with
  // everything else bundled in (test/main/preload checks that).
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'main/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
