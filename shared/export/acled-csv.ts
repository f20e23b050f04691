import type { AcledEventType } from '../geo/acled';
import type { Event, Source } from '../model';
import type { CountryAt } from './country-lookup';
import { ACLED_REGIONS } from './country-lookup';
import { guardFormula, toCsv, type CsvCell } from './csv';

/**
 * ACLED's export columns, in ACLED's order (the data export and API since the 2023 codebook, which
 * added disorder_type and civilian_targeting). Tools that read ACLED files read ours.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/**
 * How our fields map, and what stays empty because we do not record it:
 * - event_id_cnty: our event id (ACLED's own ids look like AFG12345; ours are not ACLED's).
 * - time_precision: day → 1, week → 2, month → 3; "approximate" → 3, ACLED's least precise code,
 *   since we cannot promise it is within a week.
 * - disorder_type: derived from the type, as ACLED derives it: battles, explosions and violence
 *   against civilians are "Political violence"; protests and riots "Demonstrations"; mob violence
 *   and excessive force against protesters both ("Political violence; Demonstrations");
 *   strategic developments "Strategic developments".
 * - actor1/actor2: our first two actors. We do not record sides, so further actors are not
 *   guessed into assoc_actor_1/2: they are listed in notes. inter1/inter2/interaction (actor
 *   categories) are not recorded: empty.
 * - civilian_targeting: "Civilian targeting" for violence against civilians; otherwise empty
 *   (ACLED also sets it on some explosions, which we cannot tell).
 * - iso/country from the coordinates (Natural Earth boundaries), region for the countries of
 *   this region; admin1–3 empty (no admin boundaries here).
 * - geo_precision: exact → 1, near → 2, admin-region → 3, country → 3 (ACLED's coarsest).
 * - source: the outlets (or titles) of the event's sources, "; "-separated; source_scale empty.
 * - fatalities: empty when not reported (ACLED writes 0; we keep "not reported" distinct from zero).
 * - tags: our tags, "; "-separated. timestamp: last change, Unix seconds.
 * Free-text cells that would start a spreadsheet formula are prefixed with an apostrophe.
 */

const TIME_PRECISION: Record<Event['datePrecision'], number> = { day: 1, week: 2, month: 3, approximate: 3 };
const GEO_PRECISION: Record<Event['location']['precision'], number> = { exact: 1, near: 2, 'admin-region': 3, country: 3 };

export function disorderType(type: AcledEventType, subType: string): string {
  if (subType === 'Mob violence' || subType === 'Excessive force against protesters') return 'Political violence; Demonstrations';
  if (type === 'Protests' || type === 'Riots') return 'Demonstrations';
  if (type === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

export interface AcledCsvInput {
  events: readonly Event[];
  sources: Iterable<Source>;
  countryAt?: (lat: number, lng: number) => CountryAt | undefined;
}

export function acledRow(e: Event, sourcesById: ReadonlyMap<string, Source>, countryAt?: AcledCsvInput['countryAt']): CsvCell[] {
  const text = (s: string) => guardFormula(s);
  const country = countryAt?.(e.location.lat, e.location.lng);
  const others = e.actors.slice(2);
  const notes = [e.description.trim(), others.length ? `Other actors: ${others.join('; ')}` : ''].filter(Boolean).join(' ');
  const sourceNames = e.sourceIds.flatMap((id) => {
    const s = sourcesById.get(id);
    return s ? [s.outlet || s.title] : [];
  });
  const row: Record<(typeof ACLED_COLUMNS)[number], CsvCell> = {
    event_id_cnty: e.id,
    event_date: e.date,
    year: Number(e.date.slice(0, 4)),
    time_precision: TIME_PRECISION[e.datePrecision],
    disorder_type: disorderType(e.eventType, e.subEventType),
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: text(e.actors[0] ?? ''),
    assoc_actor_1: '',
    inter1: '',
    actor2: text(e.actors[1] ?? ''),
    assoc_actor_2: '',
    inter2: '',
    interaction: '',
    civilian_targeting: e.eventType === 'Violence against civilians' ? 'Civilian targeting' : '',
    iso: country?.iso ?? '',
    region: country ? (ACLED_REGIONS[country.iso] ?? '') : '',
    country: country?.name ?? '',
    admin1: '',
    admin2: '',
    admin3: '',
    location: text(e.location.name),
    latitude: e.location.lat,
    longitude: e.location.lng,
    geo_precision: GEO_PRECISION[e.location.precision],
    source: text(sourceNames.join('; ')),
    source_scale: '',
    notes: text(notes),
    fatalities: e.fatalities,
    tags: text(e.tags.join('; ')),
    timestamp: Math.floor(Date.parse(e.updated) / 1000),
  };
  return ACLED_COLUMNS.map((c) => row[c]);
}

/** Events as an ACLED-style CSV (RFC 4180, UTF-8), oldest first as given. */
export function eventsToAcledCsv(input: AcledCsvInput): string {
  const byId = new Map<string, Source>();
  for (const s of input.sources) byId.set(s.id, s);
  return toCsv([[...ACLED_COLUMNS], ...input.events.map((e) => acledRow(e, byId, input.countryAt))]);
}
