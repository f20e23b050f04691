import DOMPurify, { type Config } from 'dompurify';
import { normalizeTitle } from '../../../shared/links';
import { CREDIBILITY, RELIABILITY, type Credibility, type Reliability } from '../../../shared/model';
import { toExternalLink } from '../../../shared/security/external-links';
import { markdownToUnsafeHtml, SAFE_DATA_IMAGE } from './markdown-syntax';

/**
 * The one path from a note's Markdown to DOM nodes (ARCHITECTURE §7): marked → DOMPurify with an
 * allowlist → a pass that resolves links and citations with textContent. Nothing here assigns
 * HTML to a live element: DOMPurify parses in an inert document and returns a fragment, which the
 * preview appends. Returned links do not navigate by themselves; NotePreview intercepts clicks.
 */

export interface LinkedNote {
  id: string;
  title: string;
}
export interface CitedSource {
  id: string;
  title: string;
  reliability: Reliability;
  credibility: Credibility;
}

/** What the preview knows about the notebook, to resolve [[links]] and [@citations]. */
export interface LinkContext {
  resolveNote(target: string): LinkedNote | undefined;
  source(id: string): CitedSource | undefined;
}

export function makeLinkContext(notes: readonly LinkedNote[], sources: readonly CitedSource[]): LinkContext {
  const byKey = new Map<string, LinkedNote>();
  const byId = new Map<string, LinkedNote>();
  for (const n of notes) {
    byKey.set(normalizeTitle(n.title), n);
    byId.set(n.id, n);
  }
  const sourcesById = new Map(sources.map((s) => [s.id, s]));
  return {
    resolveNote: (target) => byKey.get(normalizeTitle(target)) ?? byId.get(target.trim()),
    source: (id) => sourcesById.get(id),
  };
}

export const NO_LINKS: LinkContext = { resolveNote: () => undefined, source: () => undefined };

const ALLOWED_TAGS = [
  'a', 'blockquote', 'br', 'cite', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'li', 'ol', 'p',
  'pre', 's', 'span', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
];
/** Our own data attributes carry titles and excerpts, which may contain `:`; they are never URLs. */
const DATA_ATTRS = ['data-note-target', 'data-note-heading', 'data-source-id', 'data-locator', 'data-excerpt'];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'class', 'start', 'align', ...DATA_ATTRS];

const PURIFY: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_URI_SAFE_ATTR: DATA_ATTRS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // `#` for in-app links; http(s) and mailto for external ones (checked again below). data: images
  // pass DOMPurify's own rule for <img src> and are narrowed to raster types below.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  FORBID_TAGS: ['style', 'script', 'svg', 'math', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'template', 'noscript', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'id', 'name', 'srcset', 'action', 'formaction', 'xlink:href'],
  RETURN_DOM_FRAGMENT: true,
};

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, td, th';

// Our own instance, so that nothing else on the page can add hooks or change its settings.
let purifier: ReturnType<typeof DOMPurify> | undefined;
const purify = () => (purifier ??= DOMPurify(window));

/** Markdown → sanitized nodes, owned by `doc`, ready to append. */
export function renderMarkdownFragment(markdown: string, ctx: LinkContext = NO_LINKS, doc: Document = document): DocumentFragment {
  return sanitizeHtmlFragment(markdownToUnsafeHtml(markdown), ctx, doc);
}

/**
 * The sanitizing half on its own: any HTML → allowed nodes owned by `doc`. Exported so tests can
 * prove that it holds even for HTML that marked would never produce.
 */
export function sanitizeHtmlFragment(unsafeHtml: string, ctx: LinkContext = NO_LINKS, doc: Document = document): DocumentFragment {
  const clean = purify().sanitize(unsafeHtml, PURIFY);
  // Finish while the nodes still belong to DOMPurify's inert document: an <img> adopted into the
  // live page starts loading at once, before it is even attached, so bad ones must go first.
  finish(clean, ctx, clean.ownerDocument);
  return doc.importNode(clean, true);
}

/** The same, serialized: for tests and for anything that needs a string (never assign it to innerHTML elsewhere). */
export function renderMarkdown(markdown: string, ctx: LinkContext = NO_LINKS, doc: Document = document): string {
  const box = doc.createElement('div');
  box.append(renderMarkdownFragment(markdown, ctx, doc));
  return box.innerHTML;
}

/** After sanitizing: narrow images and links further, resolve links and citations, set text direction. */
function finish(root: DocumentFragment, ctx: LinkContext, doc: Document): void {
  for (const img of root.querySelectorAll('img')) {
    if (!SAFE_DATA_IMAGE.test(img.getAttribute('src') ?? '')) img.remove();
  }
  for (const a of root.querySelectorAll('a')) finishLink(a, ctx);
  for (const cite of root.querySelectorAll('cite[data-source-id]')) finishCitation(cite, ctx, doc);
  for (const block of root.querySelectorAll(BLOCKS)) block.setAttribute('dir', 'auto');
  for (const pre of root.querySelectorAll('pre')) pre.setAttribute('dir', 'ltr');
}

function finishLink(a: HTMLAnchorElement, ctx: LinkContext): void {
  const target = a.getAttribute('data-note-target');
  if (target !== null) {
    a.setAttribute('href', '#');
    const note = ctx.resolveNote(target);
    if (note) {
      a.className = 'note-wikilink';
      a.setAttribute('data-note-id', note.id);
      a.removeAttribute('title');
    } else {
      a.className = 'note-wikilink note-unresolved';
      a.setAttribute('title', `No note titled “${target}” yet: click to create it`);
    }
    return;
  }
  const external = toExternalLink(a.getAttribute('href') ?? '');
  a.removeAttribute('class');
  if (!external) {
    // Relative, javascript:, file: …: keep the text, drop the link.
    a.removeAttribute('href');
    a.removeAttribute('title');
    return;
  }
  a.setAttribute('href', external);
  a.setAttribute('rel', 'noopener noreferrer');
  a.className = 'note-external';
  if (!a.getAttribute('title')) a.setAttribute('title', external);
}

function finishCitation(cite: Element, ctx: LinkContext, doc: Document): void {
  const id = cite.getAttribute('data-source-id') ?? '';
  const locator = cite.getAttribute('data-locator') ?? undefined;
  const excerpt = cite.getAttribute('data-excerpt') ?? undefined;
  const source = ctx.source(id);
  cite.replaceChildren();
  cite.className = source ? 'note-citation' : 'note-citation note-missing';
  if (!source) {
    cite.append(`Missing source ${id}`);
  } else {
    const link = doc.createElement('a');
    link.href = '#';
    link.setAttribute('data-source-id', source.id);
    link.className = 'note-source-link';
    link.textContent = source.title;
    link.setAttribute('dir', 'auto');
    const grade = doc.createElement('span');
    grade.className = 'note-grade';
    grade.textContent = `${source.reliability}${source.credibility}`;
    grade.title = `${RELIABILITY[source.reliability]}; ${CREDIBILITY[source.credibility]}`;
    cite.append(link, ' ', grade);
  }
  if (locator) cite.append(`, ${locator}`);
  if (excerpt !== undefined) {
    const q = doc.createElement('q');
    q.className = 'note-excerpt';
    q.setAttribute('dir', 'auto');
    q.textContent = excerpt;
    cite.append(' ', q);
  }
}
