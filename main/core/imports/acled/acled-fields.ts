import { findEventType, findSubEventType, type AcledEventType } from '../../../../shared/geo/acled';
import type { DatePrecision, GeoPrecision } from '../../../../shared/model';

/** ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month. */
export const TIME_PRECISION: Record<string, DatePrecision> = { '1': 'day', '2': 'week', '3': 'month' };

/** ACLED's geo_precision: 1 the place itself, 2 near it (a town's outskirts), 3 only the province/district. */
export const GEO_PRECISION: Record<string, GeoPrecision> = { '1': 'exact', '2': 'near', '3': 'admin-region' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED writes `2021-10-08` in current exports and `08 October 2021` (or `08-October-2021`) in older ones. */
export function acledDate(value: string): string | undefined {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const long = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (long) {
    const month = MONTHS.findIndex((name) => name.startsWith(long[2]!.toLowerCase()) && long[2]!.length >= 3);
    if (month < 0) return undefined;
    [y, m, d] = [Number(long[3]), month + 1, Number(long[1])];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The type and sub-type in ACLED's spelling, or the reason they are not ACLED's. */
export function acledType(type: string, subType: string): { eventType: AcledEventType; subEventType: string } | string {
  const eventType = findEventType(type);
  if (!eventType) return `"${type}" is not an ACLED event type`;
  const subEventType = findSubEventType(eventType, subType);
  if (!subEventType) return `"${subType}" is not a sub-event type of ${eventType}`;
  return { eventType, subEventType };
}

/** actor1, assoc_actor_1, actor2, assoc_actor_2 as one list; ACLED separates associated actors with ";". */
export function acledActors(row: Record<string, string>): string[] {
  const names = ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2']
    .flatMap((col) => (row[col] ?? '').split(';'))
    .map((a) => a.trim().slice(0, 300))
    .filter(Boolean);
  return [...new Set(names)].slice(0, 50);
}

/** The `source` column: one or more outlets separated by ";". */
export const acledOutlets = (value: string | undefined): string[] =>
  [...new Set((value ?? '').split(';').map((s) => s.replace(/\s+/g, ' ').trim().slice(0, 300)).filter(Boolean))];

/** A description line that carries ACLED's own event id, so a later import of an overlapping export knows the event. */
export const ACLED_ID_LINE = /^ACLED event ([A-Za-z0-9_-]{1,40})$/m;
