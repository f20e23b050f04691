import { useApp } from '../../state/app-context';

/** Placeholder until the source reader lands (metadata, grade pickers, full text, quote). */
export function SourceReader({ id }: { id: string }) {
  const { state } = useApp();
  return <h1>{state.sources.find((s) => s.id === id)?.title}</h1>;
}
