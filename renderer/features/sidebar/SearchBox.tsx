import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/ipc';
import { useApp } from '../../state/app-context';

/** The search box; results replace nothing, they show under the box until it is cleared. */
export function SearchBox() {
  const { call, open, report, state } = useApp();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | undefined>();

  useEffect(() => {
    if (!query.trim()) return setHits(undefined);
    let stale = false;
    const t = setTimeout(() => {
      call('search.query', { query, limit: 50 }).then(
        (r) => !stale && setHits(r),
        (err: unknown) => !stale && report(err),
      );
    }, 150);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [query, call, report, state.revision]);

  return (
    <div className="search">
      <input id="sidebar-search" type="search" aria-label="Search" placeholder="Search notes, sources, events" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setQuery('')} />
      {hits && (
        <ul className="search-results" aria-label="Search results">
          {hits.length === 0 && <li className="muted">No results.</li>}
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" className="item" onClick={() => open(h.kind, h.id)}>
                <span className="title" dir="auto">
                  <span className="kind">{h.kind}</span> {h.title}
                </span>
                <span className="meta" dir="auto">{h.snippet}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
