/**
 * A short one-line excerpt around a match, for backlink and mention lists: about `radius`
 * characters each side, kept within the match's paragraph, cut at whitespace where there is
 * some so words are not chopped, never splitting a surrogate pair, whitespace collapsed. Shows
 * the original text (code and link brackets included), since that is what the analyst wrote.
 */
export function contextAround(text: string, start: number, end: number, radius = 30): string {
  return text.slice(contextStart(text, start, radius), contextEnd(text, end, radius)).replace(/\s+/gu, ' ').trim();
}

// Text across a blank line belongs to another thought, so a paragraph break bounds the excerpt.
const BLANK_LINE = /\n[ \t\r]*\n/g;

function contextStart(text: string, start: number, radius: number): number {
  const from = Math.max(0, start - radius);
  const before = text.slice(from, start);
  const blank = [...before.matchAll(BLANK_LINE)].pop();
  if (blank) return from + blank.index + blank[0].length;
  if (from === 0) return 0;
  const space = before.search(/\s/u);
  if (space !== -1) return from + space + 1;
  return isLowSurrogate(text.charCodeAt(from)) ? from - 1 : from;
}

function contextEnd(text: string, end: number, radius: number): number {
  const to = Math.min(text.length, end + radius);
  const after = text.slice(end, to);
  BLANK_LINE.lastIndex = 0;
  const blank = BLANK_LINE.exec(after);
  if (blank) return end + blank.index;
  if (to === text.length) return to;
  const lastSpace = /\s\S*$/u.exec(after);
  if (lastSpace) return end + lastSpace.index;
  return isLowSurrogate(text.charCodeAt(to)) ? to + 1 : to;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
