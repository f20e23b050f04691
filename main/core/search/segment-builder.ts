import type { AnalyzedDoc } from './analyze-doc';
import { Grow } from './grow';
import { Segment, type PositionBuffer } from './segment';

/**
 * Collects postings in arrival order and lays them out as a Segment: terms sorted, then a stable
 * counting sort of the postings by term, then the positions varint-encoded in that order. Each
 * term's postings must arrive in ascending document order — true for a build (documents in order)
 * and for a merge (the old segment's postings, then newer documents with higher numbers).
 */
export class SegmentBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[] = [];
  private readonly recTerm = new Grow(Uint32Array, 1 << 16);
  private readonly recDoc = new Grow(Uint32Array, 1 << 16);
  private readonly recTf = new Grow(Uint16Array, 1 << 16);
  private readonly recOcc = new Grow(Uint16Array, 1 << 16);
  /** Where each posting's positions start in `positions`. */
  private readonly recPos = new Grow(Float64Array, 1 << 16);
  private readonly positions = new Grow(Uint32Array, 1 << 18);

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termIds.set(term, id);
      this.termList.push(term);
    }
    return id;
  }

  private record(id: number, doc: number, tf: number, positions: ArrayLike<number>, from: number, to: number): void {
    this.recTerm.push(id);
    this.recDoc.push(doc);
    this.recTf.push(tf);
    this.recOcc.push(to - from);
    this.recPos.push(this.positions.length);
    this.positions.reserve(this.positions.length + (to - from));
    for (let i = from; i < to; i++) this.positions.data[this.positions.length++] = positions[i]!;
  }

  addDoc(doc: number, a: AnalyzedDoc): void {
    for (let i = 0; i < a.terms.length; i++) this.record(this.idOf(a.terms[i]!), doc, a.tf[i]!, a.positions, a.posStart[i]!, a.posStart[i + 1]!);
  }

  /** Copies term t's postings of `from` whose documents survive, renumbered by `renumber` (-1: dropped). */
  addTermFrom(from: Segment, t: number, renumber: Int32Array, scratch: PositionBuffer): void {
    let id = -1;
    for (let g = from.termPost[t]!; g < from.termPost[t + 1]!; g++) {
      const doc = renumber[from.postDoc[g]!]!;
      if (doc < 0) continue;
      if (id < 0) id = this.idOf(from.terms[t]!);
      const n = from.positions(g, scratch);
      this.record(id, doc, from.postTf[g]!, scratch.data, 0, n);
    }
  }

  finish(): Segment {
    const T = this.termList.length;
    const P = this.recTerm.length;
    const order = Array.from({ length: T }, (_, i) => i).sort((a, b) => (this.termList[a]! < this.termList[b]! ? -1 : 1));
    const rank = new Uint32Array(T);
    order.forEach((id, r) => (rank[id] = r));

    const termPost = new Uint32Array(T + 1);
    for (let i = 0; i < P; i++) termPost[rank[this.recTerm.data[i]!]! + 1]!++;
    for (let r = 0; r < T; r++) termPost[r + 1]! += termPost[r]!;

    const cursor = termPost.slice(0, T);
    const postDoc = new Uint32Array(P);
    const postTf = new Uint16Array(P);
    const postOcc = new Uint16Array(P);
    const source = new Float64Array(P);
    const postPos = new Uint32Array(P + 1);
    for (let i = 0; i < P; i++) {
      const g = cursor[rank[this.recTerm.data[i]!]!]!++;
      postDoc[g] = this.recDoc.data[i]!;
      postTf[g] = this.recTf.data[i]!;
      postOcc[g] = this.recOcc.data[i]!;
      source[g] = this.recPos.data[i]!;
    }

    const pos = new Grow(Uint8Array, Math.max(1024, this.positions.length * 2));
    const all = this.positions.data;
    for (let g = 0; g < P; g++) {
      postPos[g] = pos.length;
      let prev = 0;
      const start = source[g]!;
      for (let k = start, end = start + postOcc[g]!; k < end; k++) {
        let delta = all[k]! - prev;
        prev = all[k]!;
        while (delta >= 0x80) {
          pos.push((delta & 0x7f) | 0x80);
          delta >>>= 7;
        }
        pos.push(delta);
      }
    }
    postPos[P] = pos.length;
    return new Segment({ terms: order.map((id) => this.termList[id]!), termPost, postDoc, postTf, postPos, pos: pos.toArray() });
  }
}
