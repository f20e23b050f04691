import { Marked, type TokenizerAndRendererExtension } from 'marked';
import { citationTokenizer, wikilinkText, wikilinkTokenizer, type CitationToken, type WikiLinkToken } from '../../../shared/dossier/markdown-tokens';

/**
 * Markdown → HTML for the preview, with Frontier's own inline syntax (wikilinks and citations).
 * The output is NOT safe by itself: render-markdown.ts sanitizes it and resolves the links.
 *
 * - Raw HTML is never passed through: block and inline HTML are shown as text.
 * - Wikilinks become `<a href="#" data-note-target>`, citations `<cite data-source-id>`; the
 *   titles and grades are filled in after sanitizing, with textContent.
 * - Images: only `data:` raster images are kept; any other image (remote, relative, file:)
 *   becomes a short text placeholder without its address, so no request leaves the machine.
 * - Indented code (4 spaces) is read as text, as the link parsers read it (shared/links/code-regions),
 *   so a link the Linked items panel counts is also a link in the preview.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** data: images that a browser cannot run script from (no SVG). */
export const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=\s]+$/i;

// The tokenizers are shared with the dossier's printer (shared/dossier/markdown-tokens.ts), so a
// link or citation is recognised the same way on screen and on paper; only the HTML differs.
const wikilink: TokenizerAndRendererExtension = {
  ...wikilinkTokenizer,
  renderer(token) {
    const t = token as WikiLinkToken;
    const heading = t.heading ? ` data-note-heading="${escapeHtml(t.heading)}"` : '';
    return `<a href="#" data-note-target="${escapeHtml(t.target)}"${heading}>${escapeHtml(wikilinkText(t))}</a>`;
  },
};

const citation: TokenizerAndRendererExtension = {
  ...citationTokenizer,
  renderer(token) {
    const t = token as CitationToken;
    const cites = t.items.map((c) => {
      const attrs = [`data-source-id="${escapeHtml(c.sourceId)}"`];
      if (c.locator) attrs.push(`data-locator="${escapeHtml(c.locator)}"`);
      if (c.excerpt !== undefined) attrs.push(`data-excerpt="${escapeHtml(c.excerpt)}"`);
      return `<cite ${attrs.join(' ')}>${escapeHtml(`@${c.sourceId}`)}</cite>`;
    });
    return `<span class="note-citations">${cites.join('<span class="note-cite-sep">; </span>')}</span>`;
  },
};

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  extensions: [wikilink, citation],
  tokenizer: {
    // Returning undefined (not false) means "no indented code here": the paragraph rule takes it.
    code: () => undefined,
  },
  renderer: {
    // Raw HTML is shown as the text the analyst wrote, never interpreted.
    html: (token) => (token.block ? `<p class="note-raw-html">${escapeHtml(token.text.replace(/\n+$/, ''))}</p>\n` : escapeHtml(token.text)),
    image: ({ href, text }) => {
      if (SAFE_DATA_IMAGE.test(href)) return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}">`;
      return `<span class="note-image-blocked">${escapeHtml(`[image not shown${text ? `: ${text}` : ''}]`)}</span>`;
    },
    checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
  },
});

/** Markdown → unsanitized HTML (never insert this into a page: use renderMarkdown). */
export function markdownToUnsafeHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
