import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../shared/model';
import { errorText, useApp } from '../../state/app-context';
import { settled, takeDraft, type NoteFields } from './autosave';
import { NoteForm } from './NoteForm';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; note: Note; draft: NoteFields | undefined; generation: number }
  | { kind: 'deleted'; note: Note; eventIds: string[] };

/**
 * The main pane for a note. Loads it once per id (never again when the app's revision changes:
 * that would pull the text out from under the analyst's cursor), and after a delete stays mounted
 * to offer Undo.
 */
export function NoteEditor({ id }: { id: string }) {
  const { call, refresh, open, say, report } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const generation = useRef(0);

  const load = useCallback(
    async (isStale: () => boolean) => {
      // A save of this note may still be on its way from the editor that just closed.
      await settled(id);
      try {
        const note = await call('notes.get', { id });
        if (!isStale()) setLoaded({ kind: 'ready', note, draft: takeDraft(id), generation: ++generation.current });
      } catch (err) {
        if (!isStale()) setLoaded({ kind: 'error', message: errorText(err) });
      }
    },
    [call, id],
  );

  useEffect(() => {
    let stale = false;
    void load(() => stale);
    return () => {
      stale = true;
    };
  }, [load]);

  const onDeleted = useCallback(
    (note: Note, eventIds: string[]) => {
      setLoaded({ kind: 'deleted', note, eventIds });
      say(`Deleted “${note.title}”`);
      void refresh();
    },
    [refresh, say],
  );

  const undo = async (note: Note, eventIds: string[]) => {
    try {
      const restored = await call('notes.restore', { note, eventIds });
      await refresh();
      setLoaded({ kind: 'ready', note: restored, draft: undefined, generation: ++generation.current });
      open('note', restored.id);
      say(`Restored “${restored.title}”`);
    } catch (err) {
      report(err);
    }
  };

  switch (loaded.kind) {
    case 'loading':
      return <p className="muted pad">Loading…</p>;
    case 'error':
      return (
        <div className="pad" role="alert">
          <p>This note could not be opened: {loaded.message}</p>
        </div>
      );
    case 'deleted':
      return <DeletedNotice title={loaded.note.title} onUndo={() => undo(loaded.note, loaded.eventIds)} />;
    case 'ready':
      return (
        <NoteForm
          key={loaded.generation}
          note={loaded.note}
          draft={loaded.draft}
          onDeleted={onDeleted}
          onReload={() => {
            setLoaded({ kind: 'loading' });
            void load(() => false);
          }}
        />
      );
  }
}

function DeletedNotice({ title, onUndo }: { title: string; onUndo(): Promise<void> }) {
  const button = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  // The Delete button is gone: keep keyboard focus somewhere useful.
  useEffect(() => button.current?.focus(), []);
  return (
    <section className="note-deleted" aria-label="Deleted note">
      <p dir="auto">
        Deleted “{title}”.{' '}
        <button
          ref={button}
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onUndo().finally(() => setBusy(false));
          }}
        >
          Undo
        </button>
      </p>
    </section>
  );
}
