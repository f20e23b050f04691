import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, createCountryLookup, csvField, disorderType, eventsToAcledCsv, toCsv } from '../../../shared/export';
import { EVENTS, SOURCES } from '../../fixtures/dossier/items';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;

/** A strict RFC 4180 reader, to prove the writer's output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('ACLED CSV', () => {
  it('has ACLED’s column names in ACLED’s order', () => {
    expect(ACLED_COLUMNS).toEqual([
      'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
      'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
      'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
    ]);
    const csv = eventsToAcledCsv({ events: EVENTS, sources: SOURCES });
    expect(csv.split('\r\n')[0]).toBe(ACLED_COLUMNS.join(','));
  });

  it('quotes as RFC 4180 says and ends every record with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(toCsv([['a', 'b'], ['c,d', 'e']])).toBe('a,b\r\n"c,d",e\r\n');
  });

  it('maps our fields honestly and leaves what we do not record empty', () => {
    const countryAt = createCountryLookup(topology);
    const rows = parseCsv(eventsToAcledCsv({ events: EVENTS, sources: SOURCES, countryAt }));
    expect(rows).toHaveLength(4);
    const rec = (i: number) => Object.fromEntries(ACLED_COLUMNS.map((c, k) => [c, rows[i]![k]]));
    expect(rec(1)).toMatchObject({
      event_id_cnty: 'e_000000000001',
      event_date: '2022-03-09',
      year: '2022',
      time_precision: '1',
      disorder_type: 'Political violence',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: 'Taliban',
      actor2: 'Military Forces of Tajikistan (1994-) Border Troops',
      inter1: '',
      interaction: '',
      civilian_targeting: '',
      iso: '4',
      region: 'South Asia',
      country: 'Afghanistan',
      admin1: '',
      location: 'Imam Sahib',
      latitude: '37.183',
      longitude: '68.92',
      geo_precision: '2',
      source: 'Northern Corridor Monitor',
      source_scale: '',
      notes: 'Fire, then "calm", then = more fire',
      fatalities: '2',
      tags: '',
      timestamp: String(Date.parse('2023-01-02T03:04:05.000Z') / 1000),
    });
    // Approximate dates take ACLED's least precise code; unreported deaths stay empty, not 0; a third actor goes to notes.
    expect(rec(2)).toMatchObject({ time_precision: '3', fatalities: '', disorder_type: 'Strategic developments', country: 'Russia', iso: '643', region: 'Europe', notes: 'Other actors: CSTO', tags: 'russia' });
    expect(rec(3)).toMatchObject({ country: 'Tajikistan', iso: '762', region: 'Caucasus and Central Asia', fatalities: '0', disorder_type: 'Demonstrations', tags: 'border/panj' });
  });

  it('derives ACLED’s disorder type from the event type', () => {
    expect(disorderType('Violence against civilians', 'Attack')).toBe('Political violence');
    expect(disorderType('Riots', 'Violent demonstration')).toBe('Demonstrations');
    expect(disorderType('Riots', 'Mob violence')).toBe('Political violence; Demonstrations');
    expect(disorderType('Protests', 'Excessive force against protesters')).toBe('Political violence; Demonstrations');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const [hostile] = EVENTS;
    const csv = eventsToAcledCsv({ events: [{ ...hostile!, actors: ['=HYPERLINK("http://x")', '@SUM(1)'], location: { ...hostile!.location, name: '+cmd' } }], sources: [] });
    const row = parseCsv(csv)[1]!;
    expect(row[ACLED_COLUMNS.indexOf('actor1')]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[ACLED_COLUMNS.indexOf('actor2')]).toBe(`'@SUM(1)`);
    expect(row[ACLED_COLUMNS.indexOf('location')]).toBe(`'+cmd`);
    expect(row[ACLED_COLUMNS.indexOf('latitude')]).toBe('37.183');
  });

  it('finds the country on either bank of the Panj', () => {
    const at = createCountryLookup(topology);
    expect(at(34.5553, 69.2075)).toEqual({ iso: 4, name: 'Afghanistan' });
    expect(at(38.5598, 68.787)).toEqual({ iso: 762, name: 'Tajikistan' });
    expect(at(37.4897, 71.5531)).toEqual({ iso: 762, name: 'Tajikistan' });
    expect(at(55.75, 37.62)).toEqual({ iso: 643, name: 'Russia' });
    expect(at(0, -30)).toBeUndefined(); // the Atlantic
  });
});
