import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useApp } from '../../state/app-context';
import { groupHits, moveActive, visibleOrder } from './group-hits';
import { IndexingStatus } from './IndexingStatus';
import { SearchHelp } from './SearchHelp';
import { SearchResultsList, optionId } from './SearchResultsList';
import { useSearch } from './use-search';
import './search.css';

/**
 * The sidebar's search box: type a query (the "?" button lists the operators), results appear
 * below grouped by kind; ↓/↑ choose one, Enter opens it (the first when none is chosen), Escape
 * clears the box.
 */
export function SearchBox() {
  const { open } = useApp();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const { results, status } = useSearch(query);
  const groups = useMemo(() => (results ? groupHits(results) : []), [results]);
  const order = useMemo(() => visibleOrder(groups), [groups]);
  const listId = useId();
  const helpId = useId();

  useEffect(() => setActive(-1), [results]);
  const activeHit = order[active];
  useEffect(() => {
    if (activeHit) document.getElementById(optionId(listId, activeHit))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeHit, listId]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (order.length === 0) return;
      e.preventDefault();
      setActive(moveActive(active, order.length, e.key));
    } else if (e.key === 'Enter') {
      const hit = activeHit ?? order[0];
      if (!hit) return;
      e.preventDefault();
      open(hit.kind, hit.id);
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <div className="search">
      <div className="search-row">
        <input
          id="sidebar-search"
          type="search"
          aria-label="Search"
          placeholder="Notes, sources, events…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          aria-controls={results && groups.length > 0 ? listId : undefined}
          aria-activedescendant={activeHit ? optionId(listId, activeHit) : undefined}
        />
        <button type="button" className="search-help-toggle" aria-label="Search syntax" title="Search syntax" aria-expanded={helpOpen} aria-controls={helpId} onClick={() => setHelpOpen(!helpOpen)}>
          ?
        </button>
      </div>
      {helpOpen && <SearchHelp id={helpId} />}
      <IndexingStatus status={status} />
      {results && <SearchResultsList listId={listId} groups={groups} active={activeHit} warnings={results.warnings} />}
    </div>
  );
}
