import { DICTIONARY, JOINER, OTHER, SURROGATE, WORD, classOf, classOfCodePoint } from './char-class';
import { foldWord } from './normalize';

/**
 * Word splitting for search, the same for indexing, querying and highlighting.
 *
 * A word is a run of letters, combining marks, digits and connectors (UAX #29 keeps these together
 * in English, Russian, Dari and Pashto alike; apostrophes and hyphens split, so "Dasht-e" is two
 * words and "Taliban's" is "taliban" + "s"). Intl.Segmenter gives the same words for these scripts
 * but measured 50× slower here (0.7 M characters/s against 35 M for a regex over the same classes,
 * and more for the table lookup used below), which would make a 55 MB notebook take a minute to
 * index; it is used only for runs in scripts written without spaces (Chinese, Japanese, Thai, …),
 * where a dictionary is the only way to find words.
 */

const JOINERS = /[\u200C\u200D]+/;

let segmenter: Intl.Segmenter | undefined;

/** The class of the character at i, and its length in code units (2 for a surrogate pair). */
function charAt(text: string, i: number): [cls: number, width: number] {
  const code = text.charCodeAt(i);
  const cls = classOf(code);
  if (cls !== SURROGATE) return [cls, 1];
  const cp = text.codePointAt(i)!;
  return cp > 0xffff ? [classOfCodePoint(cp), 2] : [OTHER, 1];
}

/**
 * Calls `visit` with each word of `text` and its UTF-16 offsets, in order, from `from` on; a visit
 * that returns false stops the scan (snippets stop at the first good window).
 */
export function scanWords(text: string, visit: (raw: string, start: number, end: number) => boolean | void, from = 0): void {
  const n = text.length;
  let i = from;
  while (i < n) {
    // Skip to the first letter or digit: a word never starts with a joiner.
    let [cls, width] = charAt(text, i);
    if (cls !== WORD && cls !== DICTIONARY) {
      i += width;
      continue;
    }
    const start = i;
    let end = i;
    let dictionary = false;
    while (i < n) {
      [cls, width] = charAt(text, i);
      if (cls === OTHER) break;
      if (cls === DICTIONARY) dictionary = true;
      i += width;
      if (cls !== JOINER) end = i; // trailing joiners are not part of the word
    }
    const raw = text.slice(start, end);
    if (!dictionary) {
      if (visit(raw, start, end) === false) return;
      continue;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const s of segmenter.segment(raw)) {
      if (s.isWordLike && visit(s.segment, start + s.index, start + s.index + s.segment.length) === false) return;
    }
  }
}

const forms = new Map<string, readonly string[]>();
/** Distinct raw words seen before the memo starts over: bounds its memory on any corpus. */
const MEMO_LIMIT = 200_000;

/**
 * The folded forms of one word: its whole form first, then — for a word joined with ZWNJ, as Dari
 * writes plurals and verb prefixes (کتاب‌ها, می‌گویند) — each of its parts, so that کتاب finds
 * کتاب‌ها. Empty for a word that folds to nothing (a lone tatweel). Memoised: text repeats words.
 */
export function analyzeWord(raw: string): readonly string[] {
  const known = forms.get(raw);
  if (known) return known;
  const whole = foldWord(raw);
  let result: readonly string[] = whole ? [whole] : [];
  if (whole && JOINERS.test(raw)) {
    const parts = raw.split(JOINERS).map(foldWord).filter((p) => p && p !== whole);
    result = [whole, ...new Set(parts)];
  }
  if (forms.size >= MEMO_LIMIT) forms.clear();
  forms.set(raw, result);
  return result;
}

/** The folded words of a text, in order (the whole form of each). */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (raw) => {
    const f = analyzeWord(raw)[0];
    if (f) out.push(f);
  });
  return out;
}
