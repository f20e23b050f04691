import type { SearchResults } from '../../shared/ipc/contract';
import { table } from './output';

/** Marks highlighted ranges: bold on a terminal, «guillemets» in a pipe or file. */
function mark(text: string, ranges: ReadonlyArray<readonly [number, number]>, color: boolean): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + (color ? `\x1b[1m${text.slice(start, end)}\x1b[22m` : `«${text.slice(start, end)}»`);
    at = end;
  }
  return out + text.slice(at);
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** `frontier search` without --json: one row per hit (kind, id, title, snippet), then the counts. */
export function formatSearchResults(r: SearchResults, color: boolean): string {
  if (r.hits.length === 0) return 'No results.';
  const rows = r.hits.map((h) => [h.kind, h.id, mark(h.title, h.titleHighlights, color), mark(h.snippet, h.highlights, color)]);
  const total = r.counts.note + r.counts.source + r.counts.event;
  const counts = `${plural(r.counts.note, 'note')}, ${plural(r.counts.source, 'source')}, ${plural(r.counts.event, 'event')} match${total > r.hits.length ? ` (best ${r.hits.length} shown; --limit for more)` : ''}.`;
  return `${table(rows)}\n\n${counts}`;
}

/**
 * The query from the command line's words. The shell has already removed the quotes of
 * `frontier search "border crossing"`, so a word with spaces in it is taken as the phrase it was.
 */
export function queryFromArgs(words: readonly string[]): string {
  return words.map((w) => (/\s/.test(w) && !w.includes('"') ? `"${w}"` : w)).join(' ');
}
