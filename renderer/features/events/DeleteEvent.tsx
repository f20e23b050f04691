import { useState } from 'react';
import { errorText } from '../../state/app-context';

/** "Delete event", confirmed in place. */
export function DeleteEvent({ title, onDelete }: { title: string; onDelete(): Promise<void> }) {
  const [stage, setStage] = useState<'idle' | 'confirm'>('idle');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (stage === 'idle')
    return (
      <button type="button" className="event-danger" onClick={() => setStage('confirm')}>
        Delete event
      </button>
    );
  const run = async () => {
    setBusy(true);
    try {
      await onDelete();
    } catch (err) {
      setProblem(errorText(err));
      setBusy(false);
    }
  };
  return (
    <span className="event-confirm" role="alert">
      <span dir="auto">{problem ?? `Delete “${title}”? This cannot be undone.`}</span>
      <button type="button" className="event-danger" disabled={busy} onClick={() => void run()}>
        Delete
      </button>
      <button type="button" disabled={busy} onClick={() => setStage('idle')} autoFocus>
        Cancel
      </button>
    </span>
  );
}
