import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/core/rpc/dispatch';
import { openTempNotebook } from '../../../helpers/temp-notebook';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/sources');

describe('sources.extract', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('answers the contract with places, dates, actors, events and highlights, resolved against the dateline', async () => {
    const { source } = await nb.services.sources.importFile({ fileName: 'kunduz-en.txt', data: readFileSync(join(FIXTURES, 'kunduz-en.txt')) });
    const r = await dispatch(nb.handlers, 'sources.extract', { id: source.id }, { checkOutput: true });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const x = (r as { value: import('../../../../shared/model').Extraction }).value;
    expect(x.referenceDate).toBe('2021-10-08');
    expect(x.places.map((p) => p.name)).toEqual(['Kunduz', 'Khanabad']);
    expect(x.organizations).toEqual([{ name: 'Islamic State Khorasan Province', spellings: ["Islamic State's Khorasan branch", 'ISKP'], mentions: 2 }]);
    expect(x.events).toEqual([
      expect.objectContaining({ date: '2021-10-08', place: 'Khanabad', type: 'Explosions/Remote violence', subType: 'Suicide bomb', fatalities: 46, injured: 140 }),
    ]);
    const text = await nb.services.sources.text(source.id);
    for (const h of x.highlights) expect(text.slice(h.start, h.end).length).toBeGreaterThan(1);
    expect(x.highlights.map((h) => text.slice(h.start, h.end))).toContain('Khanabad');
  });

  it('resolves against an edited publication date, and refuses an unknown source', async () => {
    const { source } = await nb.services.sources.importFile({ fileName: 'a.txt', data: Buffer.from('Report\n\nOn Sunday, fighters clashed with police in Taloqan.') });
    await nb.services.sources.update(source.id, { publishedAt: '2021-10-08' });
    const x = await nb.services.extract.extract(source.id);
    expect(x.events[0]).toMatchObject({ date: '2021-10-03', place: 'Taloqan', type: 'Battles' });
    await nb.services.sources.update(source.id, { publishedAt: '2021-10-15' });
    expect((await nb.services.extract.extract(source.id)).events[0]!.date).toBe('2021-10-10');
    expect(await dispatch(nb.handlers, 'sources.extract', { id: 's_000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('sources.extract, ranges', () => {
  it('gives a candidate told as a range its last day too', async () => {
    const nb = await openTempNotebook();
    try {
      const text = 'TERMEZ, 21 May 2025. Uzbek authorities closed the border crossing at Termez from 13 to 20 May.';
      const { source } = await nb.services.sources.importFile({ fileName: 'closure.txt', data: Buffer.from(text) });
      const r = await dispatch(nb.handlers, 'sources.extract', { id: source.id }, { checkOutput: true });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      const x = (r as { value: import('../../../../shared/model').Extraction }).value;
      expect(x.events).toEqual([expect.objectContaining({ date: '2025-05-13', endDate: '2025-05-20', place: expect.stringMatching(/Termez|Tirmiz/) })]);
    } finally {
      await nb.dispose();
    }
  });
});

describe('sources.extract, asked twice at once', () => {
  it('runs the extraction once and gives both callers its answer', async () => {
    const nb = await openTempNotebook();
    try {
      const { source } = await nb.services.sources.importFile({ fileName: 'kunduz-en.txt', data: readFileSync(join(FIXTURES, 'kunduz-en.txt')) });
      const [a, b] = await Promise.all([nb.services.extract.extract(source.id), nb.services.extract.extract(source.id)]);
      expect(a).toBe(b);
      expect(await nb.services.extract.extract(source.id)).toBe(a);
    } finally {
      await nb.dispose();
    }
  });
});

