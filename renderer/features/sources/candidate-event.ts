import type { Input } from '../../../shared/ipc';
import type { EventCandidate, Source } from '../../../shared/model';

/**
 * The event an accepted candidate becomes, linked to the source it was read in. A candidate
 * without a place cannot go on the map, so it cannot be accepted as it is (undefined).
 */
export function eventFromCandidate(c: EventCandidate, source: Pick<Source, 'id'>): Input<'events.create'> | undefined {
  if (c.place === null || c.lat === null || c.lng === null) return undefined;
  return {
    title: `${c.subType === 'Other' ? c.type : c.subType} in ${c.place}`.slice(0, 500),
    description: c.sentence,
    date: c.date,
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

/** A stable key for a candidate within its source: where its sentence is. */
export const candidateKey = (c: Pick<EventCandidate, 'start' | 'end'>): string => `${c.start}-${c.end}`;
