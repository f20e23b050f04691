import { useEffect, useState } from 'react';
import type { FrontierApi, Output } from '../shared/ipc';

type Info = Output<'notebook.info'>;
type NoteList = Output<'notes.list'>;

/** A first screen over the contract: the notebook and its notes. The notebook UI issue builds the real layout. */
export function App({ api }: { api: FrontierApi }) {
  const [info, setInfo] = useState<Info>();
  const [notes, setNotes] = useState<NoteList>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    void (async () => {
      const i = await api['notebook.info']({});
      if (!i.ok) return setError(i.error.message);
      setInfo(i.value);
      const n = await api['notes.list']({});
      if (n.ok) setNotes(n.value);
      else setError(n.error.message);
    })();
  }, [api]);

  return (
    <main aria-label="Notebook">
      <h1>{info?.meta.title ?? 'Frontier'}</h1>
      {error && <p role="alert">{error}</p>}
      {info && (
        <p>
          {info.counts.notes} notes, {info.counts.sources} sources, {info.counts.events} events
        </p>
      )}
      <ul aria-label="Notes">
        {notes.map((n) => (
          <li key={n.id}>{n.title}</li>
        ))}
      </ul>
    </main>
  );
}
