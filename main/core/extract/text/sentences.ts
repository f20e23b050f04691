/** A sentence of a source's text with its offsets and the paragraph it belongs to. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|U\.S|U\.N|т\.е|т\.к|т\.н|г|гг|им|ул|д)\.)$/iu;

/**
 * Splits text into sentences: paragraphs at blank lines, then at . ! ? ؟ and the Arabic full stop
 * followed by a space and a capital, digit, quote or any letter of a caseless script, but not after
 * a known abbreviation or an initial ("A. Rahmon").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphRe = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let p = paragraphRe.exec(text); p; p = paragraphRe.exec(text)) {
    const base = p.index;
    const block = p[0];
    let from = 0;
    const endRe = /[.!?؟۔]+["»”’)]?(?=\s+["«“(]?[\p{Lu}\p{N}\p{Script=Arabic}])|[.!?؟۔]+["»”’)]?\s*$/gu;
    for (let m = endRe.exec(block); m; m = endRe.exec(block)) {
      const before = block.slice(Math.max(0, m.index - 12), m.index + 1);
      if (ABBREVIATIONS.test(before) || /(?:^|\s)\p{Lu}\.$/u.test(before)) continue;
      const end = m.index + m[0].length;
      push(out, text, base + from, base + end, paragraph);
      from = end;
    }
    push(out, text, base + from, base + block.length, paragraph);
    paragraph++;
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph });
}
