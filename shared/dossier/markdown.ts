import { Marked, type Tokens } from 'marked';
import { toExternalLink } from '../security/external-links';
import { endnoteAnchor, endnoteRefAnchor, noteAnchor } from './anchors';
import { escapeHtml, trusted, type SafeHtml } from './html';
import { citationTokenizer, wikilinkText, wikilinkTokenizer, type CitationItem, type CitationToken, type WikiLinkToken } from './markdown-tokens';

/**
 * Markdown → HTML for print, without a DOM to sanitize in: instead of cleaning HTML afterwards
 * (the renderer's DOMPurify path), nothing unsafe is produced in the first place.
 *
 * - Raw HTML in the Markdown is printed as the text the analyst wrote.
 * - Text, code, titles and attributes are escaped by marked and by the overrides below.
 * - Links: http(s) and mailto only (shared/security's rule); anything else keeps its text, loses its link.
 * - Images: only data: raster images (no SVG, nothing that would be fetched); others become a note in brackets.
 * - [[wikilinks]] to notes in the dossier become internal links; to other notes, plain text.
 * - [@citations] become superscript endnote numbers, counted by the caller.
 * - Note headings shift down two levels, under the dossier's own h1 (sections) and h2 (notes),
 *   so the PDF bookmarks nest.
 */

/** data: images that cannot carry script (no SVG). Same rule as the renderer's preview. */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;

/** Block elements that take their direction from their text, so a Dari paragraph reads right to left. */
const AUTO_DIR_BLOCKS = /<(p|li|h[1-6]|blockquote|td|th)(?=[ >])/g;

export interface DossierLinks {
  /** The note a [[link]] target names, if that note is in the dossier. */
  noteInDossier(target: string): { id: string } | undefined;
  /** Records one citation and returns its endnote number. */
  cite(item: CitationItem): number;
}

export type RenderMarkdown = (markdown: string) => SafeHtml;

export function createDossierMarkdown(links: DossierLinks): RenderMarkdown {
  const marked = new Marked({
    gfm: true,
    breaks: false,
    async: false,
    extensions: [
      {
        ...wikilinkTokenizer,
        renderer(token) {
          const t = token as WikiLinkToken;
          const text = escapeHtml(wikilinkText(t));
          const note = links.noteInDossier(t.target);
          return note ? `<a class="xref" href="#${noteAnchor(note.id)}">${text}</a>` : `<span class="xref-outside">${text}</span>`;
        },
      },
      {
        ...citationTokenizer,
        renderer(token) {
          const refs = (token as CitationToken).items.map((item) => {
            const n = links.cite(item);
            return `<a href="#${endnoteAnchor(n)}" id="${endnoteRefAnchor(n)}">${n}</a>`;
          });
          return `<sup class="cite">${refs.join(',')}</sup>`;
        },
      },
    ],
    tokenizer: {
      // Indented code is read as text, as the link parsers read it (shared/links/code-regions).
      code: () => undefined,
    },
    renderer: {
      html: ({ text, block }: Tokens.HTML | Tokens.Tag) =>
        block ? `<p class="raw-html">${escapeHtml(text.replace(/\n+$/, ''))}</p>\n` : escapeHtml(text),
      heading({ tokens, depth }: Tokens.Heading) {
        const level = Math.min(depth + 2, 6);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        const external = toExternalLink(href);
        if (!external) return text;
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a class="external" href="${escapeHtml(external)}"${titleAttr}>${text}</a>`;
      },
      image({ href, text }: Tokens.Image) {
        if (SAFE_DATA_IMAGE.test(href)) return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}">`;
        return `<span class="image-omitted">${escapeHtml(`[image not included${text ? `: ${text}` : ''}]`)}</span>`;
      },
      checkbox: ({ checked }: Tokens.Checkbox) => (checked ? '[x] ' : '[ ] '),
      code({ text, lang }: Tokens.Code) {
        const language = lang ? ` data-lang="${escapeHtml(lang.split(/\s/, 1)[0] ?? '')}"` : '';
        return `<pre dir="ltr"${language}><code>${escapeHtml(text.replace(/\n$/, ''))}</code></pre>\n`;
      },
    },
  });

  return (markdown) => {
    const out = marked.parse(markdown, { async: false });
    // An endnote number sits on the word before it ("section¹"), never alone at the start of a line.
    return trusted(out.replace(AUTO_DIR_BLOCKS, '<$1 dir="auto"').replace(/[ \t]+<sup class="cite">/g, '<sup class="cite">'));
  };
}
