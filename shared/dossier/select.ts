import { parseCitations } from '../links';
import type { DossierSelection, Event, Note, Source } from '../model';

/** What a dossier is about, in print order: its notes, their events by date, the sources they rest on. */
export interface DossierContent {
  notes: Note[];
  events: Event[];
  sources: Source[];
}

/** Everything in the notebook that a dossier may pick from. */
export interface NotebookItems {
  notes: Iterable<Note>;
  events: Iterable<Event>;
  sources: Iterable<Source>;
}

/** For a query rule: the ids the search engine found, best first (undefined for other rules). */
export interface QueryMatches {
  noteIds: readonly string[];
  eventIds: readonly string[];
}

export interface SelectionSpec {
  selection: DossierSelection;
  noteIds: readonly string[];
  /** The executive summary, which may cite sources too. */
  summary?: string;
}

const tagKey = (tag: string) => tag.replace(/^#+/, '').toLowerCase();
const hasTag = (tags: readonly string[], tag: string) => tags.some((t) => t.toLowerCase() === tagKey(tag));
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The notes a selection picks, in print order. Manual: `noteIds` as given (notes deleted since are
 * skipped). Tag and query: the matches, in the order `noteIds` gives the ones it names, then the
 * rest — by rank for a query (the search engine's order), by title for a tag.
 */
export function selectNotes(spec: SelectionSpec, notes: Iterable<Note>, matches?: QueryMatches): Note[] {
  const byId = new Map<string, Note>();
  for (const n of notes) byId.set(n.id, n);
  const sel = spec.selection;
  if (sel.kind === 'manual') return unique(spec.noteIds).flatMap((id) => byId.get(id) ?? []);
  const matching =
    sel.kind === 'tag'
      ? [...byId.values()].filter((n) => hasTag(n.tags, sel.tag)).sort((a, b) => collator.compare(a.title, b.title))
      : unique(matches?.noteIds ?? []).flatMap((id) => byId.get(id) ?? []);
  const inMatch = new Set(matching.map((n) => n.id));
  const pinned = unique(spec.noteIds).filter((id) => inMatch.has(id));
  const pinnedSet = new Set(pinned);
  return [...pinned.map((id) => byId.get(id)!), ...matching.filter((n) => !pinnedSet.has(n.id))];
}

/**
 * The events of a dossier, oldest first: those linked to its notes, plus, for a tag or query
 * rule, the events the rule itself picks (an event tagged #border/panj belongs in the border dossier
 * even when no note mentions it).
 */
export function selectEvents(spec: SelectionSpec, notes: readonly Note[], events: Iterable<Event>, matches?: QueryMatches): Event[] {
  const noteIds = new Set(notes.map((n) => n.id));
  const sel = spec.selection;
  const queried = new Set(sel.kind === 'query' ? (matches?.eventIds ?? []) : []);
  const picked: Event[] = [];
  for (const e of events) {
    const linked = e.noteIds.some((id) => noteIds.has(id));
    const byRule = sel.kind === 'tag' ? hasTag(e.tags, sel.tag) : queried.has(e.id);
    if (linked || byRule) picked.push(e);
  }
  return sortEvents(picked);
}

/** Chronological, then by title, so equal dates print in a stable order. */
export function sortEvents(events: Event[]): Event[] {
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1)));
}

/**
 * The sources a dossier rests on, in the order a reader meets them: cited in the texts (the
 * summary, then the notes; first citation first), then named by the events. Citations of sources
 * that no longer exist are left out here; the endnotes say they are missing.
 */
export function selectSources(texts: readonly string[], events: readonly Event[], sources: Iterable<Source>): Source[] {
  const byId = new Map<string, Source>();
  for (const s of sources) byId.set(s.id, s);
  const order: string[] = [];
  for (const text of texts) for (const c of parseCitations(text)) order.push(c.sourceId);
  for (const e of events) order.push(...e.sourceIds);
  return unique(order).flatMap((id) => byId.get(id) ?? []);
}

export function selectContent(spec: SelectionSpec, items: NotebookItems, matches?: QueryMatches): DossierContent {
  const notes = selectNotes(spec, items.notes, matches);
  const events = selectEvents(spec, notes, items.events, matches);
  const texts = [spec.summary ?? '', ...notes.map((n) => n.body)];
  return { notes, events, sources: selectSources(texts, events, items.sources) };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
