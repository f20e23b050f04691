import { useMemo } from 'react';
import type { SearchHit } from '../../../shared/ipc';
import { useApp } from '../../state/app-context';
import type { HitGroup } from './group-hits';
import { Highlighted } from './Highlighted';

export const optionId = (listId: string, h: SearchHit): string => `${listId}-${h.kind}-${h.id}`;

/**
 * Results grouped by kind, each with its count; the active row (arrow keys in the search box) is
 * marked for assistive technology through aria-activedescendant, so focus stays in the box.
 */
export function SearchResultsList({ listId, groups, active, warnings }: { listId: string; groups: HitGroup[]; active: SearchHit | undefined; warnings: string[] }) {
  const { open, state } = useApp();
  const sources = useMemo(() => new Map(state.sources.map((s) => [s.id, s])), [state.sources]);
  const events = useMemo(() => new Map(state.events.map((e) => [e.id, e])), [state.events]);

  const meta = (h: SearchHit): string | undefined => {
    if (h.kind === 'source') {
      const s = sources.get(h.id);
      return s && `${s.reliability}${s.credibility}${s.publishedAt ? ` · ${s.publishedAt.slice(0, 10)}` : ''}${s.outlet ? ` · ${s.outlet}` : ''}`;
    }
    if (h.kind === 'event') {
      const e = events.get(h.id);
      return e && `${e.date} · ${e.location.name}`;
    }
    return undefined;
  };

  return (
    <div className="search-output">
      {warnings.map((w) => (
        <p key={w} className="search-warning">
          {w}
        </p>
      ))}
      {groups.length === 0 ? (
        <p className="muted search-empty">No results.</p>
      ) : (
        <div className="search-results" role="listbox" id={listId} aria-label="Search results">
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-labelledby={`${listId}-${g.kind}`}>
              <div className="search-group-heading" id={`${listId}-${g.kind}`}>
                {g.label} <span className="count">{g.count.toLocaleString('en-US')}</span>
              </div>
              {g.hits.map((h) => {
                const isActive = active?.id === h.id && active.kind === h.kind;
                const m = meta(h);
                return (
                  <div
                    key={h.id}
                    id={optionId(listId, h)}
                    role="option"
                    aria-selected={isActive}
                    className={`search-hit${isActive ? ' active' : ''}`}
                    // Keep focus in the search box, so the arrow keys go on working after a click.
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => open(h.kind, h.id)}
                  >
                    <span className="title" dir="auto">
                      <Highlighted text={h.title} ranges={h.titleHighlights} />
                    </span>
                    {m && <span className="meta">{m}</span>}
                    {h.snippet && (
                      <span className="snippet" dir="auto">
                        <Highlighted text={h.snippet} ranges={h.highlights} />
                      </span>
                    )}
                  </div>
                );
              })}
              {g.count > g.hits.length && (
                <div className="search-more muted">
                  {(g.count - g.hits.length).toLocaleString('en-US')} more: add type:{g.kind} or more words to narrow
                </div>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
