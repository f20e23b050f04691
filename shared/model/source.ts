import { z } from 'zod';
import { CalendarDate, DateOrTimestamp, LanguageTag, Sha256, Tags, Timestamp, Title, Url } from './common';
import { Credibility, Reliability } from './grading';
import { EventId, SourceId } from './ids';

export const SOURCE_KINDS = {
  'news-report': 'News report',
  'official-statement': 'Official statement',
  'ngo-report': 'Think-tank or NGO report',
  'social-media': 'Social media post',
  interview: 'Interview',
  other: 'Other',
} as const;
export const SourceKind = z.enum(Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS]);
export type SourceKind = z.infer<typeof SourceKind>;

/** The file a source was imported from, kept byte for byte in blobs/ under its sha256. */
export const OriginalFile = z.object({
  sha256: Sha256,
  fileName: z.string().min(1).max(500),
  mediaType: z.string().min(1).max(200),
  size: z.number().int().min(0),
  importedAt: Timestamp,
});
export type OriginalFile = z.infer<typeof OriginalFile>;

const Optional = <T extends z.ZodType>(schema: T) => schema.optional();

/**
 * An event candidate's name within its source: where its sentence is in the text ("start-end",
 * UTF-16 offsets). The text never changes after import, so the name holds for good.
 */
export const CandidateKey = z.string().regex(/^\d{1,9}-\d{1,9}$/, 'a candidate key is "start-end"');

/** The analyst's decisions on the event candidates extraction found in a source (format 3). */
export const CandidateReview = z.object({
  dismissed: z.array(CandidateKey).max(10_000),
  /** Accepted candidates and the events they became; one whose event was deleted is open again. */
  accepted: z.array(z.object({ key: CandidateKey, eventId: EventId })).max(10_000),
});
export type CandidateReview = z.infer<typeof CandidateReview>;

export const Source = z.object({
  id: SourceId,
  title: Title,
  outlet: Optional(z.string().trim().max(300)),
  author: Optional(z.string().trim().max(500)),
  url: Optional(Url),
  language: Optional(LanguageTag),
  publishedAt: Optional(DateOrTimestamp),
  accessedAt: Optional(CalendarDate),
  kind: SourceKind,
  reliability: Reliability,
  credibility: Credibility,
  tags: Tags,
  summary: z.string().max(20_000).default(''),
  /** sha256 of the UTF-8 full text, which lives in blobs/ so that metadata edits stay small. */
  textHash: Sha256,
  /** Characters in the full text, so lists can show it without reading the blob. */
  textLength: z.number().int().min(0),
  original: Optional(OriginalFile),
  /** Absent until the analyst accepts or dismisses an event candidate of this source. */
  review: Optional(CandidateReview),
  created: Timestamp,
  updated: Timestamp,
});
export type Source = z.infer<typeof Source>;

/**
 * The fields a user may edit after import (the text and the original file are immutable).
 * `null` clears an optional field; an absent key leaves it as it is.
 */
export const SourcePatch = z
  .object({
    title: Title,
    outlet: Source.shape.outlet.unwrap().nullable(),
    author: Source.shape.author.unwrap().nullable(),
    url: Url.nullable(),
    language: LanguageTag.nullable(),
    publishedAt: DateOrTimestamp.nullable(),
    accessedAt: CalendarDate.nullable(),
    kind: SourceKind,
    reliability: Reliability,
    credibility: Credibility,
    tags: z.array(Tags.unwrap().element),
    summary: z.string().max(20_000),
  })
  .partial();
export type SourcePatch = z.infer<typeof SourcePatch>;
