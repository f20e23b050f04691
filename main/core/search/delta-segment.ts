import type { AnalyzedDoc } from './analyze-doc';
import type { PositionBuffer } from './segment';

interface DeltaDoc extends AnalyzedDoc {
  termIndex: Map<string, number>;
}

/**
 * The documents saved since the Segment was built: a few per save, kept as they were analysed and
 * found through a term → documents map. Merged into a new Segment when it grows or the cache is
 * written, so it stays small and cheap to scan for prefixes and typos.
 */
export class DeltaSegment {
  private readonly docs = new Map<number, DeltaDoc>();
  /** Documents with each term, ascending; may still list removed ones (callers check liveness). */
  private readonly byTerm = new Map<string, number[]>();

  get size(): number {
    return this.docs.size;
  }

  add(doc: number, a: AnalyzedDoc): void {
    this.docs.set(doc, { ...a, termIndex: new Map(a.terms.map((t, i) => [t, i])) });
    for (const t of a.terms) {
      const list = this.byTerm.get(t);
      if (list) list.push(doc);
      else this.byTerm.set(t, [doc]);
    }
  }

  remove(doc: number): void {
    this.docs.delete(doc);
  }

  has(doc: number): boolean {
    return this.docs.has(doc);
  }

  docsWith(term: string): readonly number[] {
    return this.byTerm.get(term) ?? [];
  }

  terms(): IterableIterator<string> {
    return this.byTerm.keys();
  }

  tf(doc: number, term: string): number {
    const d = this.docs.get(doc);
    const i = d?.termIndex.get(term);
    return d && i !== undefined ? d.tf[i]! : 0;
  }

  /** The term's positions in the document into `out.data`; returns how many (0 when absent). */
  positions(doc: number, term: string, out: PositionBuffer): number {
    const d = this.docs.get(doc);
    const i = d?.termIndex.get(term);
    if (!d || i === undefined) return 0;
    let n = 0;
    for (let k = d.posStart[i]!; k < d.posStart[i + 1]!; k++) {
      if (n === out.data.length) out.grow();
      out.data[n++] = d.positions[k]!;
    }
    return n;
  }

  /** Every live document with its analysis, ascending, for a merge. */
  entries(): Array<[number, AnalyzedDoc]> {
    return [...this.docs.entries()].sort((a, b) => a[0] - b[0]);
  }
}
