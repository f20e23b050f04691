import { describe, expect, it } from 'vitest';
import { ACLED_EVENT_TYPES, ACLED_TAXONOMY } from '../../../shared/geo/acled';
import { Event } from '../../../shared/model/event';
import { Note } from '../../../shared/model/note';
import { NotebookDoc, NotebookMeta, SCHEMA_VERSION } from '../../../shared/model/notebook';
import { Source } from '../../../shared/model/source';

const T = '2021-10-09T08:00:00.000Z';
const SHA = 'a'.repeat(64);

const note = { id: 'n_000000000001', title: 'Kunduz', body: 'Clash near [[Khanabad]] [@s_000000000001, p. 2].', tags: ['kunduz', 'border/panj'], created: T, updated: T, place: { name: 'Kunduz', lat: 36.73, lng: 68.86 } };
const source = {
  id: 's_000000000001',
  title: 'Suicide bombing at a Shia mosque in Kunduz',
  outlet: 'Pajhwok',
  url: 'https://pajhwok.example/kunduz',
  language: 'fa-AF',
  publishedAt: '2021-10-08',
  kind: 'news-report',
  reliability: 'B',
  credibility: 2,
  tags: [],
  summary: '',
  textHash: SHA,
  textLength: 1234,
  original: { sha256: 'b'.repeat(64), fileName: 'kunduz.html', mediaType: 'text/html', size: 4567, importedAt: T },
  created: T,
  updated: T,
};
const event = {
  id: 'e_000000000001',
  title: 'Suicide bombing, Kunduz',
  description: '',
  date: '2021-10-08',
  datePrecision: 'day',
  location: { name: 'Kunduz', lat: 36.73, lng: 68.86, precision: 'exact' },
  eventType: 'Explosions/Remote violence',
  subEventType: 'Suicide bomb',
  actors: ['ISKP'],
  fatalities: 46,
  injured: null,
  sourceIds: ['s_000000000001'],
  noteIds: ['n_000000000001'],
  tags: [],
  created: T,
  updated: T,
};

/** What JSON storage does to an item: parse, write as JSON, read back, parse again. */
const roundTrip = <T>(schema: { parse(v: unknown): T }, value: unknown): { first: T; again: T } => {
  const first = schema.parse(value);
  return { first, again: schema.parse(JSON.parse(JSON.stringify(first))) };
};

const issuesOf = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('round trips through JSON', () => {
  it.each([
    ['note', Note, note],
    ['source', Source, source],
    ['event', Event, event],
  ] as const)('a %s comes back equal', (_what, schema, value) => {
    const { first, again } = roundTrip(schema as { parse(v: unknown): unknown }, value);
    expect(again).toEqual(first);
    expect(first).toEqual(value);
  });

  it('defaults fill what an older or a minimal item leaves out, and survive the trip', () => {
    const { id, title, created, updated, textHash, textLength, kind, reliability, credibility } = source;
    const minimalSource = roundTrip(Source, { id, title, created, updated, textHash, textLength, kind, reliability, credibility });
    expect(minimalSource.first).toMatchObject({ tags: [], summary: '' });
    expect(minimalSource.again).toEqual(minimalSource.first);

    const { actors: _a, fatalities: _f, injured: _i, sourceIds: _s, noteIds: _n, tags: _t, description: _d, ...bare } = event;
    const minimalEvent = roundTrip(Event, bare);
    // Casualties not reported are null — not 0, which would be a report of none.
    expect(minimalEvent.first).toMatchObject({ actors: [], fatalities: null, injured: null, sourceIds: [], noteIds: [], tags: [], description: '' });
    expect(minimalEvent.again).toEqual(minimalEvent.first);
  });

  it('a note keeps Markdown, links and non-Latin text byte for byte', () => {
    const body = 'انفجار انتحاری در مسجد شیعیان کندز\n\nУчения ОДКБ — [[Moscow]]\t`code`\n';
    expect(roundTrip(Note, { ...note, body }).again.body).toBe(body);
  });

  it('ids must name their kind', () => {
    expect(issuesOf(Note.safeParse({ ...note, id: 's_000000000001' }))).toEqual(['id: not a note id']);
    expect(issuesOf(Event.safeParse({ ...event, sourceIds: ['n_000000000001'] }))).toEqual(['sourceIds.0: not a source id']);
  });
});

describe('events: ACLED types and dates', () => {
  it('every sub-event type is accepted under its own type', () => {
    let n = 0;
    for (const eventType of ACLED_EVENT_TYPES) {
      for (const subEventType of ACLED_TAXONOMY[eventType]) {
        expect(Event.safeParse({ ...event, eventType, subEventType }).success, `${eventType} / ${subEventType}`).toBe(true);
        n++;
      }
    }
    expect(ACLED_EVENT_TYPES).toHaveLength(6);
    expect(n).toBe(25);
  });

  it('and refused under any other type, naming the pair', () => {
    for (const eventType of ACLED_EVENT_TYPES) {
      for (const other of ACLED_EVENT_TYPES.filter((t) => t !== eventType)) {
        for (const subEventType of ACLED_TAXONOMY[other]) {
          const r = Event.safeParse({ ...event, eventType, subEventType });
          expect(issuesOf(r), `${eventType} / ${subEventType}`).toEqual([`subEventType: "${subEventType}" is not a sub-event type of "${eventType}"`]);
        }
      }
    }
  });

  it('refuses an unknown type, and a sub-type in the wrong case (exports must match ACLED exactly)', () => {
    expect(Event.safeParse({ ...event, eventType: 'Terrorism' }).success).toBe(false);
    expect(Event.safeParse({ ...event, subEventType: 'suicide bomb' }).success).toBe(false);
  });

  it('refuses an end date before the start date; the same day or later is fine', () => {
    expect(issuesOf(Event.safeParse({ ...event, date: '2021-10-08', endDate: '2021-10-07' }))).toEqual(['endDate: the end date is before the start date']);
    expect(Event.safeParse({ ...event, date: '2021-10-08', endDate: '2021-10-08' }).success).toBe(true);
    expect(Event.safeParse({ ...event, date: '2021-10-08', endDate: '2022-01-01' }).success).toBe(true);
    // Calendar dates that do not exist are refused, so the comparison is between real days.
    expect(Event.safeParse({ ...event, date: '2021-02-30' }).success).toBe(false);
    expect(Event.safeParse({ ...event, endDate: '2021-13-01' }).success).toBe(false);
  });

  it('keeps coordinates in WGS84 range and casualty counts whole and not negative', () => {
    for (const location of [{ ...event.location, lat: 90.01 }, { ...event.location, lat: -90.01 }, { ...event.location, lng: 180.5 }, { ...event.location, lng: -180.5 }]) {
      expect(Event.safeParse({ ...event, location }).success, JSON.stringify(location)).toBe(false);
    }
    for (const fatalities of [-1, 1.5]) expect(Event.safeParse({ ...event, fatalities }).success, String(fatalities)).toBe(false);
    expect(Event.safeParse({ ...event, fatalities: 0 }).success).toBe(true);
  });
});

describe('the notebook document', () => {
  const doc = { schemaVersion: SCHEMA_VERSION, meta: { title: 'Northern Afghanistan', created: T, defaultTlp: 'AMBER' }, notes: [note], sources: [source], events: [event], dossiers: [] };

  it(`is format ${SCHEMA_VERSION}, and only that: older ones go through the migrations, newer ones are refused`, () => {
    expect(SCHEMA_VERSION).toBe(3);
    expect(NotebookDoc.safeParse(doc).success).toBe(true);
    for (const v of [1, 2, 4, '3', undefined]) expect(NotebookDoc.safeParse({ ...doc, schemaVersion: v }).success, String(v)).toBe(false);
  });

  it('round-trips whole, and the default TLP of a new notebook is AMBER', () => {
    const { first, again } = roundTrip(NotebookDoc, doc);
    expect(again).toEqual(first);
    expect(NotebookMeta.parse({ title: 'x', created: T }).defaultTlp).toBe('AMBER');
    expect(NotebookMeta.safeParse({ title: 'x', created: T, defaultTlp: 'WHITE' }).success).toBe(false);
  });

  it('refuses a document with an item that fails its own schema, naming where', () => {
    const r = NotebookDoc.safeParse({ ...doc, sources: [{ ...source, credibility: 7 }] });
    expect(r.success).toBe(false);
    expect(issuesOf(r)[0]).toMatch(/^sources\.0\.credibility: /);
  });
});
