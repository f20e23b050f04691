/**
 * Keeping links alive when a note is renamed: every wikilink whose target names the old title
 * (compared with normalizeTitle, so [[kabul airport]] counts) is rewritten to the new title.
 * Only the target is replaced; the whitespace around it, `#heading` and `|label` stay byte for
 * byte, so [[Kabul Airport|the airport]] keeps reading "the airport". Links in code are not
 * touched, and links by note id never match a title.
 */
import { normalizeTitle, parseWikiLinks } from './wikilinks';

/**
 * Whether [[title]] would parse back as a link to exactly this title. Not linkable: empty
 * titles, newlines, `|` and `#` (they end the target), `[[` and `]]` (they end the link), and a
 * leading `[` or trailing `]` (`[[[x]]]` reads as [[x]] in brackets).
 */
export function isLinkableTitle(title: string): boolean {
  const t = title.trim();
  if (!t || /[|#\r\n\0]/.test(t)) return false;
  if (t.includes('[[') || t.includes(']]')) return false;
  return !t.startsWith('[') && !t.endsWith(']');
}

export function rewriteLinksForRename(
  markdown: string,
  oldTitle: string,
  newTitle: string,
): { text: string; count: number } {
  if (!isLinkableTitle(newTitle)) {
    throw new Error(
      `A note titled ${JSON.stringify(newTitle)} could not be linked to: titles may not contain | # [[ ]] or line breaks`,
    );
  }
  const oldKey = normalizeTitle(oldTitle);
  const replacement = newTitle.trim();
  let text = '';
  let at = 0;
  let count = 0;
  for (const link of parseWikiLinks(markdown)) {
    if (normalizeTitle(link.target) !== oldKey) continue;
    const inner = link.raw.slice(2, -2);
    const cut = inner.search(/[#|]/);
    const targetPart = cut === -1 ? inner : inner.slice(0, cut);
    const leading = targetPart.slice(0, targetPart.length - targetPart.trimStart().length);
    const trailing = targetPart.slice(targetPart.trimEnd().length);
    const rewritten = `[[${leading}${replacement}${trailing}${inner.slice(targetPart.length)}]]`;
    text += markdown.slice(at, link.start) + rewritten;
    at = link.end;
    count++;
  }
  return { text: text + markdown.slice(at), count };
}
