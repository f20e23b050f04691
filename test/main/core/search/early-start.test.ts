import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSearchEarly } from '../../../../main/core/search';
import { claimEarlyStart, configFor } from '../../../../main/core/search/early-start';
import { CACHE_FILE, decodeCache } from '../../../../main/core/search/index-cache';
import { ANALYZER_VERSION } from '../../../../main/core/search/engine';
import { createServices } from '../../../../main/core/services';
import { NotebookStore } from '../../../../main/core/store';
import { openTempNotebook, tempDir } from '../../../helpers/temp-notebook';
import { fillNotebook } from './search-fixtures';

/**
 * The search thread launched before its notebook is open, as the app, browser mode and the
 * benchmark launch it: it reads its cache while the notebook opens and may answer from the cached
 * records. A cache the notebook no longer matches must never be trusted, whatever it says about
 * itself: each case here leaves a cache behind, changes the notebook without the index running,
 * and checks that the first answer is the changed notebook's.
 */
const bundleDir = tempDir('frontier-early-');
const script = join(bundleDir.dir, 'search-worker.mjs');
const notebooks: Array<Awaited<ReturnType<typeof openTempNotebook>>> = [];

beforeAll(async () => {
  await build({ entryPoints: [join(import.meta.dirname, '../../../../main/core/search/search-worker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: script, logLevel: 'silent' });
});
afterEach(async () => {
  for (const nb of notebooks.splice(0)) await nb.dispose();
});
afterAll(() => bundleDir.cleanup());

/** A filled notebook, closed after an index with the worker wrote its cache. */
async function cachedNotebook() {
  const nb = await openTempNotebook();
  notebooks.push(nb);
  const items = await fillNotebook(nb);
  await nb.store.close();
  const opened = await openEarly(nb.dir);
  await opened.services.search.search({ query: 'kunduz', limit: 5 });
  await opened.store.close(); // writes the cache
  return { dir: nb.dir, items };
}

/** Opens the notebook as the app does: the search thread first, then the notebook, then the services. */
async function openEarly(dir: string) {
  startSearchEarly(script, dir);
  const store = await NotebookStore.open(dir);
  const services = createServices({ store, now: () => new Date(), searchWorker: script });
  return { store, services };
}

/** The first query's answer after an early-start open, and what opening the index did. */
async function firstAnswer(dir: string, query: string) {
  const { store, services } = await openEarly(dir);
  try {
    // The services took the thread launched for this notebook: there is none left to claim.
    expect(claimEarlyStart(script, configFor(dir))).toBeUndefined();
    const hits = (await services.search.search({ query, limit: 50 })).hits.map((h) => h.title);
    return { hits, message: services.search.status().message ?? '' };
  } finally {
    await store.close();
  }
}

/** Edits with the CLI's kind of session: no search running, so the cache is not told. */
async function editWithoutSearch(dir: string, edit: (store: NotebookStore, services: ReturnType<typeof createServices>) => Promise<void>) {
  const store = await NotebookStore.open(dir);
  try {
    await edit(store, createServices({ store, now: () => new Date() }));
  } finally {
    await store.close();
  }
}

describe('a search thread started before the notebook opens', () => {
  it('answers from its cache when the notebook confirms every item', async () => {
    const { dir } = await cachedNotebook();
    const r = await firstAnswer(dir, 'worshippers');
    expect(r.hits).toEqual(['Mosque bombing in Kunduz']);
    expect(r.message).toMatch(/^Index loaded from the cache \(/);
  });

  it('answers the first query with the edits made after the cache was written (stale cache)', async () => {
    const { dir, items } = await cachedNotebook();
    await editWithoutSearch(dir, async (store, services) => {
      await services.notes.update({ id: items.marketNote.id, body: 'Wheat from Kazakhstan is cheaper now.' });
      await services.notes.update({ id: items.iskpNote.id, title: 'ISKP recruiters near Kunduz' });
      await services.events.delete(items.protest.id);
    });
    const kunduz = await firstAnswer(dir, 'kunduz');
    // The renamed note under its new title only: the cached record of it (old title) is not served.
    expect(kunduz.hits).toContain('ISKP recruiters near Kunduz');
    expect(kunduz.hits).not.toContain('ISKP recruitment in Kunduz');
    expect(kunduz.message).toMatch(/^Index loaded from the cache; 2 changed item\(s\) indexed, 1 dropped/);
    expect((await firstAnswer(dir, 'kazakhstan')).hits).toEqual(['Market prices']);
    expect((await firstAnswer(dir, 'flour')).hits).toEqual([]);
    expect((await firstAnswer(dir, 'protested')).hits).toEqual([]);
  });

  it('does not trust a cached record whose words are unchanged but whose filters changed', async () => {
    const { dir, items } = await cachedNotebook();
    expect((await firstAnswer(dir, 'kabul grade:A-B')).hits).toEqual(['Kabul blast']);
    // Only the grade changes: the index's words for the source are the same, its record is not.
    await editWithoutSearch(dir, async (_store, services) => {
      await services.sources.update(items.en.id, { reliability: 'E' });
    });
    expect((await firstAnswer(dir, 'kabul grade:A-B')).hits).toEqual([]);
    expect((await firstAnswer(dir, 'kabul grade:E')).hits).toEqual(['Kabul blast']);
  });

  it('does not trust a cache that claims the notebook’s sequence number but reflects another history', async () => {
    // Two copies of one notebook, edited apart to the same sequence number; the index of one is
    // then put in the other (as a restore of the notebook without its index would leave it).
    const { dir: a, items } = await cachedNotebook();
    const other = tempDir('frontier-early-copy-');
    try {
      const b = join(other.dir, 'nb');
      cpSync(a, b, { recursive: true });
      await editWithoutSearch(b, async (_store, services) => {
        await services.notes.update({ id: items.marketNote.id, body: 'Caravans of Samarkand melons.' });
      });
      // In A the same note is edited differently, and A's index follows (and is written on close).
      const opened = await openEarly(a);
      await opened.services.notes.update({ id: items.marketNote.id, body: 'Bukhara carpets at the bazaar.' });
      await opened.services.search.search({ query: 'bukhara', limit: 5 });
      await opened.store.close();
      cpSync(join(a, 'index', CACHE_FILE), join(b, 'index', CACHE_FILE));
      const seqB = await NotebookStore.open(b, { readOnly: true }).then(async (s) => [s.stats().seq, await s.close()][0]);
      expect(decodeCache(readFileSync(join(b, 'index', CACHE_FILE)), ANALYZER_VERSION).seq).toBe(seqB);

      expect((await firstAnswer(b, 'bukhara')).hits).toEqual([]);
      expect((await firstAnswer(b, 'samarkand')).hits).toEqual(['Market prices']);
    } finally {
      other.cleanup();
    }
  });

  it('never serves another notebook’s index copied into this one', async () => {
    const { dir } = await cachedNotebook();
    const other = await openTempNotebook();
    notebooks.push(other);
    await other.services.notes.create({ title: 'Only note here', body: 'Nothing about mosques.' });
    await other.store.close();
    cpSync(join(dir, 'index', CACHE_FILE), join(other.dir, 'index', CACHE_FILE));
    expect((await firstAnswer(other.dir, 'worshippers')).hits).toEqual([]);
    expect((await firstAnswer(other.dir, 'mosques')).hits).toEqual(['Only note here']);
  });

  it('leaves a later open to start its own thread once an unclaimed one was stopped', async () => {
    const { dir } = await cachedNotebook();
    startSearchEarly(script, dir);
    const host = claimEarlyStart(script, configFor(dir))!;
    expect(host).toBeDefined();
    await host.close(); // what the expiry timer does to a thread whose notebook failed to open
    expect((await firstAnswer(dir, 'worshippers')).hits).toEqual(['Mosque bombing in Kunduz']);
  });
});
