/**
 * Case and compatibility folding, the one rule by which titles, link targets and mentions are
 * compared. NFKC first, so full-width letters, ligatures (ﬁ) and Arabic presentation forms
 * become their ordinary letters; then toLowerCase, which is locale-independent in JavaScript
 * (unlike toLocaleLowerCase, whose result would depend on the machine), so Latin and Cyrillic
 * fold and scripts without case (Arabic, Persian) pass through unchanged; then NFKC again,
 * because lowercasing can leave a non-normalised sequence (İ → i + combining dot).
 *
 * Not done, on purpose: full Unicode case folding (ß ≠ ss) and Arabic letter unification
 * (Arabic kaf ك ≠ Persian keheh ک): both would merge titles the analyst typed as different.
 */

export function foldCase(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/**
 * Folded text plus, for each UTF-16 unit of it, the range of the original it came from, so a
 * match found in the folded text can be reported at offsets into the original.
 */
export interface FoldedText {
  text: string;
  /** Start offset in the original of the cluster that produced each folded unit. */
  starts: number[];
  /** End offset in the original of that cluster. */
  ends: number[];
}

// A whitespace run, or a base character with its combining marks (folded together so NFKC can
// compose e + ◌́ into é, as it does on a whole title), or stray marks.
const CLUSTER = /\s+|\P{M}\p{M}*|\p{M}+/gu;

/** Folds like foldCase and also collapses every whitespace run to one space. */
export function foldWithOffsets(source: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of source.matchAll(CLUSTER)) {
    const piece = /^\s/u.test(m[0]) ? ' ' : foldCase(m[0]);
    for (let i = 0; i < piece.length; i++) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    text += piece;
  }
  return { text, starts, ends };
}
