import { boundedDistance } from './edit-distance';

/** Padding marks a word's first and last letters, so edits at the ends are counted too. */
const START = '\u0002';
const END = '\u0003';

function gramsOf(word: string): string[] {
  const padded = `${START}${word}${END}`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= padded.length; i++) out.add(padded.slice(i, i + 2));
  return [...out];
}

/** Words with digits are never matched by typo: 2021 must not find 2020. */
export const fuzzyEligible = (word: string): boolean => word.length >= 3 && !/\d/.test(word);

/**
 * Typo matching over the vocabulary: which words share enough letter pairs (bigrams) with the
 * query to be within its edit distance, checked exactly afterwards. An edit destroys at most three
 * of a word's distinct padded bigrams (a swap of neighbours touches three), so a word within
 * distance k shares at least |bigrams| − 3k of them: the count prunes the vocabulary to a handful
 * of candidates without a scan. Built from a sorted term list; answers with term numbers.
 */
export class GramIndex {
  private readonly gramIds = new Map<string, number>();
  private readonly offsets: Uint32Array;
  private readonly postings: Uint32Array;
  private counts: Uint16Array;

  constructor(private readonly terms: readonly string[]) {
    const perTerm: Array<number[] | undefined> = [];
    const sizes: number[] = [];
    terms.forEach((term, t) => {
      if (!fuzzyEligible(term)) return;
      const ids = gramsOf(term).map((g) => {
        let id = this.gramIds.get(g);
        if (id === undefined) {
          id = sizes.length;
          this.gramIds.set(g, id);
          sizes.push(0);
        }
        sizes[id]!++;
        return id;
      });
      perTerm[t] = ids;
    });
    this.offsets = new Uint32Array(sizes.length + 1);
    sizes.forEach((n, id) => (this.offsets[id + 1] = this.offsets[id]! + n));
    this.postings = new Uint32Array(this.offsets[sizes.length]!);
    const cursor = this.offsets.slice(0, sizes.length);
    perTerm.forEach((ids, t) => ids?.forEach((id) => (this.postings[cursor[id]!++] = t)));
    this.counts = new Uint16Array(terms.length);
  }

  get bytes(): number {
    return this.offsets.byteLength + this.postings.byteLength + this.counts.byteLength;
  }

  /** Calls `visit` with each term within `max` edits of `word` (not the word itself) and its distance. */
  near(word: string, max: number, visit: (term: number, distance: number) => void): void {
    if (!fuzzyEligible(word)) return;
    const grams = gramsOf(word);
    const need = Math.max(1, grams.length - 3 * max);
    const touched: number[] = [];
    const counts = this.counts;
    for (const g of grams) {
      const id = this.gramIds.get(g);
      if (id === undefined) continue;
      for (let k = this.offsets[id]!; k < this.offsets[id + 1]!; k++) {
        const t = this.postings[k]!;
        const seen = counts[t]!;
        counts[t] = seen + 1;
        if (seen === 0) touched.push(t);
      }
    }
    for (const t of touched) {
      const term = this.terms[t]!;
      if (counts[t]! >= need && Math.abs(term.length - word.length) <= max && term !== word) {
        const d = boundedDistance(word, term, max);
        if (d <= max) visit(t, d);
      }
      counts[t] = 0;
    }
  }
}
