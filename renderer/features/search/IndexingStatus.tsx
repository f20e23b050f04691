import type { SearchStatus } from '../../../shared/ipc';

/** "Indexing… 42%" while the index is being built; the reason when search has failed; nothing when ready. */
export function IndexingStatus({ status }: { status: SearchStatus | undefined }) {
  if (!status || status.state === 'ready') return null;
  if (status.state === 'failed') {
    return (
      <p className="search-status error" role="status">
        Search is unavailable: {status.message ?? 'the index could not be built.'}
      </p>
    );
  }
  const percent = status.total > 0 ? Math.floor((100 * status.done) / status.total) : 0;
  return (
    <p className="search-status" role="status">
      <span>Indexing… {status.total > 0 ? `${percent}%` : ''}</span>
      <progress max={status.total || 1} value={status.done} aria-label="Indexing progress" />
    </p>
  );
}
