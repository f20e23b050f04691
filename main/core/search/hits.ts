import type { SearchHit, SearchResults } from '../../../shared/ipc/search-schemas';
import { hasCriteria, parseQuery } from '../../../shared/search';
import { KIND_CODES, type DocInfo } from './doc-info';
import type { SearchRequest } from './engine';
import { evaluate } from './evaluate';
import type { SearchIndex } from './search-index';
import { cutSnippet, highlighterFor, markTitle, preview, type Highlighter, type Marked } from './snippet';
import type { TextSource } from './text-source';

const EMPTY: SearchResults['counts'] = { note: 0, source: 0, event: 0 };

/** Where a document's snippet is cut from: a source's full text first, then its snippet fields. */
function snippetOf(info: DocInfo, h: Highlighter, texts: TextSource): Marked {
  const candidates = info.fields.filter((f) => f.snippet && f.text).map((f) => f.text);
  if (info.textHash) candidates.unshift(texts.read(info.textHash));
  for (const text of candidates) {
    const cut = cutSnippet(text, h);
    if (cut) return cut;
  }
  return preview(candidates.find(Boolean) ?? '');
}

/** A query's answer: parsed, evaluated, and the best hits with their snippets and highlights. */
export function searchResults(index: SearchIndex, req: SearchRequest, texts: TextSource): SearchResults {
  const q = parseQuery(req.query);
  if (!hasCriteria(q)) return { hits: [], counts: { ...EMPTY }, warnings: q.warnings };
  const result = evaluate(index, q, req.limit, req.bbox, req.perKind);
  const highlighter = highlighterFor(result.clauses);
  const docs = index.docs;
  const withText = req.snippets !== false;
  const hits = result.top.map(({ doc, score }): SearchHit => {
    const info = docs.info[doc]!;
    const snippet = withText ? snippetOf(info, highlighter, texts) : { text: '', highlights: [] };
    return {
      kind: KIND_CODES[docs.kinds[doc]!]!,
      id: info.id,
      title: info.title,
      snippet: snippet.text,
      highlights: snippet.highlights,
      titleHighlights: withText ? markTitle(info.title, highlighter) : [],
      score: Math.round(score * 1000) / 1000,
    };
  });
  return { hits, counts: result.counts, warnings: result.warnings };
}
