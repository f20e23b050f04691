import type { SourceKind } from '../../../shared/model';
import type { TextMetadata } from '../sources/text-metadata';

/** What a document format (text, Markdown, HTML, PDF) yields: one text and what it says about itself. */
export interface ImportedDocument {
  text: string;
  meta: DocumentMetadata;
}

export interface DocumentMetadata extends TextMetadata {
  /** A kind the file itself declares (an article's `og:type`, a JSON-LD `@type`). */
  kind?: SourceKind;
}

/** Metadata strings come from hostile files: no control characters, single spaces, bounded length. */
export function cleanField(value: unknown, max = 300): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Only web and mail addresses are kept (the Url schema's rule); anything else is dropped, not fixed. */
export function cleanUrl(value: unknown): string | undefined {
  const text = cleanField(value, 4000);
  if (!text || !/^(https?|ftp|mailto):/i.test(text)) return undefined;
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

/**
 * A date as a source states it, normalised to what the Source schema takes: `YYYY-MM-DD`, or an
 * instant with its offset kept (the local date of publication is what extraction resolves against).
 */
export function cleanDate(value: unknown): string | undefined {
  const text = cleanField(value, 100);
  if (!text) return undefined;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return validDay(Number(date[1]), Number(date[2]), Number(date[3])) ? text : undefined;
  const instant = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (instant) {
    const [, y, mo, d, h, mi, s = '00', zone] = instant;
    if (!validDay(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59) return undefined;
    if (!zone) return `${y}-${mo}-${d}`; // a local time without a zone: only the day is certain
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
