import createDOMPurify from 'dompurify';
import type { DomElement, DomWindow } from './dom-types';

/**
 * Tags dropped with their content: active content, embedded documents, forms, and every kind of
 * remote media (a remote image is a tracker: loading it tells the sender the page was opened).
 */
const FORBID_TAGS = [
  'script', 'noscript', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'img', 'picture', 'source', 'video', 'audio', 'track',
  'svg', 'math', 'canvas', 'template', 'portal', 'dialog',
];
/** Attributes that carry styling or remote references; event handlers DOMPurify drops by itself. */
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'src', 'background', 'poster', 'ping', 'action', 'formaction', 'xlink:href'];

/**
 * Cleans an HTML fragment with DOMPurify running on the jsdom window: only text markup survives
 * (paragraphs, headings, lists, tables, links as text with an http(s)/mailto address). Returns a
 * detached element holding the result, ready to be read as text.
 */
export function sanitizeFragment(window: DomWindow, html: string): DomElement {
  // DOMPurify's types expect a browser window; jsdom's is the same API.
  const purify = createDOMPurify(window as never);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.hasAttribute('href') && !/^(https?:|mailto:)/i.test(node.getAttribute('href') ?? '')) node.removeAttribute('href');
    if (node.hasAttribute('target')) node.removeAttribute('target');
  });
  const clean = purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
    RETURN_DOM: true,
    WHOLE_DOCUMENT: false,
  }) as unknown as DomElement;
  purify.removeAllHooks();
  return clean;
}
