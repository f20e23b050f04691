import { z } from 'zod';
import { AcledEventTypeSchema } from '../geo/acled';
import { CalendarDate, Latitude, Longitude } from './common';
import { DatePrecision, GeoPrecision } from './event';
import { SourceId } from './ids';

/**
 * What extraction found in a source's text (main/core/extract): places, dates, people,
 * organisations and event candidates, plus where each was found so the reader can highlight it.
 * Nothing here is stored: it is computed from the text and the source's date on demand.
 */
export const ExtractedPlace = z.object({
  name: z.string(),
  lat: Latitude,
  lng: Longitude,
  kind: z.enum(['town', 'admin-region', 'country']),
  /** 0–1: how sure the match is (alias table and regions > large towns > small towns; lower when the name is ambiguous). */
  confidence: z.number().min(0).max(1),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  mentions: z.number().int().min(1),
});
export type ExtractedPlace = z.infer<typeof ExtractedPlace>;

export const ExtractedDate = z.object({ text: z.string(), date: CalendarDate, precision: DatePrecision });
export type ExtractedDate = z.infer<typeof ExtractedDate>;

/** A person or organisation, with the spellings of it the text uses (Rahmon, Rakhmon, Рахмон). */
export const ExtractedActor = z.object({ name: z.string(), spellings: z.array(z.string()), mentions: z.number().int().min(1) });
export type ExtractedActor = z.infer<typeof ExtractedActor>;

export const EventCandidate = z.object({
  date: CalendarDate,
  datePrecision: DatePrecision,
  /** The last day, for an event the text gives as a range ("closed from 13 to 20 May"). */
  endDate: CalendarDate.optional(),
  place: z.string().nullable(),
  lat: Latitude.nullable(),
  lng: Longitude.nullable(),
  geoPrecision: GeoPrecision.nullable(),
  type: AcledEventTypeSchema,
  subType: z.string(),
  actors: z.array(z.string()),
  fatalities: z.number().int().min(0).nullable(),
  injured: z.number().int().min(0).nullable(),
  /** The sentence that reports it, whitespace collapsed. */
  sentence: z.string(),
  /** Where the sentence is in the source's text (UTF-16 offsets). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** 0–1: how likely it is an event with the right date and place, by a model fitted to annotated reports (main/core/extract/events/score-candidates.ts). */
  confidence: z.number().min(0).max(1),
  /** Offered first for review; the others are listed apart as less likely. */
  likely: z.boolean(),
});
export type EventCandidate = z.infer<typeof EventCandidate>;

export const Highlight = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: z.enum(['place', 'date', 'person', 'organization']),
  /** What it was recognised as: the place's or actor's name, the date as YYYY-MM-DD. */
  label: z.string(),
});
export type Highlight = z.infer<typeof Highlight>;

export const Extraction = z.object({
  sourceId: SourceId,
  /** The date relative dates were resolved against: the source's publication date. */
  referenceDate: CalendarDate,
  places: z.array(ExtractedPlace),
  dates: z.array(ExtractedDate),
  people: z.array(ExtractedActor),
  organizations: z.array(ExtractedActor),
  events: z.array(EventCandidate),
  highlights: z.array(Highlight),
});
export type Extraction = z.infer<typeof Extraction>;
