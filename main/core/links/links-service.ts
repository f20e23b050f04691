import { FrontierError } from '../../../shared/ipc/errors';
import type { Links } from '../../../shared/ipc/contract';
import { computeLinks, parseCitations } from '../../../shared/links';
import { kindOfId, type Event, type Note } from '../../../shared/model';
import type { CoreContext } from '../context';

const ref = (n: Note) => ({ noteId: n.id, title: n.title });
const eventRef = (e: Event) => ({ id: e.id, title: e.title, date: e.date });
const empty = (): Links => ({ outgoing: [], backlinks: [], unresolved: [], unlinkedMentions: [], citations: [], citedBy: [], events: [] });

/** Everything linked to an item, in both directions: what the linked-items panel and `frontier links` show. */
export function createLinksService(ctx: CoreContext) {
  const { store } = ctx;

  function sourceInfo(id: string) {
    const s = store.get('sources', id);
    return s ? { id: s.id, title: s.title, reliability: s.reliability, credibility: s.credibility } : undefined;
  }

  function forNote(id: string): Links {
    const notes = [...store.all('notes')];
    const links = computeLinks(notes, id);
    return {
      ...empty(),
      outgoing: links.outgoing,
      backlinks: links.backlinks,
      unresolved: links.unresolved,
      unlinkedMentions: links.unlinkedMentions,
      citations: links.citations.map(({ sourceId, locator, excerpt }) => {
        const source = sourceInfo(sourceId);
        return { sourceId, ...(locator ? { locator } : {}), ...(excerpt ? { excerpt } : {}), ...(source ? { source } : {}) };
      }),
      events: [...store.all('events')].filter((e) => e.noteIds.includes(id)).map(eventRef),
    };
  }

  function forSource(id: string): Links {
    const citedBy = [...store.all('notes')].filter((n) => parseCitations(n.body).some((c) => c.sourceId === id)).map(ref);
    return { ...empty(), citedBy, events: [...store.all('events')].filter((e) => e.sourceIds.includes(id)).map(eventRef) };
  }

  function forEvent(event: Event): Links {
    const notes = event.noteIds.map((n) => store.get('notes', n)).filter((n): n is Note => n !== undefined);
    return {
      ...empty(),
      outgoing: notes.map((n) => ({ target: n.id, noteId: n.id, title: n.title })),
      citations: event.sourceIds.map((sourceId) => {
        const source = sourceInfo(sourceId);
        return { sourceId, ...(source ? { source } : {}) };
      }),
    };
  }

  return {
    get(id: string): Links {
      const kind = kindOfId(id);
      if (kind === 'note' && store.get('notes', id)) return forNote(id);
      if (kind === 'source' && store.get('sources', id)) return forSource(id);
      const event = kind === 'event' ? store.get('events', id) : undefined;
      if (event) return forEvent(event);
      throw new FrontierError('NOT_FOUND', `No note, source or event with id ${id}.`);
    },
  };
}

export type LinksService = ReturnType<typeof createLinksService>;
