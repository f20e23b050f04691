import { useId, useMemo, useState } from 'react';

export interface PickItem {
  id: string;
  label: string;
  /** A short badge before the label (a source's grade). */
  badge?: string;
  /** Shown on hover: what the badge means. */
  hint?: string;
}

/** Choose any number of items from a long list: checkboxes, the chosen ones first, with a filter. */
export function LinkPicker({ legend, items, selected, onChange, empty }: { legend: string; items: PickItem[]; selected: string[]; onChange(ids: string[]): void; empty: string }) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const chosen = useMemo(() => new Set(selected), [selected]);
  const known = new Set(items.map((i) => i.id));
  const missing: PickItem[] = selected.filter((id) => !known.has(id)).map((id) => ({ id, label: `Missing item ${id}` }));
  const needle = filter.trim().toLowerCase();
  const shown = [...missing, ...items.filter((i) => chosen.has(i.id)), ...items.filter((i) => !chosen.has(i.id) && (!needle || `${i.badge ?? ''} ${i.label}`.toLowerCase().includes(needle)))];
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset className="event-picker">
      <legend>{legend}</legend>
      <span className="event-picker-count muted">{selected.length} chosen</span>
      {items.length > 6 && (
        <input id={filterId} type="search" className="event-picker-filter" aria-label={`Filter ${legend.toLowerCase()}`} placeholder="Filter…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      )}
      {shown.length === 0 ? (
        <p className="muted">{items.length === 0 ? empty : 'Nothing matches.'}</p>
      ) : (
        <ul className="event-picker-list">
          {shown.map((item) => (
            <li key={item.id}>
              <label title={item.hint}>
                <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                {item.badge && <span className="grade">{item.badge}</span>}
                <span className="event-picker-label" dir="auto">
                  {item.label}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
