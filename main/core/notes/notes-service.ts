import { FrontierError } from '../../../shared/ipc/errors';
import { isLinkableTitle, normalizeTitle, parseWikiLinks, rewriteLinksForRename } from '../../../shared/links';
import type { Note, NotePlace } from '../../../shared/model';
import type { CoreContext } from '../context';
import { newId } from '../ids';
import type { StoreOp } from '../store';
import { hasTag, normalizeTags } from '../tags';
import { sortItems } from '../sorting';

export interface NoteDraft {
  title: string;
  body?: string;
  tags?: string[];
  place?: NotePlace;
}

export interface NoteChange {
  id: string;
  title?: string;
  body?: string;
  tags?: string[];
  place?: NotePlace | null;
  ifUpdated?: string;
}

export function createNotesService(ctx: CoreContext) {
  const { store } = ctx;

  function get(id: string): Note {
    const note = store.get('notes', id);
    if (!note) throw new FrontierError('NOT_FOUND', `No note with id ${id}.`);
    return note;
  }

  /** Titles are unique (ignoring case), because [[Title]] must name one note. */
  function checkTitle(title: string, exceptId?: string): string {
    const clean = title.trim();
    if (!isLinkableTitle(clean)) {
      throw new FrontierError('INVALID_INPUT', `"${clean}" cannot be a note title: titles may not contain | # [[ ]] or line breaks, so that [[links]] can name them.`);
    }
    const key = normalizeTitle(clean);
    for (const n of store.all('notes')) {
      if (n.id !== exceptId && normalizeTitle(n.title) === key) {
        throw new FrontierError('CONFLICT', `A note titled "${n.title}" already exists (${n.id}).`, { noteId: n.id });
      }
    }
    return clean;
  }

  return {
    get,

    list(query: { tag?: string; sort?: 'updated' | 'created' | 'title' } = {}): Array<Omit<Note, 'body'>> {
      const notes = [...store.all('notes')].filter((n) => !query.tag || hasTag(n.tags, query.tag));
      return sortItems(notes, query.sort ?? 'updated').map(({ body: _body, ...summary }) => summary);
    },

    /** Finds a note by id, or by its title as a [[link]] would. */
    find(idOrTitle: string): Note | undefined {
      const byId = store.get('notes', idOrTitle);
      if (byId) return byId;
      const key = normalizeTitle(idOrTitle);
      return [...store.all('notes')].find((n) => normalizeTitle(n.title) === key);
    },

    async create(draft: NoteDraft): Promise<Note> {
      const now = ctx.now().toISOString();
      const note: Note = {
        id: newId('note', ctx.now().getTime()),
        title: checkTitle(draft.title),
        body: draft.body ?? '',
        tags: normalizeTags(draft.tags ?? []),
        created: now,
        updated: now,
        ...(draft.place ? { place: draft.place } : {}),
      };
      if (store.get('notes', note.id)) throw new FrontierError('CONFLICT', 'Id collision; try again.');
      await store.commit([{ op: 'put', c: 'notes', v: note }]);
      return note;
    },

    /**
     * Edits a note. A new title rewrites every [[link]] to the old one in the same transaction,
     * so links never break halfway. `ifUpdated` guards an editor against overwriting a newer save.
     */
    async update(change: NoteChange): Promise<{ note: Note; relinked: string[] }> {
      const current = get(change.id);
      if (change.ifUpdated && change.ifUpdated !== current.updated) {
        throw new FrontierError('CONFLICT', `"${current.title}" was changed elsewhere since it was opened (saved ${current.updated}).`, {
          updated: current.updated,
        });
      }
      const next: Note = {
        ...current,
        ...(change.title !== undefined ? { title: checkTitle(change.title, current.id) } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        ...(change.tags !== undefined ? { tags: normalizeTags(change.tags) } : {}),
        updated: ctx.now().toISOString(),
      };
      if (change.place === null) delete next.place;
      else if (change.place) next.place = change.place;

      const ops: StoreOp[] = [];
      const relinked: string[] = [];
      if (next.title !== current.title) {
        for (const other of store.all('notes')) {
          const body = other.id === current.id ? next.body : other.body;
          if (!parseWikiLinks(body).some((l) => normalizeTitle(l.target) === normalizeTitle(current.title))) continue;
          const { text, count } = rewriteLinksForRename(body, current.title, next.title);
          if (count === 0) continue;
          if (other.id === current.id) next.body = text;
          else {
            ops.push({ op: 'put', c: 'notes', v: { ...other, body: text, updated: next.updated } });
            relinked.push(other.id);
          }
        }
      }
      ops.unshift({ op: 'put', c: 'notes', v: next });
      await store.commit(ops);
      return { note: next, relinked };
    },

    /** Puts a deleted note back (undo), with its id, and re-links the events that listed it. */
    async restore(note: Note, eventIds: readonly string[] = []): Promise<Note> {
      if (store.get('notes', note.id)) throw new FrontierError('CONFLICT', `A note with id ${note.id} exists already.`);
      checkTitle(note.title);
      const ops: StoreOp[] = [{ op: 'put', c: 'notes', v: note }];
      const now = ctx.now().toISOString();
      for (const id of eventIds) {
        const e = store.get('events', id);
        if (e && !e.noteIds.includes(note.id)) ops.push({ op: 'put', c: 'events', v: { ...e, noteIds: [...e.noteIds, note.id], updated: now } });
      }
      await store.commit(ops);
      return note;
    },

    /** Deletes a note; events that listed it drop the reference in the same transaction. */
    async delete(id: string): Promise<Note> {
      const note = get(id);
      const ops: StoreOp[] = [{ op: 'del', c: 'notes', id }];
      const now = ctx.now().toISOString();
      for (const e of store.all('events')) {
        if (e.noteIds.includes(id)) ops.push({ op: 'put', c: 'events', v: { ...e, noteIds: e.noteIds.filter((n) => n !== id), updated: now } });
      }
      await store.commit(ops);
      return note;
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
