import { useState } from 'react';
import { ApiError } from '../../api/client';
import { errorText } from '../../state/app-context';

type Stage = { step: 'idle' } | { step: 'confirm' } | { step: 'cited'; message: string } | { step: 'failed'; message: string };

/**
 * "Delete source", confirmed in place. A source that notes cite is refused by main (CONFLICT);
 * its message names the notes, and "Delete anyway" deletes with force.
 */
export function DeleteSource({ title, onDelete }: { title: string; onDelete(force: boolean): Promise<void> }) {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const run = async (force: boolean) => {
    setBusy(true);
    try {
      await onDelete(force);
    } catch (err) {
      setBusy(false);
      setStage(err instanceof ApiError && err.code === 'CONFLICT' ? { step: 'cited', message: err.message } : { step: 'failed', message: errorText(err) });
    }
  };
  const cancel = () => setStage({ step: 'idle' });

  if (stage.step === 'idle')
    return (
      <button type="button" className="source-danger" onClick={() => setStage({ step: 'confirm' })}>
        Delete source
      </button>
    );
  return (
    <div className="source-confirm" role="alert">
      <p dir="auto">
        {stage.step === 'confirm' && <>Delete “{title}” and its grade? This cannot be undone.</>}
        {stage.step !== 'confirm' && stage.message}
      </p>
      <div className="source-form-actions">
        {stage.step === 'confirm' && (
          <button type="button" className="source-danger" disabled={busy} onClick={() => void run(false)}>
            Delete
          </button>
        )}
        {stage.step === 'cited' && (
          <button type="button" className="source-danger" disabled={busy} onClick={() => void run(true)}>
            Delete anyway
          </button>
        )}
        <button type="button" disabled={busy} onClick={cancel} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
