import { scanWords } from '../../shared/search';
import type { Rng } from './prng';

export type QueryKind = 'single word' | 'two words' | 'phrase' | 'prefix' | 'typo';
export const QUERY_KINDS: readonly QueryKind[] = ['single word', 'two words', 'phrase', 'prefix', 'typo'];

/** Words of a text as written, in order: every word, or only those of 5 letters or more. */
function wordsOf(text: string, all = false): string[] {
  const out: string[] = [];
  scanWords(text, (raw) => void ((all || (raw.length >= 5 && /^\p{L}+$/u.test(raw))) && out.push(raw)));
  return out;
}

/** One edit a hurried typist makes: a letter dropped, doubled, swapped with the next, or replaced. */
function typo(rng: Rng, word: string): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i] + word.slice(i);
    case 2:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default:
      return word.slice(0, i) + (word[i] === 'a' ? 'e' : 'a') + word.slice(i + 1);
  }
}

/**
 * Queries an analyst would type, drawn from the notebook's own texts so that they match something:
 * `count` of each kind, sent as the search box sends them (no trailing space, so the last word is
 * also matched as a prefix and with typos — the most work a query can ask for).
 */
export function benchQueries(rng: Rng, texts: readonly string[], count: number): Record<QueryKind, string[]> {
  const pick = (all = false): string[] => {
    for (;;) {
      const words = wordsOf(rng.pick(texts), all);
      if (words.length >= 3) return words;
    }
  };
  const out: Record<QueryKind, string[]> = { 'single word': [], 'two words': [], phrase: [], prefix: [], typo: [] };
  for (let n = 0; n < count; n++) {
    out['single word'].push(rng.pick(pick()));
    const two = pick();
    out['two words'].push(`${rng.pick(two)} ${rng.pick(two)}`);
    // Neighbouring words as they stand in the text, short ones included ("the border crossing").
    const run = pick(true);
    const at = rng.int(0, run.length - 3);
    out.phrase.push(`"${run.slice(at, at + rng.int(2, 3)).join(' ')}"`);
    const long = pick().filter((w) => w.length >= 6);
    out.prefix.push(long.length ? rng.pick(long).slice(0, rng.int(3, 5)) : rng.pick(pick()).slice(0, 3));
    out.typo.push(typo(rng, rng.pick(pick())));
  }
  return out;
}
