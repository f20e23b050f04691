import { useEffect, useState } from 'react';
import type { Note } from '../../../shared/model';
import { useApp } from '../../state/app-context';

/** Placeholder until the note editor lands (CodeMirror, preview, autosave). */
export function NoteEditor({ id }: { id: string }) {
  const { call, state } = useApp();
  const [note, setNote] = useState<Note>();
  useEffect(() => {
    void call('notes.get', { id }).then(setNote);
  }, [call, id, state.revision]);
  return <h1>{note?.title}</h1>;
}
