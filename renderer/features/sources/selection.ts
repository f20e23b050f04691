import { normalizeExcerpt } from './paragraphs';

/**
 * The part of the selection that lies inside `root`, with whitespace collapsed; '' when nothing
 * of `root` is selected. A selection that runs past the edge of `root` is clipped to it, so
 * dragging from the text into the toolbar still quotes only source text. Paragraphs are joined by a space.
 */
export function selectedTextWithin(root: Node, selection: Selection | null): string {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return '';
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return '';
  const doc = root.ownerDocument ?? document;
  const inner = doc.createRange();
  inner.selectNodeContents(root);
  const clipped = range.cloneRange();
  if (clipped.compareBoundaryPoints(Range.START_TO_START, inner) < 0) clipped.setStart(inner.startContainer, inner.startOffset);
  if (clipped.compareBoundaryPoints(Range.END_TO_END, inner) > 0) clipped.setEnd(inner.endContainer, inner.endOffset);
  if (clipped.collapsed) return '';
  // Range.toString() runs paragraphs together ("killed.در"); a space goes between them instead.
  const parts = [...clipped.cloneContents().childNodes].map((n) => (n.nodeName === 'P' ? ` ${n.textContent ?? ''} ` : (n.textContent ?? '')));
  return normalizeExcerpt(parts.join(''));
}

/** Where a floating button goes: just below the end of the selection, relative to `container`. */
export function selectionAnchor(selection: Selection | null, container: Element): { top: number; left: number } | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (typeof range.getClientRects !== 'function') return undefined; // no layout (jsdom)
  const rects = range.getClientRects();
  const last = rects[rects.length - 1];
  if (!last) return undefined;
  const box = container.getBoundingClientRect();
  return { top: last.bottom - box.top + 4, left: Math.max(0, Math.min(last.right - box.left - 40, box.width - 120)) };
}

/** A locator goes inside `[@id, …]`, so it may not contain the characters that end one. */
export function locatorProblem(locator: string): string | undefined {
  return /["\];\r\n]/.test(locator) ? 'A locator may not contain " ; or ] (write p. 4, § 3, 00:12:30).' : undefined;
}
