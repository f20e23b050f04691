/**
 * The links panel of one note: where it links to, who links to it, what it links to that does
 * not exist yet, who mentions it without a link, and which sources it cites.
 *
 * Resolution: a target resolves first to the note whose id equals it exactly (an id link keeps
 * working through renames), otherwise to the note whose title matches under normalizeTitle.
 * Two notes with the same title: the title resolves to the one with the lexicographically
 * smallest id. Our ids are time-sortable, so that is the oldest note, and the answer never
 * depends on the order notes arrive in; the newer duplicate is reachable only by id link.
 *
 * Lists keep the order of `notes` and hold one entry per note (the first link or mention gives
 * the context). A note linking to itself appears in its outgoing links, never in its backlinks
 * or mentions.
 */
import { parseCitations } from './citations';
import type { Citation } from './citations';
import { contextAround } from './context';
import { findMentions } from './mentions';
import { normalizeTitle, parseWikiLinks } from './wikilinks';

export interface LinkableNote {
  id: string;
  title: string;
  body: string;
}

export interface NoteLinks {
  /** One per linked note; `target` as first written. */
  outgoing: Array<{ target: string; noteId: string; title: string }>;
  backlinks: Array<{ noteId: string; title: string; context: string }>;
  /** Targets that resolve to no note, one per normalised target, as first written. */
  unresolved: string[];
  unlinkedMentions: Array<{ noteId: string; title: string; context: string }>;
  citations: Citation[];
}

/** Normalised title → id of the note it resolves to (smallest id among duplicates). */
export function buildTitleIndex(notes: ReadonlyArray<{ id: string; title: string }>): Map<string, string> {
  const index = new Map<string, string>();
  for (const note of notes) {
    const key = normalizeTitle(note.title);
    if (!key) continue;
    const current = index.get(key);
    if (current === undefined || note.id < current) index.set(key, note.id);
  }
  return index;
}

export function resolveTarget<N extends { id: string; title: string }>(
  index: ReadonlyMap<string, string>,
  notesById: ReadonlyMap<string, N>,
  target: string,
): N | undefined {
  const byId = notesById.get(target.trim());
  if (byId) return byId;
  const id = index.get(normalizeTitle(target));
  return id === undefined ? undefined : notesById.get(id);
}

export function computeLinks(notes: ReadonlyArray<LinkableNote>, focusId: string): NoteLinks {
  const result: NoteLinks = { outgoing: [], backlinks: [], unresolved: [], unlinkedMentions: [], citations: [] };
  const notesById = new Map(notes.map((note) => [note.id, note] as const));
  const focus = notesById.get(focusId);
  if (!focus) return result;
  const index = buildTitleIndex(notes);

  const seenTargets = new Set<string>();
  const seenUnresolved = new Set<string>();
  for (const link of parseWikiLinks(focus.body)) {
    const note = resolveTarget(index, notesById, link.target);
    if (note && !seenTargets.has(note.id)) {
      seenTargets.add(note.id);
      result.outgoing.push({ target: link.target, noteId: note.id, title: note.title });
    } else if (!note && !seenUnresolved.has(normalizeTitle(link.target))) {
      seenUnresolved.add(normalizeTitle(link.target));
      result.unresolved.push(link.target);
    }
  }

  for (const note of notes) {
    if (note.id === focus.id) continue;
    const link = parseWikiLinks(note.body).find((l) => resolveTarget(index, notesById, l.target)?.id === focus.id);
    if (link) {
      result.backlinks.push({ noteId: note.id, title: note.title, context: contextAround(note.body, link.start, link.end) });
    }
    const mention = findMentions(note.body, focus.title)[0];
    if (mention) result.unlinkedMentions.push({ noteId: note.id, title: note.title, context: mention.context });
  }

  result.citations = parseCitations(focus.body);
  return result;
}
