import { useState } from 'react';

export interface ListItem {
  id: string;
  title: string;
  meta?: string;
}

/** One collapsible section of the sidebar: a named list of buttons that open items. */
export function ItemList({ label, items, selectedId, onOpen, empty }: { label: string; items: ListItem[]; selectedId: string | undefined; onOpen(id: string): void; empty: string }) {
  const [collapsed, setCollapsed] = useState(false);
  const headingId = `list-${label.toLowerCase()}`;
  return (
    <section className="item-list">
      <h2 id={headingId}>
        <button type="button" className="section-toggle" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {label} <span className="count">{items.length}</span>
        </button>
      </h2>
      {!collapsed &&
        (items.length === 0 ? (
          <p className="muted">{empty}</p>
        ) : (
          <ul aria-labelledby={headingId}>
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" className={`item${item.id === selectedId ? ' selected' : ''}`} aria-current={item.id === selectedId ? 'true' : undefined} onClick={() => onOpen(item.id)}>
                  <span className="title" dir="auto">{item.title}</span>
                  {item.meta && <span className="meta">{item.meta}</span>}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
