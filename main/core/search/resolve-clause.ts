import type { Clause } from '../../../shared/search';
import type { SearchIndex } from './search-index';

/**
 * What a clause of the query matches in this index: words with the weight a match on each earns
 * (the word as typed 1; a name from the alias table, a longer word it begins, or a word a typo
 * away less), and phrases. A document matches the clause through its best-weighted match.
 */
export interface ResolvedClause {
  terms: Map<string, number>;
  phrases: Array<{ tokens: readonly string[]; weight: number }>;
}

export const WEIGHT = { alias: 0.9, prefix: 0.8, oneTypo: 0.6, twoTypos: 0.45 } as const;

/** Typo tolerance by word length: one edit from 4 letters, two from 8 (shorter words are exact). */
export const maxEdits = (word: string): number => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

function raise(terms: Map<string, number>, term: string, weight: number): void {
  if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
}

export function resolveClause(index: SearchIndex, clause: Clause): ResolvedClause {
  const terms = new Map<string, number>();
  const phrases: ResolvedClause['phrases'] = [];
  for (const alt of clause.alternatives) {
    const base = alt.alias ? WEIGHT.alias : 1;
    if (alt.tokens.length > 1) {
      // A phrase's last word is matched whole even while it is being typed: prefixes of phrases
      // would need every expansion's positions.
      phrases.push({ tokens: alt.tokens, weight: base });
      continue;
    }
    const word = alt.tokens[0]!;
    raise(terms, word, base);
    if (alt.prefix) for (const t of index.prefixTerms(word)) raise(terms, t, base * WEIGHT.prefix);
    // A word the notebook uses often is no typo: its variants would only add work and noise.
    const edits = alt.fuzzy && index.docFreq(word) < Math.max(20, index.docs.liveCount / 200) ? maxEdits(word) : 0;
    if (edits > 0) for (const [t, d] of index.nearTerms(word, edits)) raise(terms, t, base * (d === 1 ? WEIGHT.oneTypo : WEIGHT.twoTypos));
  }
  return { terms, phrases: phrases.filter((p) => !redundant(p, terms, phrases)) };
}

/**
 * A phrase that contains another alternative of its clause (at no lower weight) matches only where
 * that one already does: "islamic state khorasan" adds nothing to "islamic state", nor "isis k" to
 * "isis". Dropping it saves reading positions.
 */
function redundant(p: ResolvedClause['phrases'][number], terms: Map<string, number>, phrases: ResolvedClause['phrases']): boolean {
  if (p.tokens.some((t) => (terms.get(t) ?? 0) >= p.weight)) return true;
  return phrases.some((o) => o !== p && o.weight >= p.weight && o.tokens.length < p.tokens.length && containsRun(p.tokens, o.tokens));
}

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((t, k) => tokens[i + k] === t)) return true;
  return false;
}
