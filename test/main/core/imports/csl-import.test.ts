import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempNotebook } from '../../../helpers/temp-notebook';

const ITEMS = [
  {
    id: 'noori2021',
    type: 'article-newspaper',
    title: 'Clashes reported near Imam Sahib',
    'container-title': 'Khorasan Herald',
    author: [{ family: 'Noori', given: 'Farid' }],
    issued: { 'date-parts': [[2021, 10, 9]] },
    accessed: { 'date-parts': [[2021, 10, 10]] },
    URL: 'https://herald.example.org/2021/10/imam-sahib-clashes',
    language: 'en',
  },
  {
    id: 'csto2021',
    type: 'report',
    title: 'Учения ОДКБ: итоги',
    publisher: 'Центр изучения Центральной Азии',
    author: [{ family: 'Петрова', given: 'Анна' }, { literal: 'Pamir Research Group' }],
    issued: { 'date-parts': [[2021, 11]] },
    abstract: 'Обзор совместных учений у таджикско-афганской границы.',
  },
  { id: 'tweet', type: 'post', title: 'Border crossing open', issued: { raw: '2021-10-12' }, DOI: '10.5555/example.1' },
];

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2));

describe('CSL-JSON import', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('makes one source per reference, with authors, dates, URLs, outlet and kind', async () => {
    const r = await nb.services.sources.importFile({ fileName: 'zotero.json', data: json(ITEMS), reliability: 'B', credibility: 2 });
    expect(r.created).toEqual({ sources: 3, events: 0 });
    const byTitle = new Map([...nb.store.all('sources')].map((s) => [s.title, s]));
    expect(byTitle.get('Clashes reported near Imam Sahib')).toMatchObject({
      kind: 'news-report',
      outlet: 'Khorasan Herald',
      author: 'Farid Noori',
      publishedAt: '2021-10-09',
      accessedAt: '2021-10-10',
      url: 'https://herald.example.org/2021/10/imam-sahib-clashes',
      language: 'en',
      reliability: 'B',
      credibility: 2,
      original: { fileName: 'zotero.json', mediaType: 'application/vnd.citationstyles.csl+json' },
    });
    const report = byTitle.get('Учения ОДКБ: итоги')!;
    expect(report).toMatchObject({ kind: 'ngo-report', outlet: 'Центр изучения Центральной Азии', author: 'Анна Петрова; Pamir Research Group' });
    expect(report.publishedAt).toBeUndefined(); // only the month is known: it is in the text, not made into a day
    expect(report.summary).toContain('Обзор совместных учений');
    expect(await nb.services.sources.text(report.id)).toContain('2021-11');
    expect(byTitle.get('Border crossing open')).toMatchObject({ kind: 'social-media', publishedAt: '2021-10-12', url: 'https://doi.org/10.5555/example.1' });
  });

  it('recognises the same export, and adds only new references from a grown one', async () => {
    await nb.services.sources.importFile({ fileName: 'a.json', data: json(ITEMS) });
    expect(await nb.services.sources.importFile({ fileName: 'a-copy.json', data: json(ITEMS) })).toMatchObject({ duplicate: true });
    const grown = [...ITEMS, { id: 'new', type: 'webpage', title: 'Moscow format talks', URL: 'https://mfa.example.ru/talks', issued: { 'date-parts': [[2021, 10, 20]] } }];
    const r = await nb.services.sources.importFile({ fileName: 'b.json', data: json(grown) });
    expect(r.created).toEqual({ sources: 2, events: 0 }); // the new page, and the report (which has no URL to recognise it by)
    expect(nb.store.count('sources')).toBe(5);
  });

  it('refuses JSON that is not CSL, and malformed JSON, storing nothing', async () => {
    await expect(nb.services.sources.importFile({ fileName: 'x.json', data: new TextEncoder().encode('[{"type": "book"') })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('not valid JSON') });
    await expect(nb.services.sources.importFile({ fileName: 'y.json', data: json([{ type: 'book', title: 'ok' }, 5]) })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('item 2 is not an object') });
    await expect(nb.services.sources.importFile({ fileName: 'z.json', data: json({ name: 'package' }) })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(nb.store.count('sources')).toBe(0);
    expect(await nb.store.blobs.list()).toEqual([]);
  });
});
