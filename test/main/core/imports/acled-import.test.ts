import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACLED_TAXONOMY } from '../../../../shared/geo/acled';
import { openTempNotebook } from '../../../helpers/temp-notebook';
import { acledCsv } from './acled-fixture';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('ACLED CSV import', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('turns a 1,000-row export into 1,000 events in one transaction, with one source per outlet', async () => {
    const seq = nb.store.stats().seq;
    const r = await nb.services.sources.importFile({ fileName: 'acled-afg-2021.csv', data: bytes(acledCsv(1000)) });
    expect(r.duplicate).toBe(false);
    // The export itself, and the outlets Khorasan Herald, Panj Valley Radio, Amu Darya Monitor, Border Wire.
    expect(r.created).toEqual({ sources: 5, events: 1000 });
    expect(nb.store.count('events')).toBe(1000);
    expect(nb.store.stats().seq).toBe(seq + 1); // one journal record
    expect(r.source).toMatchObject({ outlet: 'ACLED', kind: 'ngo-report', tags: ['acled'], original: { fileName: 'acled-afg-2021.csv', mediaType: 'text/csv' } });

    const events = [...nb.store.all('events')];
    expect(new Set(events.map((e) => e.id)).size).toBe(1000);
    for (const e of events) expect((ACLED_TAXONOMY[e.eventType] as readonly string[]).includes(e.subEventType)).toBe(true);
    const first = events.find((e) => e.description.startsWith('ACLED event AFG100000'))!;
    expect(first).toMatchObject({
      title: 'Armed clash in Imam Sahib',
      date: '2021-08-01',
      datePrecision: 'day',
      eventType: 'Battles',
      subEventType: 'Armed clash',
      actors: ['Taliban', 'Hazara Ethnic Group (Afghanistan)', 'Shia Muslim Group (Afghanistan)', 'Islamic State (Afghanistan)'],
      fatalities: 0,
      injured: null,
      location: { name: 'Imam Sahib, Kunduz', lat: 37.1834, lng: 68.9142, precision: 'exact' },
    });
    const second = events.find((e) => e.description.startsWith('ACLED event AFG100001'))!;
    expect(second).toMatchObject({ datePrecision: 'week', location: { precision: 'near' }, fatalities: 1 });
    const third = events.find((e) => e.description.startsWith('ACLED event AFG100002'))!;
    expect(third).toMatchObject({ datePrecision: 'month', location: { precision: 'admin-region' } });

    // Row 2's source column names two outlets: the event links to the export and both.
    const herald = [...nb.store.all('sources')].find((s) => s.outlet === 'Khorasan Herald')!;
    const monitor = [...nb.store.all('sources')].find((s) => s.outlet === 'Amu Darya Monitor')!;
    expect(third.sourceIds).toEqual([r.source.id, monitor.id, herald.id]);
    const heraldText = await nb.services.sources.text(herald.id);
    expect(heraldText).toContain('Reports by Khorasan Herald');
    expect(heraldText).toContain('row 2: a "test" event near Taloqan, Takhar, with a comma.');
    expect(await nb.services.sources.text(r.source.id)).toContain('1,000 events from 2021-08-01 to 2021-10-29');
  });

  it('recognises the same export again by its sha256, and skips rows already imported from an overlapping one', async () => {
    const csv = acledCsv(50);
    await nb.services.sources.importFile({ fileName: 'a.csv', data: bytes(csv) });
    const seq = nb.store.stats().seq;
    const again = await nb.services.sources.importFile({ fileName: 'copy.csv', data: bytes(csv) });
    expect(again).toMatchObject({ duplicate: true, created: { sources: 0, events: 0 } });
    expect(nb.store.stats().seq).toBe(seq);

    // A later export with the same 50 rows and 10 new ones: only the 10 come in.
    const overlapping = await nb.services.sources.importFile({ fileName: 'b.csv', data: bytes(acledCsv(60)) });
    expect(overlapping.created.events).toBe(10);
    expect(nb.store.count('events')).toBe(60);
  });

  it('refuses a file with malformed rows whole, naming them, and changes nothing', async () => {
    const bad = [
      acledCsv(20, { override: { at: 5, values: { sub_event_type: 'Skirmish' } } }),
      acledCsv(20, { override: { at: 7, values: { latitude: 'north' } } }),
      acledCsv(20, { override: { at: 9, values: { event_date: '31 Smarch 2021' } } }),
      `${acledCsv(3)}AFG1,"unterminated,2021-10-01\n`,
    ];
    const problems = [/row 7: "Skirmish" is not a sub-event type of Battles/, /row 9: latitude "north"/, /row 11: event_date "31 Smarch 2021"/, /not a well-formed CSV/];
    for (const [i, csv] of bad.entries()) {
      await expect(nb.services.sources.importFile({ fileName: `bad${i}.csv`, data: bytes(csv) })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(problems[i]!) });
    }
    expect(nb.store.count('events')).toBe(0);
    expect(nb.store.count('sources')).toBe(0);
    expect(await nb.store.blobs.list()).toEqual([]);
  });

  it('refuses a CSV that is not an ACLED export', async () => {
    await expect(nb.services.sources.importFile({ fileName: 'budget.csv', data: bytes('year,amount\n2021,5\n') })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
