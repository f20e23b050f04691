import type { SourceKind } from '../../../../shared/model';
import { cleanField } from '../document';

/** CSL item types (CSL 1.0.2) mapped to our source kinds; unknown types are "other". */
const KINDS: Record<string, SourceKind> = {
  'article-newspaper': 'news-report',
  'article-magazine': 'news-report',
  broadcast: 'news-report',
  webpage: 'news-report',
  'post-weblog': 'news-report',
  report: 'ngo-report',
  'article-journal': 'ngo-report',
  book: 'ngo-report',
  chapter: 'ngo-report',
  dataset: 'ngo-report',
  thesis: 'ngo-report',
  post: 'social-media',
  interview: 'interview',
  speech: 'official-statement',
  legislation: 'official-statement',
  regulation: 'official-statement',
  bill: 'official-statement',
  treaty: 'official-statement',
  hearing: 'official-statement',
};

export const kindOfCslType = (type: unknown): SourceKind => (typeof type === 'string' ? KINDS[type] : undefined) ?? 'other';

type Name = { family?: unknown; given?: unknown; literal?: unknown; 'non-dropping-particle'?: unknown; 'dropping-particle'?: unknown };

/** CSL names as "Given Family", or the literal name of an organisation. */
export function cslNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, 100)
    .map((n: Name) => {
      if (!n || typeof n !== 'object') return undefined;
      const literal = cleanField(n.literal);
      if (literal) return literal;
      const parts = [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family].map((p) => cleanField(p)).filter(Boolean);
      return parts.length ? parts.join(' ') : undefined;
    })
    .filter((n): n is string => !!n);
}

export interface CslDate {
  /** YYYY-MM-DD when the day is known. */
  full?: string;
  /** As precise as the item gives it: "2021", "2021-10", "2021-10-08". */
  text?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `{ "date-parts": [[2021, 10, 8]] }`, or `{ raw: "2021-10-08" }`, or `{ literal: "Autumn 2021" }`. */
export function cslDate(value: unknown): CslDate {
  if (!value || typeof value !== 'object') return {};
  const v = value as { 'date-parts'?: unknown; raw?: unknown; literal?: unknown };
  const parts = Array.isArray(v['date-parts']) && Array.isArray(v['date-parts'][0]) ? (v['date-parts'][0] as unknown[]).map(Number) : undefined;
  if (parts && parts.length > 0 && parts.every((p) => Number.isInteger(p))) {
    const [y, m, d] = parts as [number, number?, number?];
    if (y < 1000 || y > 2200) return {};
    if (m === undefined || m < 1 || m > 12) return { text: String(y) };
    if (d === undefined) return { text: `${y}-${pad(m)}` };
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCDate() !== d) return { text: `${y}-${pad(m)}` };
    const full = `${y}-${pad(m)}-${pad(d)}`;
    return { full, text: full };
  }
  const raw = cleanField(v.raw, 100);
  if (raw) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
    if (iso) return cslDate({ 'date-parts': [[Number(iso[1]), Number(iso[2]), Number(iso[3])]] });
    return { text: raw };
  }
  const literal = cleanField(v.literal, 100);
  return literal ? { text: literal } : {};
}
