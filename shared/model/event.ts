import { z } from 'zod';
import { AcledEventTypeSchema, isSubEventOf } from '../geo/acled';
import { CalendarDate, Latitude, Longitude, Tags, Timestamp, Title } from './common';
import { EventId, NoteId, SourceId } from './ids';

/** How exactly the date is known: ACLED's time precision, in words an analyst uses. */
export const DatePrecision = z.enum(['day', 'week', 'month', 'approximate']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * How exactly the place is known. `exact`: the spot itself; `near`: a town or its outskirts;
 * `admin-region`: only the province/district; `country`: only the country.
 */
export const GeoPrecision = z.enum(['exact', 'near', 'admin-region', 'country']);
export type GeoPrecision = z.infer<typeof GeoPrecision>;

export const EventLocation = z.object({
  name: z.string().trim().min(1).max(300),
  lat: Latitude,
  lng: Longitude,
  precision: GeoPrecision,
});
export type EventLocation = z.infer<typeof EventLocation>;

/** Casualty counts: null means "not reported", which is not the same as zero. */
const Count = z.number().int().min(0).max(10_000_000).nullable();

const EventFields = z.object({
  id: EventId,
  title: Title,
  description: z.string().max(100_000).default(''),
  date: CalendarDate,
  datePrecision: DatePrecision,
  endDate: CalendarDate.optional(),
  location: EventLocation,
  eventType: AcledEventTypeSchema,
  subEventType: z.string().min(1),
  actors: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  fatalities: Count.default(null),
  injured: Count.default(null),
  sourceIds: z.array(SourceId).max(500).default([]),
  noteIds: z.array(NoteId).max(500).default([]),
  tags: Tags,
  created: Timestamp,
  updated: Timestamp,
});

type EventShape = Pick<z.infer<typeof EventFields>, 'eventType' | 'subEventType' | 'date' | 'endDate'>;

/** Rules that span fields: the sub-type belongs to the type, and an end date is not before the start. */
export function checkEventConsistency(e: Partial<EventShape>, ctx: z.RefinementCtx): void {
  if (e.eventType && e.subEventType && !isSubEventOf(e.eventType, e.subEventType)) {
    ctx.addIssue({
      code: 'custom',
      path: ['subEventType'],
      message: `"${e.subEventType}" is not a sub-event type of "${e.eventType}"`,
    });
  }
  if (e.date && e.endDate && e.endDate < e.date) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'the end date is before the start date' });
  }
}

export const Event = EventFields.superRefine(checkEventConsistency);
export type Event = z.infer<typeof Event>;
export { EventFields };
