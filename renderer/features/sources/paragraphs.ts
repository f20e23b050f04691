/**
 * Splits a source's full text into paragraphs at blank lines. Line breaks inside a paragraph are
 * kept (the reader can show them or reflow them); nothing is interpreted as markup.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+/, '').trimEnd())
    .filter((p) => p.trim() !== '');
}

/** Whitespace collapsed to single spaces, as an excerpt is quoted in a note. */
export const normalizeExcerpt = (text: string): string => text.replace(/\s+/gu, ' ').trim();
