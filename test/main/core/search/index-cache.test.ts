import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/core/services';
import { ANALYZER_VERSION } from '../../../../main/core/search';
import { CACHE_FILE, decodeCache, encodeCache } from '../../../../main/core/search/index-cache';
import { Segment } from '../../../../main/core/search/segment';
import { NotebookStore } from '../../../../main/core/store';
import { openTempNotebook } from '../../../helpers/temp-notebook';
import { fillNotebook } from './search-fixtures';

let nb: Awaited<ReturnType<typeof openTempNotebook>> | undefined;
afterEach(async () => {
  await nb?.dispose();
  nb = undefined;
});

async function reopen(dir: string) {
  const store = await NotebookStore.open(dir);
  const services = createServices({ store, now: () => new Date() });
  return { store, services };
}

/** Opens the notebook again, searches once (which opens the index), and returns what opening it did. */
async function searchAfterReopen(dir: string, query: string) {
  const { store, services } = await reopen(dir);
  try {
    const hits = (await services.search.search({ query, limit: 50 })).hits.map((h) => h.title);
    return { hits, message: services.search.status().message ?? '' };
  } finally {
    await store.close();
  }
}

async function builtNotebook() {
  nb = await openTempNotebook();
  await fillNotebook(nb);
  await nb.services.search.search({ query: 'kunduz', limit: 5 });
  await nb.store.close(); // writes the cache
  return { dir: nb.dir, cache: join(nb.dir, 'index', CACHE_FILE) };
}

const noDocs = () => ({ ids: [], kinds: new Uint8Array(0), lengths: new Uint32Array(0), fingerprints: new Uint32Array(0), records: { text: '', lengths: new Uint32Array(0), numbers: new Float64Array(0) } });

describe('the index cache', () => {
  it('is written inside the notebook and makes the next open searchable without indexing', async () => {
    const { dir, cache } = await builtNotebook();
    expect(existsSync(cache)).toBe(true);
    const r = await searchAfterReopen(dir, 'worshippers');
    expect(r.hits).toEqual(['Mosque bombing in Kunduz']);
    expect(r.message).toMatch(/^Index loaded from the cache \(/);
  });

  it('is brought up to date when the notebook changed while the index was not running (stale)', async () => {
    const { dir } = await builtNotebook();
    // Edit with the CLI's kind of session: no search, so the cache is not told.
    const { store, services } = await reopen(dir);
    const note = [...store.all('notes')].find((n) => n.title === 'Market prices')!;
    await services.notes.update({ id: note.id, body: 'Wheat from Kazakhstan is cheaper now.' });
    await services.notes.create({ title: 'Added later', body: 'Khatlon region.' });
    await services.events.delete([...store.all('events')].find((e) => e.title.startsWith('Protest'))!.id);
    await store.close();

    const r = await searchAfterReopen(dir, 'kazakhstan');
    expect(r.hits).toEqual(['Market prices']);
    expect(r.message).toMatch(/2 changed item\(s\) indexed, 1 dropped/);
    expect((await searchAfterReopen(dir, 'flour')).hits).toEqual([]);
    expect((await searchAfterReopen(dir, 'khatlon')).hits).toEqual(['Added later']);
    expect((await searchAfterReopen(dir, 'protested')).hits).toEqual([]);
  });

  it('is rejected and rebuilt when damaged: a flipped byte, a truncated or a foreign file', async () => {
    const { dir, cache } = await builtNotebook();
    const good = readFileSync(cache);
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1]! ^= 0xff;
    for (const [bytes, why] of [
      [flipped, /checksum mismatch/],
      [good.subarray(0, good.length - 1000), /checksum mismatch/],
      [good.subarray(0, 10), /not a Frontier search index/],
      [Buffer.from('{"notes": []}'), /not a Frontier search index/],
    ] as const) {
      writeFileSync(cache, bytes);
      const r = await searchAfterReopen(dir, 'worshippers');
      expect(r.message).toMatch(why);
      expect(r.message).toMatch(/8 items indexed/);
      expect(r.hits).toEqual(['Mosque bombing in Kunduz']);
      // The rebuilt index was written back and is used next time.
      expect((await searchAfterReopen(dir, 'worshippers')).message).toMatch(/^Index loaded from the cache/);
    }
  });

  it('never serves another notebook’s index copied into this one', async () => {
    const { cache } = await builtNotebook();
    const other = await openTempNotebook();
    try {
      await other.services.notes.create({ title: 'Only note here', body: 'Nothing about mosques.' });
      await other.store.close();
      cpSync(cache, join(other.dir, 'index', CACHE_FILE));
      const r = await searchAfterReopen(other.dir, 'worshippers');
      expect(r.hits).toEqual([]);
      expect((await searchAfterReopen(other.dir, 'mosques')).hits).toEqual(['Only note here']);
    } finally {
      await other.dispose();
    }
  });

  it('is rejected when built by other word rules (a different analyzer version)', () => {
    const chunks = encodeCache({ seq: 3, analyzer: ANALYZER_VERSION + 1, docs: noDocs(), segment: Segment.empty() });
    expect(() => decodeCache(Buffer.concat(chunks), ANALYZER_VERSION)).toThrow(/word rules version/);
    const same = encodeCache({ seq: 3, analyzer: ANALYZER_VERSION, docs: noDocs(), segment: Segment.empty() });
    expect(decodeCache(Buffer.concat(same), ANALYZER_VERSION).seq).toBe(3);
  });

  it('records the notebook sequence number it reflects, and removes temp files of dead writers', async () => {
    const { dir, cache } = await builtNotebook();
    const seq = (await NotebookStore.open(dir, { readOnly: true }).then(async (s) => [s.stats().seq, await s.close()]))[0];
    expect(decodeCache(readFileSync(cache), ANALYZER_VERSION).seq).toBe(seq);
    const dead = join(dir, 'index', `${CACHE_FILE}.999.abcd.tmp`);
    writeFileSync(dead, 'partial');
    utimesSync(dead, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    await searchAfterReopen(dir, 'x');
    expect(readdirSync(join(dir, 'index'))).toEqual([CACHE_FILE]);
    rmSync(join(dir, 'index'), { recursive: true });
    expect((await searchAfterReopen(dir, 'worshippers')).message).toMatch(/^8 items indexed/);
  });
});
