import type { DomDocument } from './dom-types';

/**
 * The article described by a page's JSON-LD (`<script type="application/ld+json">`, read as data,
 * never run): the first node whose @type is an article, report, posting or web page, looking
 * inside arrays and @graph. Malformed blocks are skipped; a page's metadata is a hint, not a must.
 */
export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(\w*Article|Report|BlogPosting|SocialMediaPosting|DiscussionForumPosting|LiveBlogPosting|WebPage|CreativeWork)$/;

function* nodes(value: unknown, depth = 0): Generator<JsonLdNode> {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 200)) yield* nodes(v, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  yield node;
  if (node['@graph']) yield* nodes(node['@graph'], depth + 1);
}

export const typesOf = (node: JsonLdNode): string[] => {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

export function findArticle(document: DomDocument): JsonLdNode | undefined {
  const found: JsonLdNode[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of nodes(data)) if (typesOf(node).some((t) => ARTICLE_TYPES.test(t))) found.push(node);
  }
  // A NewsArticle beats the WebPage that wraps it.
  return found.find((n) => typesOf(n).some((t) => t !== 'WebPage' && t !== 'CreativeWork')) ?? found[0];
}

/** `"x"`, `{ name: "x" }`, or a list of those, as names. */
export function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as JsonLdNode)['name'];
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

/** `"https://…"`, `{ "@id": "https://…" }` or `{ url: "https://…" }` as one address. */
export function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as JsonLdNode;
    for (const key of ['url', '@id']) if (typeof v[key] === 'string') return v[key] as string;
  }
  return undefined;
}
