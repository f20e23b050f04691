import type { SearchIndex } from './search-index';
import { PositionBuffer, type Segment } from './segment';

const buffers: PositionBuffer[] = [];
let cursors = new Int32Array(8);

/**
 * How many p there are with word k at p + k for every k, given each word's positions in
 * buffers[k] (lengths[k] of them). Walks the positions of word `from` — the rarest — and looks the
 * others up with cursors that only move forward.
 */
function countRuns(lengths: Int32Array, n: number, from: number): number {
  let count = 0;
  if (cursors.length < n) cursors = new Int32Array(n);
  cursors.fill(0, 0, n);
  const anchor = buffers[from]!.data;
  for (let j = 0; j < lengths[from]!; j++) {
    const p = anchor[j]! - from;
    let ok = p >= 0;
    for (let k = 0; k < n && ok; k++) {
      if (k === from) continue;
      const list = buffers[k]!.data;
      const len = lengths[k]!;
      let c = cursors[k]!;
      while (c < len && list[c]! < p + k) c++;
      cursors[k] = c;
      ok = c < len && list[c] === p + k;
    }
    if (ok) count++;
  }
  return count;
}

/** First posting in [lo, hi) of a document ≥ doc: galloping, since the walk only moves forward. */
function seek(docs: Uint32Array, lo: number, hi: number, doc: number): number {
  let step = 1;
  let bound = lo;
  while (bound < hi && docs[bound]! < doc) {
    lo = bound + 1;
    bound += step;
    step *= 2;
  }
  hi = Math.min(hi, bound + 1);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The Segment part: a merge join of the words' posting lists, positions decoded only where all meet. */
function segmentPhrase(seg: Segment, terms: readonly number[], live: readonly boolean[], skip: (doc: number) => boolean, counts: Map<number, number>): void {
  const n = terms.length;
  let rarest = 0;
  for (let k = 1; k < n; k++) if (seg.docFreq(terms[k]!) < seg.docFreq(terms[rarest]!)) rarest = k;
  const cursor = terms.map((t) => seg.termPost[t]!);
  const end = terms.map((t) => seg.termPost[t + 1]!);
  const lengths = new Int32Array(n);
  const docs = seg.postDoc;
  outer: for (let g = cursor[rarest]!; g < end[rarest]!; g++) {
    const doc = docs[g]!;
    if (!live[doc] || skip(doc)) continue;
    for (let k = 0; k < n; k++) {
      if (k === rarest) continue;
      const c = (cursor[k] = seek(docs, cursor[k]!, end[k]!, doc));
      if (c >= end[k]! || docs[c] !== doc) continue outer;
    }
    cursor[rarest] = g;
    // The rarest word's positions first: the others are needed only up to where it could reach.
    lengths[rarest] = seg.positions(g, buffers[rarest]!);
    const last = buffers[rarest]!.data[lengths[rarest]! - 1]! - rarest;
    for (let k = 0; k < n; k++) if (k !== rarest) lengths[k] = seg.positions(cursor[k]!, buffers[k]!, last + k);
    const found = countRuns(lengths, n, rarest);
    if (found > 0) counts.set(doc, found);
  }
}

/**
 * How often a phrase occurs in each live document that `skip` does not rule out (those that failed
 * an earlier clause); the phrase occurs at p when word k is at p + k for every k.
 */
export function phraseCounts(index: SearchIndex, tokens: readonly string[], skip: (doc: number) => boolean): Map<number, number> {
  const counts = new Map<number, number>();
  const refs = tokens.map((t) => index.termRef(t));
  if (refs.some((r) => r.df === 0)) return counts;
  while (buffers.length < tokens.length) buffers.push(new PositionBuffer());
  const live = index.docs.live;
  if (refs.every((r) => r.t >= 0)) segmentPhrase(index.segment, refs.map((r) => r.t), live, skip, counts);
  // Documents saved since the Segment was built: few, read one by one.
  const recent = index.recent;
  const lengths = new Int32Array(tokens.length);
  scan: for (const doc of recent.docsWith(tokens[0]!)) {
    if (!live[doc] || !recent.has(doc) || skip(doc)) continue;
    for (let k = 0; k < tokens.length; k++) if ((lengths[k] = recent.positions(doc, tokens[k]!, buffers[k]!)) === 0) continue scan;
    const found = countRuns(lengths, tokens.length, 0);
    if (found > 0) counts.set(doc, found);
  }
  return counts;
}
