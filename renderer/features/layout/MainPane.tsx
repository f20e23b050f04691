import { useApp } from '../../state/app-context';
import { EventForm } from '../events/EventForm';
import { NoteEditor } from '../notes/NoteEditor';
import { SourceReader } from '../sources/SourceReader';

/** The main pane shows one thing: a note, a source, an event — or how to start. */
export function MainPane() {
  const { state, newNote, requestImport, newEvent } = useApp();
  const s = state.selection;
  if (s?.kind === 'note') return <NoteEditor key={s.id} id={s.id} />;
  if (s?.kind === 'source') return <SourceReader key={s.id} id={s.id} />;
  if (s?.kind === 'event') return <EventForm key={s.id} id={s.id} />;
  if (s?.kind === 'new-event') return <EventForm key="new" />;
  return (
    <div className="empty-state">
      <h1>{state.info?.meta.title ?? 'Frontier'}</h1>
      <p>Pick a note, source or event in the sidebar, or start something new.</p>
      <p className="actions">
        <button type="button" onClick={() => void newNote()}>Write a note</button>
        <button type="button" onClick={requestImport}>Import a source</button>
        <button type="button" onClick={newEvent}>Record an event</button>
      </p>
    </div>
  );
}
