import type { SearchHit } from '../../../shared/ipc/contract';
import { contextAround, foldCase } from '../../../shared/links';
import type { CoreContext } from '../context';

/**
 * The foundation's search: every query word must occur (case-folded, NFKC) in an item's fields.
 * Deliberately simple — the search issue replaces it with a ranked, multilingual index — but it
 * reads source full texts too, so nothing an analyst imported is unsearchable.
 */
export function createSimpleSearch(ctx: CoreContext, sourceText: (id: string) => Promise<string>) {
  const { store } = ctx;

  function matcher(query: string) {
    const words = foldCase(query).split(/\s+/).filter(Boolean);
    return (fields: string[]) => {
      const folded = foldCase(fields.join('\n'));
      return words.length > 0 && words.every((w) => folded.includes(w));
    };
  }

  function snippet(text: string, query: string): string {
    const first = foldCase(query).split(/\s+/).find(Boolean) ?? '';
    const at = foldCase(text).indexOf(first);
    return at < 0 ? text.slice(0, 120).replace(/\s+/g, ' ').trim() : contextAround(text, at, at + first.length, 60);
  }

  return {
    async query(query: string, limit = 50): Promise<SearchHit[]> {
      const matches = matcher(query);
      const hits: SearchHit[] = [];
      for (const n of store.all('notes')) {
        if (hits.length >= limit) return hits;
        if (matches([n.title, n.body, n.tags.join(' ')])) hits.push({ kind: 'note', id: n.id, title: n.title, snippet: snippet(`${n.title}\n${n.body}`, query) });
      }
      for (const s of store.all('sources')) {
        if (hits.length >= limit) return hits;
        const text = await sourceText(s.id).catch(() => '');
        const fields = [s.title, s.outlet ?? '', s.author ?? '', s.summary, s.tags.join(' '), text];
        if (matches(fields)) hits.push({ kind: 'source', id: s.id, title: s.title, snippet: snippet(fields.join('\n'), query) });
      }
      for (const e of store.all('events')) {
        if (hits.length >= limit) return hits;
        const fields = [e.title, e.description, e.location.name, e.actors.join(' '), e.eventType, e.subEventType, e.tags.join(' ')];
        if (matches(fields)) hits.push({ kind: 'event', id: e.id, title: e.title, snippet: snippet(fields.join('\n'), query) });
      }
      return hits;
    },
  };
}
