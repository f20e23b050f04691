import type { AnalyzedDoc } from './analyze-doc';
import { DeltaSegment } from './delta-segment';
import type { DocInfo } from './doc-info';
import { kindCode } from './doc-info';
import { DocTable } from './doc-table';
import { GramIndex, fuzzyEligible } from './gram-index';
import { boundedDistance } from './edit-distance';
import { PositionBuffer, Segment } from './segment';
import { SegmentBuilder } from './segment-builder';

export interface TermRef {
  term: string;
  /** Number in the Segment, or -1. */
  t: number;
  df: number;
}

/** At most this many words per prefix: "ka" must not turn into a union of thousands of lists. */
const PREFIX_EXPANSIONS = 64;

/**
 * The whole index: documents, the built Segment and the Delta of documents saved since. Readers
 * see one set of postings; `merge` folds the Delta and drops dead documents into a new Segment.
 */
export class SearchIndex {
  private grams: GramIndex | undefined;
  /** BM25's per-document length factor, kept until the documents change. */
  private norm: Float64Array | undefined;
  private readonly scratch = new PositionBuffer();

  constructor(
    private table: DocTable,
    private base: Segment,
    private delta = new DeltaSegment(),
  ) {}

  /** Replaced by a merge: read it afresh rather than keeping it. */
  get docs(): DocTable {
    return this.table;
  }

  get segment(): Segment {
    return this.base;
  }

  /** The documents saved since the Segment was built (read-only use: add and remove go through the index). */
  get recent(): DeltaSegment {
    return this.delta;
  }

  get pendingDocs(): number {
    return this.delta.size;
  }

  /** Dead documents still occupying numbers (and postings) in the Segment. */
  get deadDocs(): number {
    return this.docs.size - this.docs.liveCount;
  }

  /** K1·(1 − B + B·length/average) for every document, for BM25. */
  lengthNorm(k1: number, b: number): Float64Array {
    if (this.norm) return this.norm;
    const { lengths, size, averageLength } = this.table;
    const norm = new Float64Array(size);
    for (let d = 0; d < size; d++) norm[d] = k1 * (1 - b + (b * lengths[d]!) / averageLength);
    return (this.norm = norm);
  }

  /** Indexes an item, replacing the version indexed before, if any. */
  add(info: DocInfo, analyzed: AnalyzedDoc): void {
    this.remove(info.id);
    this.norm = undefined;
    const doc = this.docs.add(info.id, kindCode(info.kind), analyzed.length, info.fingerprint, info);
    this.delta.add(doc, analyzed);
  }

  remove(id: string): void {
    const doc = this.docs.numberOf(id);
    if (doc === undefined) return;
    this.norm = undefined;
    this.docs.kill(doc);
    this.delta.remove(doc);
  }

  /** Documents containing the term (dead ones included: callers skip them). */
  docFreq(term: string): number {
    const t = this.base.find(term);
    return (t < 0 ? 0 : this.base.docFreq(t)) + this.delta.docsWith(term).length;
  }

  /** Calls `fn` with each live document containing the term and the term's weighted frequency there. */
  forEachPosting(term: string, fn: (doc: number, tf: number) => void): void {
    const live = this.docs.live;
    const t = this.base.find(term);
    if (t >= 0) {
      const { postDoc, postTf } = this.base;
      for (let g = this.base.termPost[t]!, end = this.base.termPost[t + 1]!; g < end; g++) {
        const doc = postDoc[g]!;
        if (live[doc]) fn(doc, postTf[g]!);
      }
    }
    for (const doc of this.delta.docsWith(term)) if (live[doc]) fn(doc, this.delta.tf(doc, term));
  }

  /** A term looked up once, for a phrase's merge of posting lists. */
  termRef(term: string): TermRef {
    return { term, t: this.base.find(term), df: this.docFreq(term) };
  }

  /** Words that begin with `prefix` (itself excluded), the most common first, at most PREFIX_EXPANSIONS. */
  prefixTerms(prefix: string): string[] {
    const [lo, hi] = this.base.prefixRange(prefix);
    const found = new Map<string, number>();
    for (let t = lo; t < hi; t++) if (this.base.terms[t] !== prefix) found.set(this.base.terms[t]!, this.base.docFreq(t));
    for (const term of this.delta.terms()) if (term !== prefix && term.startsWith(prefix)) found.set(term, (found.get(term) ?? 0) + this.delta.docsWith(term).length);
    const list = [...found.entries()];
    if (list.length > PREFIX_EXPANSIONS) list.sort((a, b) => b[1] - a[1]).length = PREFIX_EXPANSIONS;
    return list.map(([term]) => term);
  }

  /** Words within `max` edits of `word` (itself excluded), with their distance. */
  nearTerms(word: string, max: number): Map<string, number> {
    const out = new Map<string, number>();
    this.grams ??= new GramIndex(this.base.terms);
    this.grams.near(word, max, (t, d) => out.set(this.base.terms[t]!, d));
    if (fuzzyEligible(word)) {
      for (const term of this.delta.terms()) {
        if (term === word || out.has(term) || !fuzzyEligible(term)) continue;
        const d = boundedDistance(word, term, max);
        if (d <= max) out.set(term, d);
      }
    }
    return out;
  }

  /** Rebuilds the Segment from live documents only, numbered 0… in their current order. */
  merge(): void {
    const old = this.docs;
    const renumber = new Int32Array(old.size).fill(-1);
    const docs = new DocTable();
    for (let d = 0; d < old.size; d++) {
      if (!old.live[d]) continue;
      renumber[d] = docs.add(old.ids[d]!, old.kinds[d]!, old.lengths[d]!, old.fingerprints[d]!, old.info[d]);
    }
    const builder = new SegmentBuilder();
    for (let t = 0; t < this.base.terms.length; t++) builder.addTermFrom(this.base, t, renumber, this.scratch);
    for (const [d, analyzed] of this.delta.entries()) if (renumber[d]! >= 0) builder.addDoc(renumber[d]!, analyzed);
    this.base = builder.finish();
    this.delta = new DeltaSegment();
    this.grams = undefined;
    this.norm = undefined;
    this.table = docs;
  }

  /** Bytes held in typed arrays (postings, positions, typo index). */
  get bytes(): number {
    return this.base.bytes + (this.grams?.bytes ?? 0);
  }
}
