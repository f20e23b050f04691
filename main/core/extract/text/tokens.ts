/** A word of the text with its position: letters, marks and digits, joined by inner hyphens, apostrophes or ZWNJ. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐'’\u200c][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Scripts that write capitals: there a place or a name starts with one. */
export const hasCase = (word: string): boolean => /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(word);
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
