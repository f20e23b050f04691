import { useEffect } from 'react';
import { useApp } from '../state/app-context';

/** One line at the bottom; a polite live region, so screen readers hear imports and errors. */
export function StatusBar() {
  const { state, dispatch } = useApp();
  const status = state.status;
  useEffect(() => {
    if (!status || status.tone === 'error') return;
    const t = setTimeout(() => dispatch({ type: 'clearStatus' }), 6000);
    return () => clearTimeout(t);
  }, [status, dispatch]);
  return (
    <footer className={`status-bar${status?.tone === 'error' ? ' error' : ''}`} role="status" aria-live="polite" aria-label="Notifications">
      <span>{status?.text ?? ''}</span>
      {status?.tone === 'error' && (
        <button type="button" className="link" onClick={() => dispatch({ type: 'clearStatus' })}>
          Dismiss
        </button>
      )}
    </footer>
  );
}
