import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempNotebook } from '../../../helpers/temp-notebook';
import { fillNotebook } from './search-fixtures';

let nb: Awaited<ReturnType<typeof openTempNotebook>>;
let items: Awaited<ReturnType<typeof fillNotebook>>;

beforeAll(async () => {
  nb = await openTempNotebook();
  items = await fillNotebook(nb);
});
afterAll(async () => nb?.dispose());

const search = (query: string, extra: { bbox?: { south: number; west: number; north: number; east: number } } = {}) => nb.handlers['search.query']({ query, limit: 50, ...extra });
const ids = async (query: string) => (await search(query)).hits.map((h) => h.id).sort();

describe('search over notes, source full texts and events', () => {
  it('ranks, counts by kind, and answers every field: note body, source text, event actors', async () => {
    const r = await search('kunduz ');
    expect(r.hits.map((h) => h.kind).sort()).toEqual(['event', 'note']);
    expect(r.counts).toEqual({ note: 1, source: 0, event: 1 });
    // A title match outranks a body match.
    expect(r.hits[0]!.title).toMatch(/Kunduz/);
    expect(await ids('worshippers')).toEqual([items.bombing.id]);
    expect(await ids('Barchi')).toEqual([items.en.id]);
    expect(await ids('Reuters')).toEqual([items.en.id]);
    expect(await ids('"Suicide bomb"')).toEqual([items.bombing.id]);
  });

  it('finds Cyrillic and Arabic script written in the other normal form', async () => {
    // ё in the text, е in the query; Arabic kaf and yeh in the text, Persian ones in the query.
    expect(await ids('переселенных')).toEqual([items.ru.id]);
    expect(await ids('کابل کشته')).toEqual([items.fa.id]);
    // …and the other way: Arabic forms typed, Persian forms written.
    expect(await ids('طلوعنيوز')).toEqual([items.fa.id]);
    // ZWNJ: کتاب‌ها in the text is found as کتابها and as کتاب.
    expect(await ids('کتابها')).toEqual([items.marketNote.id]);
    expect(await ids('کتاب ')).toEqual([items.marketNote.id]);
    expect(await ids('۴۶')).toEqual(await ids('46'));
  });

  it('expands aliases: ISIS finds Daesh, داعش, Islamic State and ISKP; Rakhmon finds Рахмон', async () => {
    expect(await ids('ISIS ')).toEqual([items.iskpNote.id, items.en.id, items.fa.id, items.bombing.id].sort());
    expect(await ids('Rakhmon ')).toEqual([items.ru.id]);
    expect(await ids('CSTO ')).toEqual([items.cstoNote.id]);
    expect(await ids('Khorog ')).toEqual([items.cstoNote.id, items.ru.id, items.protest.id].sort());
  });

  it('matches a typo (one edit from 4 letters, two from 8) and the prefix of the last word', async () => {
    expect(await ids('worshipers ')).toEqual([items.bombing.id]);
    expect(await ids('wrshipprs ')).toEqual([items.bombing.id]);
    expect(await ids('recruitmnet ')).toEqual([items.iskpNote.id]);
    expect(await ids('Sherkh')).toEqual([items.iskpNote.id]);
    expect(await ids('Sherkh ')).toEqual([]);
    // Exact matches rank above typo matches.
    const r = await search('prices ');
    expect(r.hits[0]!.id).toBe(items.marketNote.id);
  });

  it('applies each operator', async () => {
    expect(await ids('"border crossing"')).toEqual([items.iskpNote.id]);
    // Longer phrases, whatever word in them is rarest; the words in another order do not match.
    expect(await ids('"the border crossing at Sherkhan"')).toEqual([items.iskpNote.id]);
    expect(await ids('"crossing at Sherkhan Bandar"')).toEqual([items.iskpNote.id]);
    expect(await ids('"crossing Sherkhan at"')).toEqual([]);
    expect(await ids('crossing -recruiters')).toEqual([items.marketNote.id]);
    expect(await ids('crossing -"border crossing"')).toEqual([items.marketNote.id]);
    expect(await ids('tag:isis-k')).toEqual([items.iskpNote.id, items.bombing.id].sort());
    expect(await ids('tag:border')).toEqual([items.cstoNote.id, items.protest.id].sort());
    expect(await ids('tag:border type:event')).toEqual([items.protest.id]);
    expect(await ids('kunduz -type:note')).toEqual([items.bombing.id]);
    expect(await ids('grade:A-C')).toEqual([items.en.id, items.fa.id].sort());
    expect(await ids('grade:E')).toEqual([items.ru.id]);
    expect(await ids('from:2021-10-01 to:2021-10-31')).toEqual([items.en.id, items.bombing.id].sort());
    // An event spanning 14–18 May touches a period that starts on the 17th.
    expect(await ids('from:2022-05-17 type:event')).toEqual([items.protest.id]);
    expect(await ids('from:2022')).toEqual([items.ru.id, items.protest.id].sort());
  });

  it('keeps what lies inside the map view for in:map, and warns when there is no view', async () => {
    const kunduzOnly = { south: 36, west: 68, north: 37, east: 70 };
    expect((await search('in:map', { bbox: kunduzOnly })).hits.map((h) => h.id).sort()).toEqual([items.iskpNote.id, items.bombing.id].sort());
    expect((await search('protest in:map', { bbox: kunduzOnly })).hits).toEqual([]);
    const noView = await search('protest in:map');
    expect(noView.warnings).toEqual([expect.stringMatching(/in:map needs the map view/)]);
    expect(noView.hits.map((h) => h.id)).toEqual([items.protest.id]);
  });

  it('highlights why each result matched, in the title and in a snippet of the text', async () => {
    const [hit] = (await search('islamic state ')).hits.filter((h) => h.id === items.en.id);
    const marked = (text: string, ranges: Array<[number, number]>) => ranges.map(([a, b]) => text.slice(a, b));
    expect(marked(hit!.snippet, hit!.highlights)).toEqual(['Islamic State']);
    const [bomb] = (await search('kunduz mosque ')).hits;
    expect(marked(bomb!.title, bomb!.titleHighlights)).toEqual(['Mosque', 'Kunduz']);
    const [fa] = (await search('كشته ')).hits;
    expect(marked(fa!.snippet, fa!.highlights)).toEqual(['كشته']);
  });

  it('answers an empty query with nothing, and reports what it did not understand', async () => {
    expect(await search('   ')).toEqual({ hits: [], counts: { note: 0, source: 0, event: 0 }, warnings: [] });
    expect((await search('kunduz grade:Q')).warnings).toEqual([expect.stringMatching(/grade:Q/)]);
  });

  it('shows every change right after the save: new, edited and deleted items', async () => {
    const note = await nb.services.notes.create({ title: 'Zarafshon valley', body: 'Nothing yet.' });
    expect(await ids('zarafshon')).toEqual([note.id]);
    await nb.services.notes.update({ id: note.id, body: 'Smugglers moved opium through Darvoz.' });
    expect(await ids('darvoz')).toEqual([note.id]);
    expect(await ids('"opium through Darvoz"')).toEqual([note.id]);
    expect(await ids('"nothing yet"')).toEqual([]);
    await nb.services.sources.update(items.ru.id, { title: 'Statement by the president' });
    expect(await ids('president statement')).toEqual([items.ru.id]);
    await nb.services.notes.delete(note.id);
    expect(await ids('darvoz')).toEqual([]);
    expect(nb.services.search.status()).toMatchObject({ state: 'ready' });
  });

  it('selects by query for dossiers: ids best first, without snippets', async () => {
    const hits = await nb.services.search.query('kunduz', 5000);
    expect(hits.map((h) => h.id).sort()).toEqual([items.iskpNote.id, items.bombing.id].sort());
    expect(hits.every((h) => h.snippet === '')).toBe(true);
  });
});
