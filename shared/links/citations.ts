/**
 * Citations, in the bracketed form of Pandoc's syntax so Zotero and Pandoc users recognise it.
 *
 *   group    = "[" ws item { ws ";" ws item } ws "]"
 *   item     = "@" id [ ws "," ws tail ]
 *   tail     = excerpt | locator [ "," ws excerpt ]
 *   id       = 1*( A-Z | a-z | 0-9 | "_" | "-" )          e.g. s_01j9x3k7q2mv
 *   locator  = free text without  "  ;  ]  or a newline, trimmed (commas allowed:
 *              "p. 4, para 2"; the last comma before an excerpt separates the two)
 *   excerpt  = '"' { char | '\"' | '\\' } '"'           may hold ] ; , and any script; no
 *              blank line; other backslashes are literal
 *   ws       = spaces, tabs, newlines
 *
 * Examples: [@s_abc]  [@s_abc, p. 4]  [@s_abc, "quoted"]  [@s_abc, pp. 4-5, "quoted"]
 *           [@s_abc; @s_def, § 3]
 * Unlike Pandoc there are no prefixes ("see @x"), no bare @x outside brackets and no -@x: a
 * citation here always names a source in the notebook. Citations in code are skipped, and so is
 * a `[` right after another `[`, so the wikilink [[@x]] is not a citation.
 */
import { maskCode } from './code-regions';

export interface Citation {
  sourceId: string;
  locator?: string;
  excerpt?: string;
  /** Offsets of the whole bracket group this citation belongs to. */
  start: number;
  end: number;
}

type CitationItem = Omit<Citation, 'start' | 'end'>;

const GROUP_OPEN = /\[[ \t\r\n]*@/g;
const ID = /[A-Za-z0-9_-]+/y;
const ID_WHOLE = /^[A-Za-z0-9_-]+$/;
const LOCATOR_TEXT = /[^";\]\n]*/y;
const BLANK_LINE_AFTER = /[ \t\r]*\n/y;

export function parseCitations(markdown: string): Citation[] {
  // Structure is read from the masked text (so it cannot lie in code), values from the original.
  const masked = maskCode(markdown);
  const citations: Citation[] = [];
  GROUP_OPEN.lastIndex = 0;
  for (let m = GROUP_OPEN.exec(masked); m; m = GROUP_OPEN.exec(masked)) {
    const start = m.index;
    if (masked[start - 1] === '[') continue;
    const group = parseGroup(masked, markdown, start + 1);
    if (!group) continue;
    for (const item of group.items) citations.push({ ...item, start, end: group.end });
    GROUP_OPEN.lastIndex = group.end;
  }
  return citations;
}

/** The inverse of parseCitations for one citation. Throws on an id or locator it cannot write. */
export function formatCitation(c: { sourceId: string; locator?: string; excerpt?: string }): string {
  if (!ID_WHOLE.test(c.sourceId)) throw new Error(`Not a citable source id: ${JSON.stringify(c.sourceId)}`);
  const parts = [`@${c.sourceId}`];
  const locator = c.locator?.trim();
  if (locator) {
    if (/["\];\r\n]/.test(locator)) throw new Error(`A locator may not contain ", ; ] or a newline: ${locator}`);
    parts.push(locator);
  }
  if (c.excerpt !== undefined) {
    const oneLine = c.excerpt.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
    parts.push(`"${oneLine.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`);
  }
  return `[${parts.join(', ')}]`;
}

function parseGroup(src: string, orig: string, at: number): { items: CitationItem[]; end: number } | undefined {
  const items: CitationItem[] = [];
  let p = at;
  for (;;) {
    p = skipSpace(src, p);
    if (src[p] !== '@') return undefined;
    ID.lastIndex = p + 1;
    const id = ID.exec(src);
    if (!id) return undefined;
    p = skipSpace(src, ID.lastIndex);
    let tail: { locator?: string; excerpt?: string; end: number } | undefined;
    if (src[p] === ',') {
      tail = parseTail(src, orig, skipSpace(src, p + 1));
      if (!tail) return undefined;
      p = skipSpace(src, tail.end);
    }
    const item: CitationItem = { sourceId: id[0] };
    if (tail?.locator) item.locator = tail.locator;
    if (tail?.excerpt !== undefined) item.excerpt = tail.excerpt;
    items.push(item);
    if (src[p] === ']') return { items, end: p + 1 };
    if (src[p] !== ';') return undefined;
    p++;
  }
}

function parseTail(src: string, orig: string, p: number): { locator?: string; excerpt?: string; end: number } | undefined {
  if (src[p] === '"') return readExcerpt(src, orig, p);
  LOCATOR_TEXT.lastIndex = p;
  const text = LOCATOR_TEXT.exec(src)?.[0] ?? '';
  const stop = p + text.length;
  if (src[stop] !== '"') return { locator: orig.slice(p, stop).trim(), end: stop };
  const beforeQuote = text.trimEnd();
  if (!beforeQuote.endsWith(',')) return undefined;
  const excerpt = readExcerpt(src, orig, stop);
  if (!excerpt) return undefined;
  return { locator: orig.slice(p, p + beforeQuote.length - 1).trim(), excerpt: excerpt.excerpt, end: excerpt.end };
}

function readExcerpt(src: string, orig: string, open: number): { excerpt: string; end: number } | undefined {
  for (let q = open + 1; q < src.length; q++) {
    const ch = src[q];
    if (ch === '\\') q++;
    else if (ch === '"') {
      const excerpt = orig.slice(open + 1, q).replace(/\\(["\\])/g, '$1');
      return { excerpt, end: q + 1 };
    } else if (ch === '\n') {
      BLANK_LINE_AFTER.lastIndex = q + 1;
      if (BLANK_LINE_AFTER.test(src)) return undefined;
    }
  }
  return undefined;
}

function skipSpace(src: string, p: number): number {
  while (p < src.length && /[ \t\r\n]/.test(src[p]!)) p++;
  return p;
}
