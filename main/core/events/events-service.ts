import { FrontierError } from '../../../shared/ipc/errors';
import { Event, type EventFields } from '../../../shared/model';
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { newId } from '../ids';
import { hasTag, normalizeTags } from '../tags';

export type EventDraft = z.input<typeof EventFields> extends infer T ? Omit<T, 'id' | 'created' | 'updated'> : never;

export function createEventsService(ctx: CoreContext) {
  const { store } = ctx;

  function get(id: string): Event {
    const event = store.get('events', id);
    if (!event) throw new FrontierError('NOT_FOUND', `No event with id ${id}.`);
    return event;
  }

  /** Links must point at items that exist, so a typo in an id is caught now, not in a dossier. */
  function checkLinks(e: Pick<Event, 'sourceIds' | 'noteIds'>): void {
    const missing = [
      ...e.sourceIds.filter((id) => !store.get('sources', id)),
      ...e.noteIds.filter((id) => !store.get('notes', id)),
    ];
    if (missing.length > 0) throw new FrontierError('INVALID_INPUT', `The event links to items that do not exist: ${missing.join(', ')}.`);
  }

  function build(fields: Record<string, unknown>): Event {
    const parsed = Event.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FrontierError('INVALID_INPUT', `${issue?.path.join('.') || 'event'}: ${issue?.message}`);
    }
    const event = { ...parsed.data, tags: normalizeTags(parsed.data.tags), sourceIds: [...new Set(parsed.data.sourceIds)], noteIds: [...new Set(parsed.data.noteIds)] };
    checkLinks(event);
    return event;
  }

  /** A new event from a draft, validated and with its links checked, not yet committed. */
  function prepare(draft: EventDraft): Event {
    const now = ctx.now();
    return build({ ...draft, id: newId('event', now.getTime()), created: now.toISOString(), updated: now.toISOString() });
  }

  return {
    get,
    prepare,

    /** Events, newest first by event date (the order of a timeline read backwards). */
    list(query: { tag?: string; sort?: 'updated' | 'created' | 'title' } = {}): Event[] {
      const items = [...store.all('events')].filter((e) => !query.tag || hasTag(e.tags, query.tag));
      if (query.sort === 'title') return items.sort((a, b) => a.title.localeCompare(b.title));
      if (query.sort === 'created' || query.sort === 'updated') return items.sort((a, b) => (a[query.sort!] < b[query.sort!] ? 1 : -1));
      return items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    },

    async create(draft: EventDraft): Promise<Event> {
      const event = prepare(draft);
      await store.commit([{ op: 'put', c: 'events', v: event }]);
      return event;
    },

    /** Applies a patch; `endDate: null` removes the end date, absent keys stay as they are. */
    async update(id: string, patch: Partial<Omit<EventDraft, 'endDate'>> & { endDate?: string | null }): Promise<Event> {
      const current = get(id);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next: Record<string, unknown> = { ...current, ...defined, id, created: current.created, updated: ctx.now().toISOString() };
      if (patch.endDate === null) delete next['endDate'];
      const event = build(next);
      await store.commit([{ op: 'put', c: 'events', v: event }]);
      return event;
    },

    async delete(id: string): Promise<Event> {
      const event = get(id);
      await store.commit([{ op: 'del', c: 'events', id }]);
      return event;
    },
  };
}

export type EventsService = ReturnType<typeof createEventsService>;
