import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../main/core/handlers';
import { CACHE_FILE } from '../../../../main/core/search/index-cache';
import { createServices } from '../../../../main/core/services';
import { NotebookStore } from '../../../../main/core/store';
import { openTempNotebook, tempDir } from '../../../helpers/temp-notebook';
import { fillNotebook } from './search-fixtures';

/**
 * The worker thread for real: search-worker.ts bundled with esbuild (as electron-vite bundles it
 * into out/main/search-worker.js), started by the services the way the app and browser mode start it.
 */
const bundleDir = tempDir('frontier-worker-');
const script = join(bundleDir.dir, 'search-worker.mjs');
let nb: Awaited<ReturnType<typeof openTempNotebook>>;
let items: Awaited<ReturnType<typeof fillNotebook>>;

beforeAll(async () => {
  await build({ entryPoints: [join(import.meta.dirname, '../../../../main/core/search/search-worker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: script, logLevel: 'silent' });
  nb = await openTempNotebook();
  items = await fillNotebook(nb);
  await nb.store.close();
});
afterAll(async () => {
  await nb?.dispose();
  bundleDir.cleanup();
});

async function openWithWorker() {
  const store = await NotebookStore.open(nb.dir);
  const services = createServices({ store, now: () => new Date(), searchWorker: script });
  return { store, services, handlers: createHandlers(services) };
}

describe('the search worker thread', () => {
  it('builds the index off the main thread, answers queries, follows saves and writes the cache on close', async () => {
    const { store, services, handlers } = await openWithWorker();
    try {
      expect(handlers['search.status']({})).toMatchObject({ state: 'indexing' });
      const r = await handlers['search.query']({ query: 'ISIS ', limit: 50 });
      expect(r.hits.map((h) => h.id).sort()).toEqual([items.iskpNote.id, items.en.id, items.fa.id, items.bombing.id].sort());
      expect(r.hits.find((h) => h.id === items.en.id)!.highlights.length).toBeGreaterThan(0);
      expect(handlers['search.status']({})).toMatchObject({ state: 'ready', message: expect.stringMatching(/8 items indexed/) });

      const note = await services.notes.create({ title: 'Rasht valley', body: 'Former opposition commanders in Gharm.' });
      expect((await handlers['search.query']({ query: 'gharm', limit: 50 })).hits.map((h) => h.id)).toEqual([note.id]);
      expect((await services.search.stats()).heapUsed).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
    expect(existsSync(join(nb.dir, 'index', CACHE_FILE))).toBe(true);
  });

  it('opens from the cache the worker wrote', async () => {
    const { store, handlers } = await openWithWorker();
    try {
      expect((await handlers['search.query']({ query: 'gharm', limit: 50 })).hits.map((h) => h.title)).toEqual(['Rasht valley']);
      expect((await handlers['search.status']({})).message).toMatch(/^Index loaded from the cache/);
    } finally {
      await store.close();
    }
  });

  it('becomes ready on an empty notebook with no cache, and finds what is added then', async () => {
    const empty = await openTempNotebook();
    await empty.store.close();
    const store = await NotebookStore.open(empty.dir);
    const services = createServices({ store, now: () => new Date(), searchWorker: script });
    const handlers = createHandlers(services);
    try {
      expect((await handlers['search.query']({ query: 'kunduz', limit: 10 })).hits).toEqual([]);
      expect(handlers['search.status']({})).toMatchObject({ state: 'ready' });
      const note = await services.notes.create({ title: 'Kunduz', body: 'First note.' });
      expect((await handlers['search.query']({ query: 'kunduz', limit: 10 })).hits.map((h) => h.id)).toEqual([note.id]);
    } finally {
      await store.close();
      await empty.dispose();
    }
  });
});
