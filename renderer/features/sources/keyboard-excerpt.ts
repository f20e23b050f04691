/**
 * Picking an excerpt from the keyboard. A source's text is not editable, so it has no caret and
 * Shift+arrows select nothing; in the focused text the arrow keys pick whole sentences (← →) and
 * paragraphs (↑ ↓) instead, Shift extends the pick, and the pick is an ordinary selection, so
 * quoting it is the same path as quoting a passage selected with the mouse.
 */

/** A sentence of a rendered paragraph: offsets in the paragraph's displayed text, spaces trimmed off. */
export interface Unit {
  para: number;
  start: number;
  end: number;
}

/** The picked sentences, by index into the units: `anchor` stays put while Shift+arrows move `focus`. */
export interface Pick {
  anchor: number;
  focus: number;
}

export type PickKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';
export const isPickKey = (key: string): key is PickKey => key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'sentence' }) : undefined;

/** The sentences of each paragraph (Unicode's sentence breaks: . ! ? and also ؟ and ۔), in order. */
export function sentenceUnits(paragraphs: readonly string[], language?: string): Unit[] {
  const seg = language && segmenter ? new Intl.Segmenter(language, { granularity: 'sentence' }) : segmenter;
  const units: Unit[] = [];
  paragraphs.forEach((text, para) => {
    const pieces = seg ? [...seg.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length })) : [{ start: 0, end: text.length }];
    for (const piece of pieces) {
      let { start, end } = piece;
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      if (end > start) units.push({ para, start, end });
    }
  });
  return units;
}

const firstOf = (units: readonly Unit[], para: number) => units.findIndex((u) => u.para === para);
const lastOf = (units: readonly Unit[], para: number) => units.findLastIndex((u) => u.para === para);
const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

/**
 * The pick after a key. Without Shift: the next or previous sentence (← →), or the whole next or
 * previous paragraph (↑ ↓); the first key picks the first sentence or paragraph. With Shift: the
 * pick's moving end goes a sentence or a paragraph further, the other end stays.
 */
export function nextPick(units: readonly Unit[], pick: Pick | undefined, key: PickKey, shift: boolean): Pick | undefined {
  const n = units.length;
  if (n === 0) return undefined;
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const byParagraph = key === 'ArrowUp' || key === 'ArrowDown';
  if (!pick) {
    if (!byParagraph) return { anchor: 0, focus: 0 };
    return { anchor: 0, focus: lastOf(units, units[0]!.para) };
  }
  if (shift) {
    if (!byParagraph) return { anchor: pick.anchor, focus: clamp(pick.focus + (forward ? 1 : -1), n) };
    const para = units[pick.focus]!.para;
    const target = forward ? units.find((u) => u.para > para)?.para : units.findLast((u) => u.para < para)?.para;
    if (target === undefined) return pick;
    // Growing forward takes the target paragraph's end; backward past the anchor, its start.
    const end = forward || lastOf(units, target) >= pick.anchor ? lastOf(units, target) : firstOf(units, target);
    return { anchor: pick.anchor, focus: end };
  }
  const lo = Math.min(pick.anchor, pick.focus);
  const hi = Math.max(pick.anchor, pick.focus);
  if (!byParagraph) {
    const i = forward ? clamp(hi + (pick.anchor === pick.focus ? 1 : 0), n) : clamp(lo - (pick.anchor === pick.focus ? 1 : 0), n);
    return { anchor: i, focus: i };
  }
  const para = units[forward ? hi : lo]!.para;
  const whole = firstOf(units, para) === lo && lastOf(units, para) === hi;
  const target = !whole ? para : forward ? (units.find((u) => u.para > para)?.para ?? para) : (units.findLast((u) => u.para < para)?.para ?? para);
  return { anchor: firstOf(units, target), focus: lastOf(units, target) };
}

/**
 * A DOM range over `start`…`end` of an element's text, across the `<mark>`s inside it (their text
 * nodes concatenate to the paragraph's displayed text).
 */
export function rangeOfText(element: Element, start: number, end: number): Range | undefined {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const len = node.data.length;
    if (!started && start <= at + len) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + len) {
      range.setEnd(node, end - at);
      return range;
    }
    at += len;
  }
  return undefined;
}
