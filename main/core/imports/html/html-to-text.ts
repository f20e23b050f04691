import type { DomElement, DomNode } from './dom-types';

/**
 * The text of a (sanitized) DOM as paragraphs separated by blank lines, the way the source reader
 * and extraction expect it: block elements end a paragraph, <br> ends a line, whitespace inside a
 * paragraph collapses, list items start with "- ", table cells are separated by tabs.
 */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];

  const endLine = () => {
    const t = line.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (pre) {
        const parts = text.split('\n');
        parts.forEach((part: string, i: number) => {
          if (i > 0) endLine();
          line += part;
        });
      } else line += text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      node.childNodes.forEach((child) => walk(child, pre));
      return;
    }
    const tag = (node as DomElement).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return endLine();
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    if (tag === 'LI') line += '- ';
    if (tag === 'TD' || tag === 'TH') {
      if (line.trim()) line += '\t';
    }
    node.childNodes.forEach((child) => walk(child, pre || tag === 'PRE'));
    if (block) endParagraph();
  };

  walk(root, false);
  endParagraph();
  return paragraphs.join('\n\n').normalize('NFC');
}
