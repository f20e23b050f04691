import { z } from 'zod';

/** An instant, ISO 8601 in UTC with milliseconds, as `Date.prototype.toISOString` writes it. */
export const Timestamp = z.iso.datetime({ offset: true });

/** A calendar date `YYYY-MM-DD` that exists (2021-02-30 is refused). */
export const CalendarDate = z.iso.date();

/** A date as sources give it: a calendar date, or an instant when the source states a time. */
export const DateOrTimestamp = z.union([CalendarDate, Timestamp]);

/** Tags are single words (`isis-k`, `border/panj`); a leading `#` is stripped by the services. */
export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s,#[\]]+$/u, 'a tag is one word without spaces, commas, # or brackets');

export const Tags = z.array(Tag).max(200).default([]);

export const Title = z.string().trim().min(1, 'a title is required').max(500);

export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);

/** Web or mail address kept with a source; never fetched (Frontier makes no requests). */
export const Url = z
  .string()
  .max(4000)
  .refine((s) => /^(https?|ftp|mailto):/i.test(s), 'a URL must start with http:, https:, ftp: or mailto:');

/** BCP 47 language tag (`en`, `ru`, `fa-AF`, `ps`). */
export const LanguageTag = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'not a language tag');

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a sha256 hex digest');
