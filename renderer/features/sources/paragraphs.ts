/** A paragraph of a source's text and where it is in that text (UTF-16 offsets, as extraction gives them). */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** A line end (\r\n whole, never as two), optional spaces, and another line end. */
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/g;

/**
 * Splits a source's full text into paragraphs at blank lines, keeping each one's offsets in the
 * original text so that what extraction found can be marked in it. Line breaks inside a paragraph
 * are kept (the reader can show them or reflow them); nothing is interpreted as markup.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && (text[start] === '\n' || text[start] === '\r')) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (text.slice(start, end).trim() !== '') out.push({ start, end, text: displayText(text.slice(start, end)) });
  };
  let at = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return out;
}

/** Windows and old Mac line ends as the one line break the reader shows. */
export const displayText = (s: string): string => s.replace(/\r\n?/g, '\n');

/** Whitespace collapsed to single spaces, as an excerpt is quoted in a note. */
export const normalizeExcerpt = (text: string): string => text.replace(/\s+/gu, ' ').trim();
