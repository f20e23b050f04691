import type { Event } from '../../../shared/model';

/** The first and last day any event covers, or undefined for no events. */
export function eventSpan(events: readonly Pick<Event, 'date' | 'endDate'>[]): { first: string; last: string } | undefined {
  if (events.length === 0) return undefined;
  let first = events[0]!.date;
  let last = events[0]!.endDate ?? events[0]!.date;
  for (const e of events) {
    if (e.date < first) first = e.date;
    const end = e.endDate ?? e.date;
    if (end > last) last = end;
  }
  return { first, last };
}
