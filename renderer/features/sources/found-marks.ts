import type { Highlight } from '../../../shared/model';
import { displayText, type Paragraph } from './paragraphs';

/** A run of a paragraph's text, plain or marked as something extraction found. */
export type Segment = { text: string; found?: Highlight };

/**
 * The highlights that can be drawn: sorted, and without overlaps (of two that overlap, the one
 * that starts first, or the longer at the same start, is kept), so each character has one mark.
 */
export function drawableHighlights(highlights: readonly Highlight[]): Highlight[] {
  const sorted = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Highlight[] = [];
  for (const h of sorted) if (!out.length || h.start >= out[out.length - 1]!.end) out.push(h);
  return out;
}

/**
 * A paragraph cut into plain and marked runs by the highlights that fall in it (`marks` from
 * drawableHighlights). A mark that straddles the paragraph's edge is cut to it.
 */
export function segmentParagraph(source: string, p: Paragraph, marks: readonly Highlight[]): Segment[] {
  const out: Segment[] = [];
  let at = p.start;
  for (let i = firstMarkAfter(marks, p.start); i < marks.length; i++) {
    const h = marks[i]!;
    if (h.start >= p.end) break;
    const from = Math.max(h.start, p.start);
    const to = Math.min(h.end, p.end);
    if (from > at) out.push({ text: displayText(source.slice(at, from)) });
    out.push({ text: displayText(source.slice(from, to)), found: h });
    at = to;
  }
  if (at < p.end) out.push({ text: displayText(source.slice(at, p.end)) });
  return out;
}

/** The first mark that ends after `offset` (binary search: a long report has thousands). */
function firstMarkAfter(marks: readonly Highlight[], offset: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
