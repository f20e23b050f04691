import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACLED_EVENT_TYPES, isSubEventOf } from '../../../../shared/geo/acled';
import { buildTitleIndex, findMentions, parseCitations, parseWikiLinks, resolveTarget } from '../../../../shared/links';
import { dispatch } from '../../../../main/core/rpc/dispatch';
import { SAMPLE, SAMPLE_EVENTS, loadSample } from '../../../../main/core/sample';
import { verifyNotebook } from '../../../../main/core/verify/verify';
import { openTempNotebook } from '../../../helpers/temp-notebook';

type Nb = Awaited<ReturnType<typeof openTempNotebook>>;

/** What a refused load must leave untouched: every item, and the blobs folder. */
async function snapshot(nb: Nb) {
  return {
    notes: nb.services.notes.list(),
    sources: nb.services.sources.list(),
    events: nb.services.events.list(),
    blobs: (await nb.store.blobs.list()).sort(),
  };
}

describe('sample notebook', () => {
  let nb: Nb;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  describe('loaded into an empty notebook', () => {
    beforeEach(async () => {
      const r = await dispatch(nb.handlers, 'notebook.loadSample', {}, { checkOutput: true });
      expect(r.ok, JSON.stringify(r)).toBe(true);
    });

    it('holds 6 notes, 3 sources and 12 events, and opens on the guide note', async () => {
      expect(nb.services.notebook.info().counts).toEqual({ notes: 6, sources: 3, events: 12 });
      const notes = nb.services.notes.list({ sort: 'title' });
      expect(notes.map((n) => n.title)).toEqual([
        'About this sample notebook',
        'Ishkashim and the Wakhan',
        'Kabul urban incidents',
        'Kunduz security picture',
        'Moscow–Dushanbe border cooperation',
        'Shir Khan Bandar crossing',
      ]);
      for (const item of [...notes, ...nb.services.sources.list(), ...nb.services.events.list()]) expect(item.tags).toContain('sample');
    });

    it('imports the sources through the import path: English, Russian and Dari, datelined, graded, with a kind', () => {
      const sources = nb.services.sources.list({ sort: 'title' });
      const facts = sources.map((s) => [s.original?.fileName, s.language, s.publishedAt, `${s.reliability}${s.credibility}`, s.kind]);
      expect(facts.sort()).toEqual(
        [
          ['sample-ishkashim-ngo-report.txt', 'fa-AF', '2023-05-20', 'F6', 'ngo-report'],
          ['sample-kunduz-report.txt', 'en', '2022-03-14', 'B2', 'news-report'],
          ['sample-moscow-statement.txt', 'ru', '2022-10-12', 'C3', 'official-statement'],
        ].sort(),
      );
      for (const s of sources) {
        expect(s.title).not.toMatch(/\.txt$/); // read from the text, not the file name
        expect(s.outlet).toBeTruthy();
        expect(s.summary).toMatch(/^Fictional sample\./);
        expect(s.original?.mediaType).toBe('text/plain');
      }
    });

    it('cites only sources it has, with a locator and an excerpt that occurs in the cited text', async () => {
      const cited = new Set<string>();
      let count = 0;
      for (const summary of nb.services.notes.list()) {
        const note = nb.services.notes.get(summary.id);
        for (const c of parseCitations(note.body)) {
          count++;
          cited.add(c.sourceId);
          expect(c.locator, `${note.title}: ${c.sourceId}`).toBeTruthy();
          expect(c.excerpt, `${note.title}: ${c.sourceId}`).toBeTruthy();
          const text = await nb.services.sources.text(c.sourceId); // throws NOT_FOUND for a dangling citation
          expect(text, `${note.title} quotes "${c.excerpt}"`).toContain(c.excerpt);
        }
        const links = nb.services.links.get(note.id);
        for (const c of links.citations) expect(c.source, c.sourceId).toBeDefined();
      }
      expect(count).toBeGreaterThanOrEqual(8);
      expect([...cited].sort()).toEqual(nb.services.sources.list().map((s) => s.id).sort());
    });

    it('resolves every [[link]] but the one to a note not written yet, uses a label, and has one unlinked mention', () => {
      const notes = nb.services.notes.list().map((n) => nb.services.notes.get(n.id));
      const byId = new Map(notes.map((n) => [n.id, n]));
      const index = buildTitleIndex(notes);
      const links = notes.flatMap((n) => parseWikiLinks(n.body));
      const unresolved = links.filter((l) => !resolveTarget(index, byId, l.target)).map((l) => l.target);
      expect(unresolved).toEqual(['Panji Poyon customs post']);
      expect(links.some((l) => l.label)).toBe(true);

      // Every note but the guide has a backlink, so the links panel has something to show everywhere.
      for (const n of notes.filter((x) => x.title !== 'About this sample notebook')) {
        expect(nb.services.links.get(n.id).backlinks.length, n.title).toBeGreaterThan(0);
      }

      const mentions = notes.flatMap((a) => notes.filter((b) => b.id !== a.id && findMentions(a.body, b.title).length > 0).map((b) => `${a.title} → ${b.title}`));
      expect(mentions).toEqual(['Ishkashim and the Wakhan → Shir Khan Bandar crossing']);
      const crossing = notes.find((n) => n.title === 'Shir Khan Bandar crossing')!;
      expect(nb.services.links.get(crossing.id).unlinkedMentions.map((m) => m.title)).toEqual(['Ishkashim and the Wakhan']);
    });

    it('records events in the region with valid ACLED types, linked to sources and notes', () => {
      const events = nb.services.events.list();
      for (const e of events) {
        expect(e.location.lat, e.title).toBeGreaterThanOrEqual(30);
        expect(e.location.lat, e.title).toBeLessThanOrEqual(60);
        expect(e.location.lng, e.title).toBeGreaterThanOrEqual(35);
        expect(e.location.lng, e.title).toBeLessThanOrEqual(75);
        expect(isSubEventOf(e.eventType, e.subEventType), `${e.title}: ${e.subEventType}`).toBe(true);
        expect(e.date >= '2021-01-01' && e.date <= '2023-12-31', e.title).toBe(true);
        expect(e.noteIds.length, e.title).toBeGreaterThan(0);
        expect(e.actors.length, e.title).toBeGreaterThan(0);
      }
      // Every feature of an event is shown by at least one of them.
      expect(new Set(events.map((e) => e.eventType))).toEqual(new Set(ACLED_EVENT_TYPES));
      expect(new Set(events.map((e) => e.datePrecision))).toEqual(new Set(['day', 'week', 'month', 'approximate']));
      expect(new Set(events.map((e) => e.location.precision))).toEqual(new Set(['exact', 'near', 'admin-region']));
      expect(events.some((e) => e.fatalities === null)).toBe(true);
      expect(events.some((e) => e.injured === null)).toBe(true);
      expect(events.some((e) => (e.fatalities ?? 0) > 0)).toBe(true);
      expect(events.some((e) => e.endDate)).toBe(true);
      expect(events.filter((e) => e.sourceIds.length > 0).length).toBeGreaterThanOrEqual(10);
      const places = events.map((e) => e.location.name).join(' | ');
      for (const place of ['Kabul', 'Kunduz', 'Imam Sahib', 'Shir Khan Bandar', 'Panj', 'Khorugh', 'Ishkashim', 'Dushanbe', 'Moscow']) expect(places).toContain(place);
    });

    it('finds words in the Russian and Dari source texts', async () => {
      for (const word of ['Пяндж', 'اشکاشم']) {
        const hits = await nb.services.search.query(word);
        expect(hits.some((h) => h.kind === 'source'), word).toBe(true);
      }
    });

    it('passes frontier verify, with the one intended unresolved link as its only warning', async () => {
      const report = await verifyNotebook(nb.dir);
      expect(report.ok, JSON.stringify(report.findings)).toBe(true);
      expect(report.counts).toMatchObject({ notes: 6, sources: 3, events: 12 });
      expect(report.findings.filter((f) => f.level !== 'info').map((f) => f.code)).toEqual(['UNRESOLVED_LINK']);
    });

    it('refuses to load a second time', async () => {
      const before = await snapshot(nb);
      const r = await dispatch(nb.handlers, 'notebook.loadSample', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await snapshot(nb)).toEqual(before);
    });
  });

  it('refuses a notebook with anything in it (CONFLICT) and changes nothing', async () => {
    await nb.services.notes.create({ title: 'My own work', body: 'Real notes.' });
    const before = await snapshot(nb);
    const r = await dispatch(nb.handlers, 'notebook.loadSample', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/empty notebook.*1 note/) } });
    expect(await snapshot(nb)).toEqual(before);

    await nb.services.notes.delete(before.notes[0]!.id);
    await nb.services.sources.importFile({ fileName: 'mine.txt', data: Buffer.from('My own report') });
    const withSource = await snapshot(nb);
    await expect(loadSample(nb.services)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await snapshot(nb)).toEqual(withSource);
  });

  it('loads once when asked twice at the same time (a double click)', async () => {
    const results = await Promise.all([dispatch(nb.handlers, 'notebook.loadSample', {}), dispatch(nb.handlers, 'notebook.loadSample', {})]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(nb.services.notebook.info().counts).toEqual({ notes: 6, sources: 3, events: 12 });
  });

  it('removes what it created when a step fails, leaving the notebook empty', async () => {
    const broken = { ...SAMPLE, events: [...SAMPLE_EVENTS, { ...SAMPLE_EVENTS[0]!, subEventType: 'Armed clash' }] };
    await expect(loadSample(nb.services, broken)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(nb.services.notebook.info().counts).toEqual({ notes: 0, sources: 0, events: 0 });
    // And the real sample still loads afterwards.
    await loadSample(nb.services);
    expect(nb.services.notebook.info().counts).toEqual({ notes: 6, sources: 3, events: 12 });
  });
});
