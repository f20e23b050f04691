import { useEffect, useState } from 'react';
import type { SearchResults, SearchStatus } from '../../../shared/ipc';
import { useApp } from '../../state/app-context';

/** Results the search box asks for: the best 20 notes, 20 sources and 20 events. */
export const PER_KIND = 20;
const DEBOUNCE_MS = 120;
const STATUS_POLL_MS = 400;

/**
 * The search box's data: results for the query (debounced, refetched after every change to the
 * notebook, stale answers dropped), the index's status (polled while it builds, which also starts
 * it as soon as the app loads), and the matching events published to app state for the map.
 */
export function useSearch(query: string) {
  const { call, report, dispatch, state } = useApp();
  const [results, setResults] = useState<SearchResults | undefined>();
  const [status, setStatus] = useState<SearchStatus | undefined>();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      call('search.status', {}).then(
        (s) => {
          if (stopped) return;
          setStatus(s);
          if (s.state === 'indexing') timer = setTimeout(poll, STATUS_POLL_MS);
        },
        () => undefined, // a failing status is not worth a message; a failing query reports itself
      );
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [call]);

  // Only an `in:map` query depends on the map view, so only it is asked again when the map moves.
  const bbox = /(^|\s)in:map(\s|$)/i.test(query) ? state.mapBounds : undefined;

  useEffect(() => {
    if (!query.trim()) return setResults(undefined);
    let stale = false;
    const timer = setTimeout(() => {
      call('search.query', { query, limit: 3 * PER_KIND, perKind: PER_KIND, ...(bbox ? { bbox } : {}) }).then(
        (r) => !stale && setResults(r),
        (err: unknown) => !stale && report(err),
      );
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, call, report, state.revision, bbox]);

  useEffect(() => {
    dispatch({ type: 'searchResults', eventIds: results?.hits.filter((h) => h.kind === 'event').map((h) => h.id) ?? [] });
  }, [results, dispatch]);

  return { results: query.trim() ? results : undefined, status };
}
