/**
 * Unlinked mentions: places where a note's title appears as plain text, so the analyst can turn
 * them into links. Matching uses the same folding as link resolution (fold.ts), whitespace runs
 * match any whitespace run, and a match must be a whole word in any script: the characters
 * either side may not be letters, digits or combining marks (\p{L}, \p{N}, \p{M}), so "Kabul"
 * is not found in "Kabuli" nor "Душанбе" in "Душанбеи". Text inside wikilinks, citations and
 * code is not searched. Titles under 3 characters are ignored: they match everywhere.
 */
import { findCodeRegions, maskRanges } from './code-regions';
import type { TextRange } from './code-regions';
import { parseCitations } from './citations';
import { contextAround } from './context';
import { foldWithOffsets } from './fold';
import { normalizeTitle, parseWikiLinks } from './wikilinks';

export interface Mention {
  start: number;
  end: number;
  /** About 60 characters around the mention, on one line. */
  context: string;
}

const MIN_TITLE_LENGTH = 3;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

export function findMentions(markdown: string, title: string): Mention[] {
  const needle = normalizeTitle(title);
  if ([...needle].length < MIN_TITLE_LENGTH) return [];
  // Cheap native pre-check: most notes do not mention a given title at all, and the offset-
  // keeping fold below costs far more than folding the whole text at once.
  if (!normalizeTitle(markdown).includes(needle)) return [];
  const excluded: TextRange[] = [
    ...findCodeRegions(markdown),
    ...parseWikiLinks(markdown),
    ...parseCitations(markdown),
  ];
  // The NUL fill never folds to anything in a title, so no match can touch an excluded range.
  const folded = foldWithOffsets(maskRanges(markdown, excluded));
  const mentions: Mention[] = [];
  let at = folded.text.indexOf(needle);
  while (at !== -1) {
    const last = at + needle.length - 1;
    const start = folded.starts[at]!;
    const end = folded.ends[last]!;
    // A match must cover whole source characters: "fi" inside a folded "ﬁ" ligature is not one.
    const alignedStart = at === 0 || folded.starts[at - 1] !== start;
    const alignedEnd = last + 1 === folded.text.length || folded.starts[last + 1] !== folded.starts[last];
    if (alignedStart && alignedEnd && isWordBoundary(markdown, start, end)) {
      mentions.push({ start, end, context: contextAround(markdown, start, end) });
      at = folded.text.indexOf(needle, last + 1);
    } else {
      at = folded.text.indexOf(needle, at + 1);
    }
  }
  return mentions;
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(codePointBefore(text, start)) && !WORD_CHAR.test(codePointAt(text, end));
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}
