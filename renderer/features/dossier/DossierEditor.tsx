import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { ExportTarget } from '../../../shared/ipc/export-schemas';
import { MAP_FRAMES, type Dossier, type MapFrame } from '../../../shared/model';
import { errorText, useApp } from '../../state/app-context';
import { draftFromDossier, emptyDraft, fieldsFromDraft, sameDraft, selectionOf, type DossierDraft } from './dossier-draft';
import { ExportPanel } from './ExportPanel';
import { NoteOrder, type OrderedNote } from './NoteOrder';
import { TlpPicker } from './TlpPicker';

/** How long the editor waits after the last keystroke in a tag or query before asking main what it selects. */
const PREVIEW_DELAY_MS = 300;

/**
 * One dossier's form: cover fields, the TLP label, the executive summary, how notes are chosen
 * (by hand, by tag, by search) and their order, the map frame; then export. Everything is kept in
 * a draft until Save (or an export, which saves first).
 */
export function DossierEditor({ dossier, onSaved, onDeleted }: { dossier?: Dossier; onSaved(d: Dossier): void; onDeleted(): void }) {
  const { call, state, say, report } = useApp();
  const today = new Date().toISOString().slice(0, 10);
  const initial = useMemo(() => (dossier ? draftFromDossier(dossier) : emptyDraft(today, state.info?.meta.defaultTlp ?? 'AMBER')), [dossier, today, state.info?.meta.defaultTlp]);
  const [draft, setDraft] = useState<DossierDraft>(initial);
  const [saved, setSaved] = useState<Dossier | undefined>(dossier);
  const [errors, setErrors] = useState<string[]>([]);
  const [picked, setPicked] = useState<OrderedNote[]>([]);
  const [counts, setCounts] = useState<{ events: number; sources: number }>();
  const [adding, setAdding] = useState('');
  const ids = { title: useId(), subtitle: useId(), author: useId(), date: useId(), summary: useId(), tag: useId(), query: useId(), map: useId(), add: useId() };

  const set = <K extends keyof DossierDraft>(key: K, value: DossierDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const dirty = !saved || !sameDraft(draft, draftFromDossier(saved));

  // What the selection picks now, from main (the same rule the export uses).
  const selection = selectionOf(draft);
  const selectionKey = JSON.stringify([selection, draft.noteIds, draft.summary.length > 0 ? draft.summary : '']);
  useEffect(() => {
    if (!selection) {
      setPicked([]);
      setCounts(undefined);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      call('dossiers.preview', { selection, noteIds: draft.noteIds, summary: draft.summary }).then(
        (p) => {
          if (stale) return;
          setPicked(p.notes);
          setCounts({ events: p.events, sources: p.sources });
        },
        (err) => !stale && report(err),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // selectionKey stands for the selection, the note order and the summary.
  }, [call, report, selectionKey, state.revision]);

  const tags = useMemo(() => {
    const all = new Map<string, string>();
    for (const n of state.notes) for (const t of n.tags) all.set(t.toLowerCase(), t);
    return [...all.values()].sort((a, b) => a.localeCompare(b));
  }, [state.notes]);
  const addable = state.notes.filter((n) => !draft.noteIds.includes(n.id));

  const save = async (): Promise<Dossier | undefined> => {
    const result = fieldsFromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return undefined;
    }
    setErrors([]);
    try {
      const next = saved ? await call('dossiers.update', { id: saved.id, patch: result.fields }) : await call('dossiers.create', result.fields);
      setSaved(next);
      setDraft(draftFromDossier(next));
      onSaved(next);
      return next;
    } catch (err) {
      setErrors([errorText(err)]);
      return undefined;
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const d = await save();
    if (d) say(`Saved dossier “${d.title}”`);
  };

  const prepare = async (): Promise<ExportTarget | undefined> => {
    const d = dirty ? await save() : saved;
    return d ? { kind: 'dossier', id: d.id } : undefined;
  };

  const remove = async () => {
    if (!saved) return;
    try {
      const removed = await call('dossiers.delete', { id: saved.id });
      say(`Deleted dossier “${removed.title}”`);
      onDeleted();
    } catch (err) {
      report(err);
    }
  };

  return (
    <form className="dossier-editor" aria-labelledby="dossier-editor-title" onSubmit={(e) => void submit(e)} noValidate>
      <header>
        <p className="event-kicker">Dossier{saved ? '' : ' · new'}</p>
        <h1 id="dossier-editor-title" dir="auto">
          {draft.title.trim() || 'New dossier'}
        </h1>
      </header>

      <div className="dossier-fields">
        <label htmlFor={ids.title}>Title</label>
        <input id={ids.title} value={draft.title} onChange={(e) => set('title', e.target.value)} dir="auto" required />
        <label htmlFor={ids.subtitle}>Subtitle</label>
        <input id={ids.subtitle} value={draft.subtitle} onChange={(e) => set('subtitle', e.target.value)} dir="auto" />
        <label htmlFor={ids.author}>Author</label>
        <input id={ids.author} value={draft.author} onChange={(e) => set('author', e.target.value)} dir="auto" />
        <label htmlFor={ids.date}>Date</label>
        <input id={ids.date} type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} required />
      </div>

      <TlpPicker value={draft.tlp} onChange={(tlp) => set('tlp', tlp)} />

      <div className="dossier-field">
        <label htmlFor={ids.summary}>Executive summary</label>
        <textarea id={ids.summary} value={draft.summary} onChange={(e) => set('summary', e.target.value)} rows={6} dir="auto" aria-describedby={`${ids.summary}-hint`} />
        <small id={`${ids.summary}-hint`} className="muted">
          Markdown; [[links]] to notes in the dossier and [@citations] work as in notes.
        </small>
      </div>

      <fieldset className="dossier-selection">
        <legend>Notes</legend>
        <div className="dossier-modes" role="radiogroup" aria-label="Choose notes">
          {(
            [
              ['manual', 'By hand'],
              ['tag', 'By tag'],
              ['query', 'By search'],
            ] as const
          ).map(([mode, label]) => (
            <label key={mode}>
              <input type="radio" name="dossier-mode" checked={draft.mode === mode} onChange={() => set('mode', mode)} /> {label}
            </label>
          ))}
        </div>
        {draft.mode === 'tag' && (
          <div className="dossier-field">
            <label htmlFor={ids.tag}>Tag</label>
            <select id={ids.tag} value={draft.tag} onChange={(e) => set('tag', e.target.value)}>
              <option value="">Choose a tag…</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  #{t}
                </option>
              ))}
            </select>
          </div>
        )}
        {draft.mode === 'query' && (
          <div className="dossier-field">
            <label htmlFor={ids.query}>Search for</label>
            <input id={ids.query} value={draft.query} onChange={(e) => set('query', e.target.value)} dir="auto" />
          </div>
        )}
        {draft.mode === 'manual' && (
          <div className="dossier-add">
            <label htmlFor={ids.add}>Add a note</label>
            <select id={ids.add} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose a note…</option>
              {addable.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.title}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={!adding}
              onClick={() => {
                set('noteIds', [...draft.noteIds, adding]);
                setAdding('');
              }}
            >
              Add note
            </button>
          </div>
        )}
        <NoteOrder
          notes={picked}
          onReorder={(order) => set('noteIds', order)}
          {...(draft.mode === 'manual' ? { onRemove: (id: string) => set('noteIds', draft.noteIds.filter((x) => x !== id)) } : {})}
        />
        {counts && (
          <p className="muted">
            {picked.length} note{picked.length === 1 ? '' : 's'}, {counts.events} event{counts.events === 1 ? '' : 's'}, {counts.sources} source{counts.sources === 1 ? '' : 's'}
          </p>
        )}
      </fieldset>

      <div className="dossier-field">
        <label htmlFor={ids.map}>Map frame</label>
        <select id={ids.map} value={draft.mapFrame} onChange={(e) => set('mapFrame', e.target.value as MapFrame)}>
          {(Object.keys(MAP_FRAMES) as MapFrame[]).map((f) => (
            <option key={f} value={f}>
              {MAP_FRAMES[f]}
            </option>
          ))}
        </select>
      </div>

      {errors.length > 0 && (
        <ul className="event-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}

      <div className="dossier-actions">
        <button type="submit" disabled={!dirty}>
          Save dossier
        </button>
        {saved && (
          <button type="button" className="event-danger" onClick={() => void remove()}>
            Delete dossier
          </button>
        )}
      </div>

      <ExportPanel prepare={prepare} />
    </form>
  );
}
