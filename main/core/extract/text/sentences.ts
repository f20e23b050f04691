import { postStamps } from './post-stamps';

/** A sentence of a source's text with its offsets and the paragraph it belongs to. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** A wire dateline split off the lead ("ALMATY, March 7 (Reuters) -"): the report's place and date. */
  dateline?: boolean;
}

/**
 * Abbreviations after which a full stop does not end a sentence ("в г. Нарын", "с. Ат-Баши").
 * Bounded by a lookbehind, not \b, which never sees a Cyrillic word's edge.
 */
const ABBREVIATIONS = /(?:(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|U\.S|U\.N|т\.е|т\.к|т\.н|г|гг|им|ул|д|с|пос|обл|ст|пгт|P\.S)\.)$/iu;

/** A line that starts a list item or a digest item: "- ", "• ", "1. ", an emoji or a flag. */
const ITEM_LINE = /^[ \t]*(?:[-•*▪►–—][ \t]|\d{1,2}[.)][ \t]|\p{Extended_Pictographic}|\p{Regional_Indicator})/u;
/** An item's header line ("🔴 Nangarhar | Goshta"): short, without a full stop at its end. */
const isHeader = (line: string) => /^[ \t]*(?:\p{Extended_Pictographic}|\p{Regional_Indicator})/u.test(line) && !/[.!?؟۔:]\s*$/u.test(line) && line.trim().split(/\s+/).length <= 8;

/** A post's stamp line ("#3  Шухрат77 · 16.05.2023, 09:05"): a line of its own, never part of the post's first sentence. */
const isPostStamp = (line: string) => postStamps(line).length > 0;

/** A section heading on a line of its own above its text ("Arrests", "Background", "Что известно", "Драка у «Тайги»"): up to three words, no full stop. */
const isSectionHeading = (line: string) => /^[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+[«"“]?[\p{L}'’-]+[»"”]?){0,2}[ \t]*$/u.test(line);
/** A row of a table or an infobox ("Date\t15–19 April 2024"): a line of its own. */
export const TABLE_ROW = /^[^\t\n]{1,40}\t/u;

/**
 * A paragraph's pieces that no sentence runs across: a list or digest item starts a new one at its
 * line, and an item's header line is one of its own.
 */
function pieces(block: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  let at = 0;
  for (const line of block.split('\n')) {
    if (at > from && (ITEM_LINE.test(line) || isPostStamp(line) || TABLE_ROW.test(line))) {
      out.push([from, at - 1]);
      from = at;
    }
    at += line.length + 1;
    if ((isHeader(line) || isPostStamp(line) || isSectionHeading(line) || TABLE_ROW.test(line)) && at - 1 > from) {
      out.push([from, at - 1]);
      from = at;
    }
  }
  if (from < block.length) out.push([from, block.length]);
  return out;
}

/**
 * Splits text into sentences: paragraphs at blank lines, list and digest items at their lines
 * (an item's header line on its own), then at . ! ? ؟ and the Arabic full stop followed by a space
 * and a capital, digit, quote or any letter of a caseless script, but not after a known
 * abbreviation or an initial ("A. Rahmon").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphRe = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  let paragraph = 0;
  let datelineSplit = false;
  for (let p = paragraphRe.exec(text); p; p = paragraphRe.exec(text)) {
    for (const [a, b] of pieces(p[0])) {
      // A wire dateline run into the lead ("KABUL, Oct 17 (Reuters) – Gunmen …"), in the first
      // paragraph or under a headline and a byline, is a sentence of its own: its place and date are
      // the report's, not those of what the lead tells.
      const dateline = paragraph <= 2 && !datelineSplit && out.length <= 2 && a === 0 ? DATELINE_RUN_IN.exec(p[0].slice(a, b))?.[0].length : undefined;
      if (dateline) {
        datelineSplit = true;
        push(out, text, p.index + a, p.index + a + dateline, paragraph);
        out[out.length - 1]!.dateline = true;
      }
      splitPiece(out, text, p.index + a + (dateline ?? 0), p[0].slice(a + (dateline ?? 0), b), paragraph);
    }
    paragraph++;
  }
  return out;
}

/**
 * A dateline at the start of a report's first line, ended by a dash before the lead: a place in
 * capitals or capitalised (each of its words: "В понедельник, 13 мая, … — " is no dateline), then a comma or an agency in brackets, no full stop (or a place in capitals, its
 * full stop and a day: "ТЕМИРТАУ. 17 ноября. — "; "MAZAR-E SHARIF,
 * Afghanistan, Oct 17 (Frontier Wire) –", "KABUL (Reuters) -", "Москва, 5 мая — ", "محمودراقی، ۲۹ سنبله ۱۴۰۱ — ").
 */
const DATELINE_RUN_IN = /^(?:\(?\p{Lu}[\p{L}\-‐’']{1,40}(?: \p{Lu}[\p{L}\-‐’']{0,30}){0,3}(?:,|\s\()[^\n.!?–—]{0,80}?\s[–—-]{1,2}\s+(?=\p{Lu})|\p{Lu}[\p{Lu}\-‐ ]{2,40}\.\s+\d{1,2}\s+\p{Ll}+\.?\s+[–—-]{1,2}\s+(?=\p{Lu})|(?!(?:پرسش|سوال|سؤال|پاسخ|جواب)[\s(])[\p{Script=Arabic}\u200c ]{2,40}\s?\([^()\n]{2,60}\)\s*:\s+|[\p{Script=Arabic}\u200c ]{2,40}،[^\n.!?؟–—]{0,60}?\s[–—]\s+)/u;

function splitPiece(out: Sentence[], text: string, base: number, block: string, paragraph: number): void {
  let from = 0;
  const endRe = /[.!?؟۔]+["»”’)]?(?=\s+["«“(]?[\p{Lu}\p{N}\p{Script=Arabic}])|[.!?؟۔]+["»”’)]?\s*$/gu;
  for (let m = endRe.exec(block); m; m = endRe.exec(block)) {
    const before = block.slice(Math.max(0, m.index - 12), m.index + 1);
    // "2024 г." is the year's "год", which may end a sentence; "г. Нарын" is a town's.
    if ((ABBREVIATIONS.test(before) && !/\d\s*гг?\.$/u.test(before)) || /(?:^|\s)\p{Lu}\.$/u.test(before)) continue;
    // An item's number ("3. Aliabad, District Hunza - …") starts its sentence, it ends none.
    if (/^\s*\d{1,2}\.$/u.test(block.slice(from, m.index + 1))) continue;
    const end = m.index + m[0].length;
    push(out, text, base + from, base + end, paragraph);
    from = end;
  }
  push(out, text, base + from, base + block.length, paragraph);
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph });
}
