import type { Tokens, TokenizerExtension } from 'marked';
import { parseCitations, parseWikiLinks } from '../links';

/**
 * Frontier's inline syntax as marked tokens: [[wikilinks]] and [@citations], recognised by the
 * same parsers (shared/links) that the links panel and `frontier links` use, so a link that is
 * counted there is a link in print. Rendering is left to whoever builds the Marked instance.
 */

export interface WikiLinkToken extends Tokens.Generic {
  type: 'wikilink';
  raw: string;
  target: string;
  heading?: string;
  label?: string;
}

export interface CitationItem {
  sourceId: string;
  locator?: string;
  excerpt?: string;
}

export interface CitationToken extends Tokens.Generic {
  type: 'citation';
  raw: string;
  items: CitationItem[];
}

const WIKILINK_AT_START = /^\[\[(?!\[)(?:(?!\[\[|\]\])[^\n\r])+\]\]/;
const CITATION_START = /\[[ \t\r\n]*@/;

export const wikilinkTokenizer: TokenizerExtension = {
  name: 'wikilink',
  level: 'inline',
  start: (src) => {
    const at = src.indexOf('[[');
    return at === -1 ? undefined : at;
  },
  tokenizer(src): WikiLinkToken | undefined {
    const m = WIKILINK_AT_START.exec(src);
    if (!m) return undefined;
    const link = parseWikiLinks(m[0])[0];
    if (!link || link.start !== 0) return undefined;
    return {
      type: 'wikilink',
      raw: m[0],
      target: link.target,
      ...(link.heading ? { heading: link.heading } : {}),
      ...(link.label ? { label: link.label } : {}),
    };
  },
};

export const citationTokenizer: TokenizerExtension = {
  name: 'citation',
  level: 'inline',
  start: (src) => {
    const m = CITATION_START.exec(src);
    return m ? m.index : undefined;
  },
  tokenizer(src): CitationToken | undefined {
    if (!src.startsWith('[') || CITATION_START.exec(src)?.index !== 0) return undefined;
    const found = parseCitations(src).filter((c) => c.start === 0);
    const first = found[0];
    if (!first) return undefined;
    return {
      type: 'citation',
      raw: src.slice(0, first.end),
      items: found.map(({ sourceId, locator, excerpt }) => ({
        sourceId,
        ...(locator ? { locator } : {}),
        ...(excerpt !== undefined ? { excerpt } : {}),
      })),
    };
  },
};

/** The text a wikilink shows: its label, else the target (and heading). */
export const wikilinkText = (t: Pick<WikiLinkToken, 'target' | 'heading' | 'label'>): string =>
  t.label ?? (t.heading ? `${t.target} › ${t.heading}` : t.target);
