import { useState } from 'react';
import { useApp } from '../../state/app-context';
import { DossierWorkspace } from '../dossier';
import { EventForm } from '../events/EventForm';
import { NoteEditor } from '../notes/NoteEditor';
import { candidateKey, draftFromCandidate } from '../sources/candidate-event';
import { SourceReader } from '../sources/SourceReader';

/** The main pane shows one thing: a note, a source, an event — or how to start. */
export function MainPane() {
  const { state, newNote, requestImport, newEvent } = useApp();
  const s = state.selection;
  if (s?.kind === 'note') return <NoteEditor key={s.id} id={s.id} />;
  if (s?.kind === 'source') return <SourceReader key={s.id} id={s.id} focusOnOpen={s.focus === true} />;
  if (s?.kind === 'event') return <EventForm key={s.id} id={s.id} />;
  if (s?.kind === 'new-event' && s.fromCandidate) {
    const { sourceId, candidate } = s.fromCandidate;
    const sourceTitle = state.sources.find((x) => x.id === sourceId)?.title ?? 'the source';
    const key = candidateKey(candidate);
    return <EventForm key={`candidate-${sourceId}-${key}`} accepting={{ sourceId, sourceTitle, key, draft: draftFromCandidate(candidate, { id: sourceId }) }} />;
  }
  if (s?.kind === 'new-event') return <EventForm key="new" />;
  if (s?.kind === 'dossier') return <DossierWorkspace key={s.id ?? 'dossiers'} {...(s.id ? { id: s.id } : {})} />;
  const counts = state.info?.counts;
  const empty = counts !== undefined && counts.notes + counts.sources + counts.events === 0;
  return (
    <div className="empty-state">
      <h1>{state.info?.meta.title ?? 'Frontier'}</h1>
      <p>Pick a note, source or event in the sidebar, or start something new.</p>
      <p className="actions">
        <button type="button" onClick={() => void newNote()}>Write a note</button>
        <button type="button" onClick={requestImport}>Import a source</button>
        <button type="button" onClick={newEvent}>Record an event</button>
      </p>
      {empty && <SampleOffer />}
    </div>
  );
}

/** First run: an empty notebook offers the sample, which shows every feature at once. */
function SampleOffer() {
  const { call, refresh, open, say, report } = useApp();
  const [loading, setLoading] = useState(false);

  const load = async () => {
    setLoading(true);
    try {
      const loaded = await call('notebook.loadSample', {});
      await refresh();
      open('note', loaded.startNoteId);
      const { notes, sources, events } = loaded.counts;
      say(`Loaded the sample notebook: ${notes} notes, ${sources} sources, ${events} events`);
    } catch (err) {
      report(err);
    } finally {
      setLoading(false);
    }
  };

  return (
    <section aria-labelledby="sample-offer-heading" style={{ marginTop: 32 }}>
      <h2 id="sample-offer-heading">New to Frontier?</h2>
      <p>
        The sample notebook holds linked notes, graded sources in English, Russian and Dari, and events around Kabul, the Tajik–Afghan border and
        Moscow — all fictional, written to show every feature at once.
      </p>
      <p className="actions">
        <button type="button" onClick={() => void load()} disabled={loading} aria-busy={loading}>
          Load the sample notebook
        </button>
      </p>
    </section>
  );
}
