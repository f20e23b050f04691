import type { ParsedQuery, SearchKind } from '../../../shared/search';
import { KIND_CODES } from './doc-info';
import { makeFilter, type Bbox } from './filters';
import { phraseCounts } from './phrase';
import { TopK } from './top-k';
import { resolveClause, type ResolvedClause } from './resolve-clause';
import type { SearchIndex } from './search-index';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

export interface Evaluation {
  top: Array<{ doc: number; score: number }>;
  counts: Record<SearchKind, number>;
  clauses: ResolvedClause[];
  warnings: string[];
}

function idf(index: SearchIndex, df: number): number {
  const n = index.docs.liveCount;
  // df counts documents edited or deleted since the last merge, so it can exceed n: stay positive.
  return Math.max(0.01, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
}

/**
 * Runs a parsed query: each required clause scores every document it matches (BM25 over weighted
 * frequencies, times the weight of the word that matched — exact, alias, prefix or typo — keeping a
 * document's best match), a document must match every clause, excluded clauses and filters remove
 * documents, and the best `limit` are kept (at most `perKind` of each kind, so that a list grouped
 * by kind shows notes even when sources outrank them). A query with filters and no words lists everything
 * that passes them, newest first.
 */
/**
 * Per-document arrays reused from query to query (queries run one at a time): allocating several
 * arrays the size of the notebook per query showed up as garbage-collection pauses. Every entry a
 * query sets is reset before it returns.
 */
const scratch = { total: new Float64Array(0), best: new Float64Array(0), matched: new Uint8Array(0), excluded: new Uint8Array(0) };

function scratchFor(size: number) {
  if (scratch.total.length < size) {
    const n = Math.max(size, scratch.total.length * 2, 1024);
    Object.assign(scratch, { total: new Float64Array(n), best: new Float64Array(n), matched: new Uint8Array(n), excluded: new Uint8Array(n) });
  }
  return scratch;
}

export function evaluate(index: SearchIndex, q: ParsedQuery, limit: number, bbox: Bbox | undefined, perKind = limit): Evaluation {
  const warnings = [...q.warnings];
  const docs = index.docs;
  const size = docs.size;
  const accept = makeFilter(q, bbox, warnings);
  const clauses = q.required.map((c) => resolveClause(index, c));
  const { total, best, matched, excluded } = scratchFor(size);
  const { live } = docs;
  const seg = index.segment;
  const recent = index.recent;
  const norm = index.lengthNorm(K1, B);
  /** Documents that matched the first clause: every later match is among them, and they are what to reset. */
  let first: number[] = [];
  /** Documents that matched every clause so far. */
  let candidates: number[] = [];

  try {
    clauses.forEach((clause, ci) => {
      const touched: number[] = [];
      const skip = (doc: number) => matched[doc] !== ci;
      const score = (doc: number, tf: number, weight: number, termIdf: number) => {
        if (!live[doc] || matched[doc] !== ci) return;
        const s = (weight * termIdf * tf * (K1 + 1)) / (tf + norm[doc]!);
        if (best[doc] === 0) touched.push(doc);
        if (s > best[doc]!) best[doc] = s;
      };
      for (const [term, weight] of clause.terms) {
        const termIdf = idf(index, index.docFreq(term));
        const t = seg.find(term);
        // The Segment's postings in a plain loop: this is where a query over a large notebook spends its time.
        if (t >= 0) for (let g = seg.termPost[t]!, end = seg.termPost[t + 1]!; g < end; g++) score(seg.postDoc[g]!, seg.postTf[g]!, weight, termIdf);
        for (const doc of recent.docsWith(term)) if (recent.has(doc)) score(doc, recent.tf(doc, term), weight, termIdf);
      }
      for (const p of clause.phrases) {
        const phraseIdf = p.tokens.reduce((sum, t) => sum + idf(index, index.docFreq(t)), 0);
        for (const [doc, n] of phraseCounts(index, p.tokens, skip)) score(doc, n, p.weight, phraseIdf);
      }
      for (const doc of touched) {
        total[doc]! += best[doc]!;
        best[doc] = 0;
        matched[doc] = ci + 1;
      }
      if (ci === 0) first = touched;
      candidates = touched;
    });

    const excludedDocs: number[] = [];
    const exclude = (doc: number) => {
      if (!excluded[doc]) excludedDocs.push(doc);
      excluded[doc] = 1;
    };
    for (const c of q.excluded) {
      const clause = resolveClause(index, c);
      for (const term of clause.terms.keys()) index.forEachPosting(term, exclude);
      for (const p of clause.phrases) for (const doc of phraseCounts(index, p.tokens, () => false).keys()) exclude(doc);
    }

    const counts: Record<SearchKind, number> = { note: 0, source: 0, event: 0 };
    const sortKey = (doc: number) => docs.info[doc]!.sortKey;
    const tops = KIND_CODES.map(() => new TopK(Math.min(limit, perKind), sortKey));
    const consider = (doc: number) => {
      if (!live[doc] || excluded[doc] || matched[doc] !== clauses.length) return;
      const info = docs.info[doc];
      if (!info || !accept(info)) return;
      counts[KIND_CODES[docs.kinds[doc]!]!]++;
      tops[docs.kinds[doc]!]!.offer(doc, total[doc]!);
    };
    // With words, only the documents that matched them all; with filters only, every document.
    if (clauses.length > 0) for (const doc of candidates) consider(doc);
    else for (let doc = 0; doc < size; doc++) consider(doc);
    for (const doc of excludedDocs) excluded[doc] = 0;

    const merged = new TopK(limit, sortKey);
    for (const t of tops) for (const { doc, score } of t.sorted()) merged.offer(doc, score);
    return { top: merged.sorted(), counts, clauses, warnings };
  } finally {
    for (const doc of first) {
      total[doc] = 0;
      matched[doc] = 0;
    }
  }
}
