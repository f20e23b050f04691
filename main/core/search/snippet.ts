import { analyzeWord, scanWords } from '../../../shared/search';
import type { ResolvedClause } from './resolve-clause';

/** A piece of text and the ranges in it to highlight, [start, end) in UTF-16 units. */
export interface Marked {
  text: string;
  highlights: Array<[number, number]>;
}

interface Phrase {
  tokens: readonly string[];
  clause: number;
}

/** Which folded words (and phrases) show why an item matched, and which clause each serves. */
export interface Highlighter {
  terms: Map<string, number>;
  /** Phrases by their last word: a word can only complete the phrases that end with it. */
  phrasesEndingWith: Map<string, Phrase[]>;
  longestPhrase: number;
  clauses: number;
  /** The words as typed (not their aliases, typo or prefix variants): few, so indexOf stays cheap. */
  hints: string[];
}

export function highlighterFor(clauses: readonly ResolvedClause[]): Highlighter {
  const terms = new Map<string, number>();
  const phrasesEndingWith = new Map<string, Phrase[]>();
  let longestPhrase = 0;
  const hints = new Set<string>();
  clauses.forEach((c, i) => {
    for (const [t, weight] of c.terms) {
      if (!terms.has(t)) terms.set(t, i);
      if (weight === 1) hints.add(t);
    }
    for (const p of c.phrases) {
      if (p.weight === 1) hints.add(p.tokens[0]!);
      const last = p.tokens[p.tokens.length - 1]!;
      phrasesEndingWith.set(last, [...(phrasesEndingWith.get(last) ?? []), { tokens: p.tokens, clause: i }]);
      longestPhrase = Math.max(longestPhrase, p.tokens.length);
    }
  });
  return { terms, phrasesEndingWith, longestPhrase, clauses: clauses.length, hints: [...hints].slice(0, 4) };
}

interface Hit {
  start: number;
  end: number;
  clause: number;
}

interface Word {
  start: number;
  end: number;
  forms: readonly string[];
}

/** Scans words in [from, to), reporting matched words and phrases until `onHit` returns false. */
function scanHits(text: string, h: Highlighter, onHit: (hit: Hit) => boolean | void, from = 0, to = Infinity): void {
  const longest = h.longestPhrase;
  const recent: Word[] = [];
  scanWords(
    text,
    (raw, start, end) => {
      if (start >= to) return false;
      const forms = analyzeWord(raw);
      if (longest > 1) {
        recent.push({ start, end, forms });
        if (recent.length > longest) recent.shift();
      }
      for (const f of forms) {
        const clause = h.terms.get(f);
        if (clause !== undefined) {
          if (onHit({ start, end, clause }) === false) return false;
          break;
        }
      }
      if (longest < 2) return true;
      for (const f of forms) {
        for (const p of h.phrasesEndingWith.get(f) ?? []) {
          const n = p.tokens.length;
          if (recent.length < n) continue;
          let all = true;
          for (let k = 0; k < n - 1 && all; k++) all = recent[recent.length - n + k]!.forms.includes(p.tokens[k]!);
          if (all && onHit({ start: recent[recent.length - n]!.start, end, clause: p.clause }) === false) return false;
        }
      }
      return true;
    },
    from,
  );
}

/** Highlight ranges for a title (shown whole). */
export function markTitle(title: string, h: Highlighter): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  scanHits(title, h, (hit) => void ranges.push([hit.start, hit.end]));
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

const CONTEXT_BEFORE = 50;
/** How far past the first match to look for a window that shows more of the query. */
const LOOK_AHEAD = 3_000;

/**
 * A window of about `size` characters around the matches of `text` that best show why it matched:
 * the first window holding every clause, else the one holding the most (searched up to LOOK_AHEAD
 * characters past the first match, so a long source costs little). Undefined when nothing matches.
 */
export function cutSnippet(text: string, h: Highlighter, size = 180): Marked | undefined {
  // The first match may be kilobytes into a long text: find roughly where with the native indexOf,
  // and scan words from a little before it (from the start again if that finds nothing, as when
  // the text spells the word in another form).
  const lower = text.length > 4 * size ? text.toLowerCase() : '';
  let hint = lower ? Infinity : 0;
  for (const t of lower ? h.hints : []) {
    const at = lower.indexOf(t);
    if (at >= 0 && at < hint) hint = at;
  }
  const from = Number.isFinite(hint) ? Math.max(0, hint - 2 * CONTEXT_BEFORE) : 0;
  // The second scan covers only what the first skipped (and a phrase's length into it): a text
  // without a match, such as a source matched by its summary, costs one scan, not two.
  return cutFrom(text, h, size, from, Infinity) ?? (from > 0 ? cutFrom(text, h, size, 0, from + size) : undefined);
}

function cutFrom(text: string, h: Highlighter, size: number, start: number, stop: number): Marked | undefined {
  const hits: Hit[] = [];
  let best: { from: number; count: number } | undefined;
  scanHits(text, h, (hit) => {
    hits.push(hit);
    // Windows end at this hit; the earliest hit within reach starts the best one ending here.
    let first = hits.length - 1;
    while (first > 0 && hit.end - hits[first - 1]!.start <= size - CONTEXT_BEFORE / 2) first--;
    const clauses = new Set<number>();
    for (let k = first; k < hits.length; k++) clauses.add(hits[k]!.clause);
    if (!best || clauses.size > best.count) best = { from: first, count: clauses.size };
    return best.count < h.clauses && hit.start - hits[0]!.start < LOOK_AHEAD;
  }, start, stop);
  if (!best) return undefined;
  const anchor = hits[best.from]!.start;
  let from = Math.max(0, anchor - CONTEXT_BEFORE);
  if (from > 0) {
    const space = text.slice(from, anchor).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  let to = Math.min(text.length, from + size);
  if (to < text.length) {
    const back = text.slice(anchor, to).search(/\s\S*$/);
    if (back > 0) to = anchor + back;
  }
  // Every match inside the window is marked, also ones found after the window was chosen.
  const inside: Array<[number, number]> = [];
  scanHits(text, h, (hit) => void (hit.end <= to && inside.push([hit.start, hit.end])), from, to);
  return collapse(text, from, to, mergeRanges(inside));
}

/** The start of a text, as the snippet of an item that matched only by title or tag. */
export function preview(text: string, size = 180): Marked {
  let to = Math.min(text.length, size);
  if (to < text.length) {
    const back = text.slice(0, to).search(/\s\S*$/);
    if (back > 0) to = back;
  }
  return collapse(text, 0, to, []);
}

/** Whitespace as \s matches it, without a regex per character. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * text[from, to) with whitespace runs as single spaces, trimmed, with "…" where it was cut, and
 * the ranges moved to match.
 */
function collapse(text: string, from: number, to: number, ranges: Array<[number, number]>): Marked {
  let out = from > 0 ? '…' : '';
  const map = new Int32Array(to - from + 1);
  let inSpace = true; // no leading space
  for (let i = from; i < to; i++) {
    map[i - from] = out.length;
    const ch = text[i]!;
    if (isSpace(text.charCodeAt(i))) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += ch;
      inSpace = false;
    }
  }
  map[to - from] = out.length;
  out = out.replace(/ $/, '');
  const highlights = ranges.map(([s, e]): [number, number] => [map[s - from]!, Math.min(out.length, map[e - from]!)]);
  if (to < text.length) out += '…';
  return { text: out, highlights };
}
