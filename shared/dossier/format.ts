import { CREDIBILITY, RELIABILITY, type Event, type Source } from '../model';

/** Display forms shared by the dossier's sections. Dates stay ISO in tables (they sort and do not depend on a locale). */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2022-03-09` → `9 March 2022`; anything else as it is. */
export function longDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export const grade = (s: Pick<Source, 'reliability' | 'credibility'>): string => `${s.reliability}${s.credibility}`;
export const gradeWords = (s: Pick<Source, 'reliability' | 'credibility'>): string => `${RELIABILITY[s.reliability]}; ${CREDIBILITY[s.credibility].toLowerCase()}`;

const PRECISION: Record<Event['datePrecision'], string> = { day: '', week: 'within a week', month: 'within the month', approximate: 'approximate' };

/** How exactly the date is known, in words; empty for an exact day. */
export const datePrecisionWords = (p: Event['datePrecision']): string => PRECISION[p];

/** Deaths as reported; "not reported" is not zero. */
export const fatalities = (n: number | null): string => (n === null ? 'n.r.' : String(n));

export const coordinates = (lat: number, lng: number): string => `${lat.toFixed(4)}, ${lng.toFixed(4)}`;
