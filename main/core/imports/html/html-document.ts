import { Readability } from '@mozilla/readability';
import { guessLanguage } from '../../sources/text-metadata';
import type { ImportedDocument } from '../document';
import { readHtmlMetadata } from './html-metadata';
import { htmlToText } from './html-to-text';
import { parseHtml } from './html-window';
import { sanitizeFragment } from './sanitize-html';

/** Below this many characters Readability's pick is probably a teaser box, not the article. */
const MIN_ARTICLE_CHARS = 200;

/**
 * A saved web page as a source: the article that Readability finds (falling back to the whole
 * body for pages it cannot score), passed through DOMPurify and read as plain text; metadata from
 * the page's head. Nothing of the page is executed or fetched at any step.
 */
export function readHtmlDocument(bytes: Uint8Array): ImportedDocument {
  const dom = parseHtml(bytes);
  try {
    const { document } = dom.window;
    const meta = readHtmlMetadata(document);
    let articleHtml: string | undefined;
    try {
      // Readability rewrites the tree it reads, so it gets a copy; metadata was read from the original.
      const article = new Readability(document.cloneNode(true) as never, { charThreshold: MIN_ARTICLE_CHARS, keepClasses: false }).parse();
      if (article?.content && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) articleHtml = article.content;
      if (!meta.title && article?.title) meta.title = article.title.trim();
      if (!meta.author && article?.byline) meta.author = article.byline.replace(/^(by)\s+/i, '').trim().slice(0, 500);
    } catch {
      articleHtml = undefined; // Readability gave up on this page: the whole body is used instead
    }
    const clean = sanitizeFragment(dom.window, articleHtml ?? document.body?.innerHTML ?? '');
    const text = htmlToText(clean);
    if (!meta.language) {
      const guessed = guessLanguage(text);
      if (guessed) meta.language = guessed;
    }
    return { text, meta };
  } finally {
    dom.window.close();
  }
}
