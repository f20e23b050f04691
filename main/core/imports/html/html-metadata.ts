import type { SourceKind } from '../../../../shared/model';
import { cleanDate, cleanField, cleanUrl, type DocumentMetadata } from '../document';
import type { DomDocument } from './dom-types';
import { findArticle, namesOf, typesOf, urlOf, type JsonLdNode } from './json-ld';

const metaContent = (doc: DomDocument, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // CSS.escape is not needed: the keys are our own constants.
      const el = doc.querySelector(`meta[${attr}="${key}" i]`);
      const value = cleanField(el?.getAttribute('content'));
      if (value) return value;
    }
  }
  return undefined;
};

const kindFromTypes = (types: string[], ogType?: string): SourceKind | undefined => {
  if (types.some((t) => /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|LiveBlogPosting)$/.test(t))) return 'news-report';
  if (types.some((t) => /^(Report|ScholarlyArticle|TechArticle)$/.test(t))) return 'ngo-report';
  if (types.some((t) => /^(SocialMediaPosting|DiscussionForumPosting)$/.test(t))) return 'social-media';
  if (types.some((t) => /^BlogPosting$/.test(t))) return 'news-report';
  if (ogType && /^article$/i.test(ogType)) return 'news-report';
  return undefined;
};

/** "en_US" → "en-US"; anything that is not a language tag is dropped. */
const languageTag = (value?: string): string | undefined => {
  const tag = value?.replace('_', '-').trim();
  return tag && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag) ? tag : undefined;
};

/** "Kunduz attack kills 46 | Khorasan Herald" → "Kunduz attack kills 46" when the tail is the outlet. */
function stripOutletSuffix(title: string, outlet?: string): string {
  if (!outlet) return title;
  const m = /^(.*\S)\s+[|–—-]\s+(.+)$/.exec(title);
  return m && m[2]!.trim().toLowerCase() === outlet.toLowerCase() ? m[1]! : title;
}

const byline = (text?: string) => text?.replace(/^(by|от|автор:?)\s+/i, '').trim() || undefined;

/**
 * A saved page's metadata from Open Graph, <meta> and JSON-LD, in that order of trust for each
 * field, with the <title> and the page's own markup as fallbacks. Everything is plain text,
 * cleaned of control characters; addresses must be http(s).
 */
export function readHtmlMetadata(doc: DomDocument): DocumentMetadata {
  const ld: JsonLdNode = findArticle(doc) ?? {};
  const ogSite = metaContent(doc, 'og:site_name', 'application-name');
  const ldPublisher = namesOf(ld['publisher'])[0];
  const outlet = ogSite ?? cleanField(ldPublisher);

  const rawTitle =
    metaContent(doc, 'og:title', 'twitter:title', 'title', 'dc.title') ??
    cleanField(typeof ld['headline'] === 'string' ? ld['headline'] : undefined) ??
    cleanField(doc.querySelector('title')?.textContent, 500) ??
    cleanField(doc.querySelector('h1')?.textContent, 500);

  const authors = namesOf(ld['author']).map((a) => cleanField(a)).filter(Boolean) as string[];
  const metaAuthor = metaContent(doc, 'author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author');
  const ogAuthor = metaContent(doc, 'article:author');
  const author = authors.length ? authors.join('; ') : byline(metaAuthor) ?? (ogAuthor && !/^https?:/i.test(ogAuthor) ? ogAuthor : undefined);

  const publishedAt =
    cleanDate(metaContent(doc, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publish-date', 'sailthru.date')) ??
    cleanDate(ld['datePublished']) ??
    cleanDate(ld['dateCreated']) ??
    cleanDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));

  const url =
    cleanUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    cleanUrl(metaContent(doc, 'og:url')) ??
    cleanUrl(urlOf(ld['mainEntityOfPage'])) ??
    cleanUrl(urlOf(ld['url']));

  const language = languageTag(doc.documentElement.getAttribute('lang') ?? undefined) ?? languageTag(metaContent(doc, 'og:locale', 'content-language', 'language'));
  const kind = kindFromTypes(typesOf(ld), metaContent(doc, 'og:type'));

  const meta: DocumentMetadata = {};
  if (rawTitle) meta.title = stripOutletSuffix(rawTitle, outlet);
  if (outlet) meta.outlet = outlet;
  if (author) meta.author = cleanField(author, 500)!;
  if (publishedAt) meta.publishedAt = publishedAt;
  if (url) meta.url = url;
  if (language) meta.language = language;
  if (kind) meta.kind = kind;
  return meta;
}
