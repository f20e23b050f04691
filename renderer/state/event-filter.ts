import type { AcledEventType } from '../../shared/geo/acled';
import type { Event } from '../../shared/model';

/**
 * What the map's time slider and type toggles let through; the map and the sidebar's event list
 * both apply it, so they always show the same events. Dates are inclusive `YYYY-MM-DD`; an absent
 * end is open.
 */
export interface EventFilter {
  from?: string;
  to?: string;
  hiddenTypes: readonly AcledEventType[];
}

export const NO_FILTER: EventFilter = { hiddenTypes: [] };

export const isFiltering = (f: EventFilter): boolean => !!f.from || !!f.to || f.hiddenTypes.length > 0;

/** An event that lasted is kept when any day of it falls in the range. */
export function matchesFilter(e: Pick<Event, 'date' | 'endDate' | 'eventType'>, f: EventFilter): boolean {
  if (f.hiddenTypes.includes(e.eventType)) return false;
  if (f.from && (e.endDate ?? e.date) < f.from) return false;
  if (f.to && e.date > f.to) return false;
  return true;
}

/** The events the filter lets through; the same array when nothing is filtered. */
export function filterEvents<T extends Pick<Event, 'date' | 'endDate' | 'eventType'>>(events: T[], f: EventFilter): T[] {
  return isFiltering(f) ? events.filter((e) => matchesFilter(e, f)) : events;
}
