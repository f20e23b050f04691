import type { Input } from '../../../shared/ipc';
import type { EventCandidate, Source } from '../../../shared/model';
import { emptyDraft, type EventDraft } from '../events/event-draft';

/** The title an event read from a sentence gets: what happened, and where. */
const titleOf = (c: EventCandidate) => `${c.subType === 'Other' ? c.type : c.subType}${c.place ? ` in ${c.place}` : ''}`.slice(0, 500);

/**
 * The event an accepted candidate becomes, linked to the source it was read in. A candidate
 * without a place cannot go on the map, so it cannot be accepted as it is (undefined): it is
 * edited first.
 */
export function eventFromCandidate(c: EventCandidate, source: Pick<Source, 'id'>): Input<'events.create'> | undefined {
  if (c.place === null || c.lat === null || c.lng === null) return undefined;
  return {
    title: titleOf(c),
    description: c.sentence,
    date: c.date,
    ...(c.endDate ? { endDate: c.endDate } : {}),
    datePrecision: c.datePrecision,
    location: { name: c.place, lat: c.lat, lng: c.lng, precision: c.geoPrecision ?? 'near' },
    eventType: c.type,
    subEventType: c.subType,
    actors: c.actors,
    fatalities: c.fatalities,
    injured: c.injured,
    sourceIds: [source.id],
    noteIds: [],
    tags: ['extracted'],
  };
}

/** The event form's fields filled from a candidate, for the analyst to correct before it is recorded. */
export function draftFromCandidate(c: EventCandidate, source: Pick<Source, 'id'>): EventDraft {
  const count = (n: number | null) => (n === null ? '' : String(n));
  return {
    ...emptyDraft(),
    title: titleOf(c),
    description: c.sentence,
    date: c.date,
    endDate: c.endDate ?? '',
    datePrecision: c.datePrecision,
    placeName: c.place ?? '',
    lat: c.lat === null ? '' : String(c.lat),
    lng: c.lng === null ? '' : String(c.lng),
    geoPrecision: c.geoPrecision ?? 'near',
    eventType: c.type,
    subEventType: c.subType,
    actors: c.actors.join('\n'),
    fatalities: count(c.fatalities),
    injured: count(c.injured),
    sourceIds: [source.id],
    tags: 'extracted',
  };
}

/** A stable key for a candidate within its source: where its sentence is. */
export const candidateKey = (c: Pick<EventCandidate, 'start' | 'end'>): string => `${c.start}-${c.end}`;
