/**
 * The bulk of the index, immutable once built (or loaded from the cache): compressed-sparse-row
 * postings in typed arrays, so 10,000 notes and 5,000 full-text sources cost tens of megabytes and
 * load from disk without parsing.
 *
 * - `terms` is sorted (UTF-16 order), so a word is found by binary search and the words with a
 *   prefix form one contiguous range.
 * - Term t's postings are `termPost[t] … termPost[t+1]`: document number and weighted frequency,
 *   ascending by document.
 * - Positions are one byte stream in posting order, each posting's list delta-encoded as varints
 *   in bytes `postPos[g] … postPos[g+1]`. Phrases (and merges) are the only readers.
 */
export interface SegmentArrays {
  terms: string[];
  termPost: Uint32Array;
  postDoc: Uint32Array;
  postTf: Uint16Array;
  postPos: Uint32Array;
  pos: Uint8Array;
}

export class Segment implements SegmentArrays {
  readonly terms: string[];
  readonly termPost: Uint32Array;
  readonly postDoc: Uint32Array;
  readonly postTf: Uint16Array;
  readonly postPos: Uint32Array;
  readonly pos: Uint8Array;

  constructor(a: SegmentArrays) {
    this.terms = a.terms;
    this.termPost = a.termPost;
    this.postDoc = a.postDoc;
    this.postTf = a.postTf;
    this.postPos = a.postPos;
    this.pos = a.pos;
  }

  static empty(): Segment {
    return new Segment({ terms: [], termPost: new Uint32Array(1), postDoc: new Uint32Array(0), postTf: new Uint16Array(0), postPos: new Uint32Array(1), pos: new Uint8Array(0) });
  }

  get postingCount(): number {
    return this.postDoc.length;
  }

  /** Bytes of typed arrays (the terms' strings not counted). */
  get bytes(): number {
    return this.termPost.byteLength + this.postDoc.byteLength + this.postTf.byteLength + this.postPos.byteLength + this.pos.byteLength;
  }

  /** First index whose term is ≥ `key`. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The term's number, or -1. */
  find(term: string): number {
    const i = this.lowerBound(term);
    return this.terms[i] === term ? i : -1;
  }

  /** The range [lo, hi) of terms that begin with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)];
  }

  docFreq(t: number): number {
    return this.termPost[t + 1]! - this.termPost[t]!;
  }

  /** The posting of term t for document `doc`, or -1. */
  postingOf(t: number, doc: number): number {
    let lo = this.termPost[t]!;
    let hi = this.termPost[t + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.postDoc[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.termPost[t + 1]! && this.postDoc[lo] === doc ? lo : -1;
  }

  /** Decodes the positions of posting g, up to `until`, into `out.data` (grown as needed); returns how many. */
  positions(g: number, out: PositionBuffer, until = Infinity): number {
    const pos = this.pos;
    const end = this.postPos[g + 1]!;
    let at = this.postPos[g]!;
    let value = 0;
    let n = 0;
    while (at < end) {
      let delta = 0;
      let shift = 0;
      let byte: number;
      // Positions stay below 2^24 (analyze-doc.ts), so a delta fits four bytes and 32-bit shifts.
      do {
        byte = pos[at++]!;
        delta |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80 && at < end && shift < 28);
      value += delta;
      if (value > until) break;
      if (n === out.data.length) out.grow();
      out.data[n++] = value;
    }
    return n;
  }
}

/** A reusable array of positions: phrase matching reads thousands of lists per query. */
export class PositionBuffer {
  data = new Int32Array(256);

  grow(): void {
    const bigger = new Int32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }
}
