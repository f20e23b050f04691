import { foldName } from '../../geo';
import { hasCase, isCapitalised, tokenize, type Token } from '../text/tokens';
import { cyrillicVariants, type PlaceEntry, type PlaceIndex, type PlaceKind } from './place-index';

/** One place mentioned in the text. */
export interface PlaceMention {
  name: string;
  kind: PlaceKind;
  country: string;
  lat: number;
  lng: number;
  confidence: number;
  start: number;
  end: number;
  /** The words as the text writes them. */
  text: string;
}

/** Words that make a name next to them a province (Kunduz province, провинции Кундуз, ولایت کندز). */
const ADMIN_AFTER = new Set(['province', 'provinces', 'провинция', 'провинции', 'провинцию', 'провинцией', 'область', 'области', 'вилоят', 'вилояте']);
const ADMIN_BEFORE = new Set(['ولایت', 'province', 'провинции', 'провинция', 'провинцию']);
/** Prepositions that put a place after them (in, near, в, у, در): a capitalised word there is more likely a place. */
const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'outside', 'around', 'into', 'to', 'of', 'в', 'во', 'у', 'под', 'близ', 'около', 'из', 'на', 'در', 'از', 'به', 'نزدیک']);

function lookup(index: PlaceIndex, words: string): PlaceEntry[] | undefined {
  const key = foldName(words);
  const found = index.exact.get(key);
  if (found || !/\p{Script=Cyrillic}/u.test(key)) return found;
  for (const v of cyrillicVariants(key)) {
    const hit = index.stems.get(v);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Picks what a name means: a province when the text says so, otherwise a town before a region or
 * country of the same name (Kunduz the city, the usual reading in a report), and among towns the
 * one in a country the text mentions, then the largest.
 */
function choose(entries: PlaceEntry[], tokens: Token[], i: number, n: number, context: Set<string>): { entry: PlaceEntry; ambiguous: boolean } {
  const next = tokens[i + n]?.text.toLowerCase();
  const prev = tokens[i - 1]?.text.toLowerCase();
  const wantsAdmin = (next && ADMIN_AFTER.has(next)) || (prev && ADMIN_BEFORE.has(prev));
  const admin = entries.find((e) => e.kind === 'admin-region');
  if (wantsAdmin && admin) return { entry: admin, ambiguous: false };
  const towns = entries.filter((e) => e.kind === 'town');
  if (towns.length === 0) return { entry: entries.find((e) => e.kind === 'country') ?? entries[0]!, ambiguous: false };
  const score = (e: PlaceEntry) => (context.has(e.country) ? 1e12 : 0) + (e.from === 'alias' ? 1e11 : 0) + e.population;
  const sorted = [...towns].sort((a, b) => score(b) - score(a));
  const countries = new Set(towns.map((t) => t.country));
  return { entry: sorted[0]!, ambiguous: countries.size > 1 && !context.has(sorted[0]!.country) };
}

function confidenceOf(entry: PlaceEntry, ambiguous: boolean, afterLocative: boolean): number {
  let c: number;
  if (entry.from === 'region') c = entry.kind === 'country' ? 0.95 : 0.9;
  else if (entry.from === 'alias') c = 0.9;
  else c = entry.population >= 100_000 ? 0.85 : entry.population >= 30_000 ? 0.75 : 0.6;
  if (ambiguous) c *= 0.8;
  if (afterLocative) c += 0.05;
  return Math.min(0.99, Math.round(c * 100) / 100);
}

/**
 * Every place the text names, longest spelling first (Mazar-i-Sharif before Sharif), in text order.
 * In scripts with capitals a place must start with one; Dari and Pashto are matched as written.
 */
export function findPlaces(text: string, index: PlaceIndex): PlaceMention[] {
  const tokens = tokenize(text);
  const raw: Array<{ i: number; n: number; entries: PlaceEntry[] }> = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    if (!hasCase(tokens[i]!.text) || isCapitalised(tokens[i]!.text)) {
      for (let n = Math.min(index.maxWords, tokens.length - i); n >= 1; n--) {
        // A name does not run across a sentence end or a comma.
        const span = text.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
        if (n > 1 && /[.,;:!?()]/.test(span)) continue;
        const entries = lookup(index, span);
        if (entries) {
          raw.push({ i, n, entries });
          matched = n;
          break;
        }
      }
    }
    i += matched || 1;
  }
  // Countries named anywhere decide between towns of the same name elsewhere (Mashhad in Iran or Afghanistan).
  const context = new Set(raw.flatMap((r) => (r.entries.length === 1 ? [r.entries[0]!.country] : [])));
  return raw.map(({ i, n, entries }) => {
    const { entry, ambiguous } = choose(entries, tokens, i, n, context);
    const prev = tokens[i - 1]?.text.toLowerCase();
    const start = tokens[i]!.start;
    const end = tokens[i + n - 1]!.end;
    return {
      name: entry.name,
      kind: entry.kind,
      country: entry.country,
      lat: entry.lat,
      lng: entry.lng,
      confidence: confidenceOf(entry, ambiguous, !!prev && LOCATIVE.has(prev)),
      start,
      end,
      text: text.slice(start, end),
    };
  });
}
