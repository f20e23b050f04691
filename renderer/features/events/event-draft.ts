import { ACLED_TAXONOMY, type AcledEventType } from '../../../shared/geo/acled';
import type { Input } from '../../../shared/ipc';
import type { DatePrecision, Event, GeoPrecision } from '../../../shared/model';

export type EventInput = Input<'events.create'>;
export type EventPatch = Input<'events.update'>['patch'];

/** The event form's state: every field as typed, so half-typed numbers survive until Save. */
export interface EventDraft {
  title: string;
  date: string;
  datePrecision: DatePrecision;
  endDate: string;
  placeName: string;
  lat: string;
  lng: string;
  geoPrecision: GeoPrecision;
  eventType: AcledEventType | '';
  subEventType: string;
  actors: string;
  fatalities: string;
  injured: string;
  sourceIds: string[];
  noteIds: string[];
  tags: string;
  description: string;
}

export const DATE_PRECISIONS: Record<DatePrecision, string> = {
  day: 'Day — the exact day is known',
  week: 'Week — known to within a week',
  month: 'Month — known to within a month',
  approximate: 'Approximate',
};

export const GEO_PRECISIONS: Record<GeoPrecision, string> = {
  exact: 'Exact — the spot itself',
  near: 'Near — a town or its outskirts',
  'admin-region': 'Admin region — province or district only',
  country: 'Country only',
};

export const emptyDraft = (): EventDraft => ({
  title: '',
  date: '',
  datePrecision: 'day',
  endDate: '',
  placeName: '',
  lat: '',
  lng: '',
  geoPrecision: 'exact',
  eventType: '',
  subEventType: '',
  actors: '',
  fatalities: '',
  injured: '',
  sourceIds: [],
  noteIds: [],
  tags: '',
  description: '',
});

const countText = (n: number | null) => (n === null ? '' : String(n));

export function draftFromEvent(e: Event): EventDraft {
  return {
    title: e.title,
    date: e.date,
    datePrecision: e.datePrecision,
    endDate: e.endDate ?? '',
    placeName: e.location.name,
    lat: String(e.location.lat),
    lng: String(e.location.lng),
    geoPrecision: e.location.precision,
    eventType: e.eventType,
    subEventType: e.subEventType,
    actors: e.actors.join('\n'),
    fatalities: countText(e.fatalities),
    injured: countText(e.injured),
    sourceIds: [...e.sourceIds],
    noteIds: [...e.noteIds],
    tags: e.tags.join(' '),
    description: e.description,
  };
}

/** Decimal degrees to 5 places (about a metre): what a click on the map can honestly claim. */
const degrees = (x: number) => String(Math.round(x * 1e5) / 1e5);

/**
 * A point picked on the map: its coordinates, and the nearest town's name as the place name
 * unless the analyst has typed one (a name the map suggested before may be replaced).
 */
export function withMapPick(d: EventDraft, pick: { lat: number; lng: number; name?: string }, suggestedBefore?: string): EventDraft {
  const typed = d.placeName.trim() !== '' && d.placeName !== suggestedBefore;
  return { ...d, lat: degrees(pick.lat), lng: degrees(pick.lng), placeName: pick.name && !typed ? pick.name : d.placeName };
}

/** The sub-types the chosen type allows; none until a type is chosen. */
export const subTypesOf = (type: AcledEventType | ''): readonly string[] => (type ? ACLED_TAXONOMY[type] : []);

/** A new type keeps the sub-type only if it belongs to the new type: a wrong pair cannot be built. */
export function withEventType(d: EventDraft, eventType: AcledEventType | ''): EventDraft {
  return { ...d, eventType, subEventType: subTypesOf(eventType).includes(d.subEventType) ? d.subEventType : '' };
}

/** One actor per line; on a single line, commas separate them (so a name with a comma needs its own line). */
export function parseActors(text: string): string[] {
  const parts = text.includes('\n') ? text.split('\n') : text.split(',');
  const seen = new Set<string>();
  return parts.map((a) => a.trim()).filter((a) => a && !seen.has(a) && seen.add(a));
}

export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/u).map((t) => t.replace(/^#+/, '')).filter(Boolean))];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Empty means "not reported" (null), which is not 0. */
export function parseCount(label: string, text: string): Parsed<number | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (!/^\d+$/.test(t)) return { ok: false, message: `${label}: a whole number of people, or empty when not reported.` };
  return { ok: true, value: Number(t) };
}

/** Decimal degrees; a decimal comma is accepted (34,5). */
export function parseCoordinate(label: string, text: string, limit: number): Parsed<number> {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: false, message: `${label} is required (decimal degrees, WGS84).` };
  const n = Number(t);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) || !Number.isFinite(n)) return { ok: false, message: `${label}: "${text.trim()}" is not a number of degrees.` };
  if (Math.abs(n) > limit) return { ok: false, message: `${label} must be between -${limit} and ${limit}.` };
  return { ok: true, value: n };
}

export type DraftResult = { ok: true; input: EventInput } | { ok: false; errors: string[] };

/**
 * Turns the draft into what events.create takes. Only what the form alone can know is checked
 * here (numbers, a chosen type); titles, dates and links are main's to validate, and its message
 * is shown as it is.
 */
export function inputFromDraft(d: EventDraft): DraftResult {
  const errors: string[] = [];
  const lat = parseCoordinate('Latitude', d.lat, 90);
  const lng = parseCoordinate('Longitude', d.lng, 180);
  const fatalities = parseCount('Fatalities', d.fatalities);
  const injured = parseCount('Injured', d.injured);
  for (const r of [lat, lng, fatalities, injured]) if (!r.ok) errors.push(r.message);
  if (!d.eventType) errors.push('Choose an event type.');
  else if (!d.subEventType) errors.push(`Choose a sub-event type of ${d.eventType}.`);
  if (errors.length > 0 || !lat.ok || !lng.ok || !fatalities.ok || !injured.ok || !d.eventType) return { ok: false, errors };
  return {
    ok: true,
    input: {
      title: d.title.trim(),
      description: d.description,
      date: d.date.trim(),
      datePrecision: d.datePrecision,
      ...(d.endDate.trim() ? { endDate: d.endDate.trim() } : {}),
      location: { name: d.placeName.trim(), lat: lat.value, lng: lng.value, precision: d.geoPrecision },
      eventType: d.eventType,
      subEventType: d.subEventType,
      actors: parseActors(d.actors),
      fatalities: fatalities.value,
      injured: injured.value,
      sourceIds: d.sourceIds,
      noteIds: d.noteIds,
      tags: parseTags(d.tags),
    },
  };
}

/**
 * The patch for events.update: the whole form (fields it does not show are left alone). An end
 * date emptied in the form is sent as null, which removes it.
 */
export function patchFromDraft(d: EventDraft, current: Event): { ok: true; patch: EventPatch } | { ok: false; errors: string[] } {
  const r = inputFromDraft(d);
  if (!r.ok) return r;
  if (current.endDate && !r.input.endDate) return { ok: true, patch: { ...r.input, endDate: null } };
  return { ok: true, patch: r.input };
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  date: 'Date',
  datePrecision: 'Date precision',
  endDate: 'End date',
  'location.name': 'Place name',
  'location.lat': 'Latitude',
  'location.lng': 'Longitude',
  'location.precision': 'Place precision',
  eventType: 'Event type',
  subEventType: 'Sub-event type',
  actors: 'Actors',
  fatalities: 'Fatalities',
  injured: 'Injured',
  sourceIds: 'Sources',
  noteIds: 'Notes',
  tags: 'Tags',
};

/**
 * Main's validation message in the form's words: "events.create: location.lat: Too big…" becomes
 * "Latitude: Too big…". A message that names no field is shown as main wrote it.
 */
export function describeMainError(message: string): string {
  const m = /^(?:events\.(?:create|update): )?(?:patch\.)?([A-Za-z.]+?)(?:\.\d+)?: (.*)$/s.exec(message);
  const label = m && FIELD_LABELS[m[1]!];
  return label ? `${label}: ${m[2]}` : message.replace(/^events\.(?:create|update): /, '');
}
