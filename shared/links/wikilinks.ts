/**
 * Wikilinks: [[Target]], [[Target|label]], [[Target#Heading]], [[Target#Heading|label]].
 *
 * The target ends at the first `#` or `|`; the heading (if any) at the first `|` after it; the
 * label is the rest. A link lies on one line, does not contain `[[` or `]]`, and cannot start
 * with a third `[`, so `[[[Kabul]]]` is the link [[Kabul]] in brackets. Links in code are skipped
 * (see code-regions). An empty target (`[[#Heading]]`, `[[ |x]]`) is not a link to a note and is
 * ignored.
 */
import { maskCode } from './code-regions';
import { foldCase } from './fold';

export interface WikiLink {
  /** The link exactly as written, brackets included. */
  raw: string;
  /** Trimmed; a note title or a note id. */
  target: string;
  heading?: string;
  label?: string;
  /** Offsets of `raw` in the text (UTF-16, end exclusive). */
  start: number;
  end: number;
}

// NUL is what maskCode writes over code, so a link cannot reach into code.
const WIKILINK = /\[\[(?!\[)((?:(?!\[\[|\]\])[^\n\r\0])+)\]\]/g;

export function parseWikiLinks(markdown: string): WikiLink[] {
  const links: WikiLink[] = [];
  for (const m of maskCode(markdown).matchAll(WIKILINK)) {
    const inner = m[1] ?? '';
    const pipe = inner.indexOf('|');
    const beforePipe = pipe === -1 ? inner : inner.slice(0, pipe);
    const hash = beforePipe.indexOf('#');
    const target = (hash === -1 ? beforePipe : beforePipe.slice(0, hash)).trim();
    if (!target) continue;
    const link: WikiLink = { raw: m[0], target, start: m.index, end: m.index + m[0].length };
    const heading = hash === -1 ? '' : beforePipe.slice(hash + 1).trim();
    const label = pipe === -1 ? '' : inner.slice(pipe + 1).trim();
    if (heading) link.heading = heading;
    if (label) link.label = label;
    links.push(link);
  }
  return links;
}

/**
 * The key under which titles and link targets are compared: folded (see fold.ts), trimmed, and
 * with internal whitespace runs collapsed to one space, so `[[kabul  airport]]` finds
 * "Kabul Airport".
 */
export function normalizeTitle(title: string): string {
  return foldCase(title).trim().replace(/\s+/gu, ' ');
}
