import { useApp } from '../../state/app-context';

/** Placeholder until the event form lands. */
export function EventForm({ id }: { id?: string }) {
  const { state } = useApp();
  return <h1>{id ? state.events.find((e) => e.id === id)?.title : 'New event'}</h1>;
}
