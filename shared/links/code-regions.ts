/**
 * Where a Markdown text holds code, so that link, citation and mention parsers can ignore it:
 * `[[x]]` inside a code sample is an example, not a link.
 *
 * Recognised, as CommonMark does: fenced blocks (``` or ~~~, three or more; closed by a line of
 * the same character at least as long; an unclosed fence runs to the end) and inline code spans
 * (a run of n backticks closed by the next run of exactly n, within one paragraph).
 * Deliberately different from CommonMark:
 * - indented code (4 spaces) is not code: notes indent prose and lists far more often than they
 *   paste code that way, and hiding links in indented lists would lose real links;
 * - a fence may be indented by any amount and sit behind `>` quote markers, so fences inside list
 *   items and block quotes are found without a full block parser.
 */

/** A half-open range [start, end) of UTF-16 offsets. */
export interface TextRange {
  start: number;
  end: number;
}

const FENCE_OPEN = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})[ \t]*$/;
// A blank line ends a paragraph, and a code span cannot cross one: a stray backtick must not
// swallow the rest of the note.
const BLANK_LINE = /\n[ \t\r]*\n/g;
const BACKTICK_RUN = /`+/g;

/** Code regions in document order, non-overlapping. */
export function findCodeRegions(markdown: string): TextRange[] {
  const regions: TextRange[] = [];
  let fence: { char: string; length: number; start: number } | undefined;
  let proseStart = 0;
  let pos = 0;
  while (pos <= markdown.length) {
    const newline = markdown.indexOf('\n', pos);
    const lineEnd = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(pos, lineEnd).replace(/\r$/, '');
    if (fence) {
      const run = FENCE_CLOSE.exec(line)?.[1];
      if (run && run[0] === fence.char && run.length >= fence.length) {
        regions.push({ start: fence.start, end: lineEnd });
        fence = undefined;
        proseStart = lineEnd;
      }
    } else {
      const open = FENCE_OPEN.exec(line);
      const run = open?.[1];
      // A backtick fence's info string may not contain backticks (``` a ``` is inline code).
      if (run && !(run[0] === '`' && (open[2] ?? '').includes('`'))) {
        findCodeSpans(markdown, proseStart, pos, regions);
        fence = { char: run.charAt(0), length: run.length, start: pos };
      }
    }
    if (newline === -1) break;
    pos = newline + 1;
  }
  if (fence) regions.push({ start: fence.start, end: markdown.length });
  else findCodeSpans(markdown, proseStart, markdown.length, regions);
  return regions;
}

/** The text with every range overwritten by `fill` (same length, so offsets stay valid). */
export function maskRanges(text: string, ranges: ReadonlyArray<TextRange>, fill = '\0'): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + fill.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The text with code replaced by NUL characters. Parsers match on this, so no link can start,
 * end or pass through code, then read values from the original text at the same offsets.
 */
export function maskCode(markdown: string): string {
  return maskRanges(markdown, findCodeRegions(markdown));
}

function findCodeSpans(text: string, from: number, to: number, out: TextRange[]): void {
  let paragraphStart = from;
  BLANK_LINE.lastIndex = from;
  for (;;) {
    const blank = BLANK_LINE.exec(text);
    const paragraphEnd = blank && blank.index < to ? blank.index : to;
    spansInParagraph(text, paragraphStart, paragraphEnd, out);
    if (!blank || paragraphEnd === to) return;
    // Re-scan from the blank line's last newline so consecutive blank lines are all seen.
    paragraphStart = blank.index + blank[0].length - 1;
    BLANK_LINE.lastIndex = paragraphStart;
  }
}

function spansInParagraph(text: string, from: number, to: number, out: TextRange[]): void {
  const runs: TextRange[] = [];
  BACKTICK_RUN.lastIndex = from;
  for (let m = BACKTICK_RUN.exec(text); m && m.index < to; m = BACKTICK_RUN.exec(text)) {
    runs.push({ start: m.index, end: Math.min(m.index + m[0].length, to) });
  }
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    // A backslash escapes the first backtick of an opener (never of a closer: backslashes are
    // literal inside code).
    const start = isEscaped(text, run.start, from) ? run.start + 1 : run.start;
    const length = run.end - start;
    if (length === 0) continue;
    const close = runs.findIndex((r, k) => k > i && r.end - r.start === length);
    if (close === -1) continue;
    out.push({ start, end: runs[close]!.end });
    i = close;
  }
}

function isEscaped(text: string, at: number, floor: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= floor && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}
