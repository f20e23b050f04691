import type { Input } from '../../../shared/ipc';
import type { Dossier, DossierSelection, MapFrame, TlpLabel } from '../../../shared/model';

/** The editor's working copy of a dossier: what the form shows, saved with one call. */
export interface DossierDraft {
  title: string;
  subtitle: string;
  author: string;
  date: string;
  tlp: TlpLabel;
  summary: string;
  mode: DossierSelection['kind'];
  tag: string;
  query: string;
  noteIds: string[];
  mapFrame: MapFrame;
}

export function emptyDraft(today: string, tlp: TlpLabel): DossierDraft {
  return { title: '', subtitle: '', author: '', date: today, tlp, summary: '', mode: 'manual', tag: '', query: '', noteIds: [], mapFrame: 'events' };
}

export function draftFromDossier(d: Dossier): DossierDraft {
  return {
    title: d.title,
    subtitle: d.subtitle,
    author: d.author,
    date: d.date,
    tlp: d.tlp,
    summary: d.summary,
    mode: d.selection.kind,
    tag: d.selection.kind === 'tag' ? d.selection.tag : '',
    query: d.selection.kind === 'query' ? d.selection.query : '',
    noteIds: [...d.noteIds],
    mapFrame: d.mapFrame,
  };
}

/** The selection the draft describes, or undefined while a tag or query is still empty. */
export function selectionOf(d: DossierDraft): DossierSelection | undefined {
  if (d.mode === 'tag') return d.tag.trim() ? { kind: 'tag', tag: d.tag.trim().replace(/^#+/, '') } : undefined;
  if (d.mode === 'query') return d.query.trim() ? { kind: 'query', query: d.query.trim() } : undefined;
  return { kind: 'manual' };
}

/** What to send to dossiers.create / dossiers.update; problems to show instead when it is not ready. */
export function fieldsFromDraft(d: DossierDraft): { ok: true; fields: Input<'dossiers.create'> } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!d.title.trim()) errors.push('Give the dossier a title.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) errors.push('Give the dossier a date.');
  const selection = selectionOf(d);
  if (!selection) errors.push(d.mode === 'tag' ? 'Choose a tag.' : 'Type what to search for.');
  if (errors.length || !selection) return { ok: false, errors };
  return {
    ok: true,
    fields: { title: d.title.trim(), subtitle: d.subtitle.trim(), author: d.author.trim(), date: d.date, tlp: d.tlp, summary: d.summary, selection, noteIds: d.noteIds, mapFrame: d.mapFrame },
  };
}

/** The list with the item at `index` moved by `by` places (clamped to the ends). */
export function moveItem<T>(list: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + by));
  if (index < 0 || index >= list.length || to === index) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

export const sameDraft = (a: DossierDraft, b: DossierDraft): boolean => JSON.stringify(a) === JSON.stringify(b);
