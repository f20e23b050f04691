import { useEffect, useRef, useState } from 'react';

export interface ListItem {
  id: string;
  title: string;
  meta?: string;
}

/**
 * Rows rendered at first, and added each time the end of the list scrolls into view: 20,000
 * events as buttons took seconds to render and kept every later render slow.
 */
export const PAGE = 1000;

/**
 * One collapsible section of the sidebar: a named list of buttons that open items. Long lists grow
 * a page at a time as they are scrolled (or with "Show more"); the open item is always rendered.
 */
export function ItemList({ label, items, selectedId, onOpen, empty }: { label: string; items: ListItem[]; selectedId: string | undefined; onOpen(id: string): void; empty: string }) {
  const [collapsed, setCollapsed] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const sentinel = useRef<HTMLLIElement>(null);
  const headingId = `list-${label.toLowerCase()}`;
  const selectedAt = selectedId === undefined ? -1 : items.findIndex((i) => i.id === selectedId);
  const shown = Math.min(items.length, Math.max(limit, selectedAt + 1));
  const more = items.length - shown;
  const hasMore = more > 0;

  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + PAGE);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasMore, collapsed]);

  return (
    <section className="item-list">
      <h2 id={headingId}>
        <button type="button" className="section-toggle" aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
          {label} <span className="count">{items.length.toLocaleString('en-US')}</span>
        </button>
      </h2>
      {!collapsed &&
        (items.length === 0 ? (
          <p className="muted">{empty}</p>
        ) : (
          <ul aria-labelledby={headingId}>
            {items.slice(0, shown).map((item) => (
              <li key={item.id}>
                <button type="button" className={`item${item.id === selectedId ? ' selected' : ''}`} aria-current={item.id === selectedId ? 'true' : undefined} onClick={() => onOpen(item.id)}>
                  <span className="title" dir="auto">{item.title}</span>
                  {item.meta && <span className="meta">{item.meta}</span>}
                </button>
              </li>
            ))}
            {more > 0 && (
              <li ref={sentinel} className="item-list-more">
                <button type="button" className="link-button" onClick={() => setLimit(shown + PAGE)}>
                  Show {Math.min(more, PAGE).toLocaleString('en-US')} more of {more.toLocaleString('en-US')}
                </button>
              </li>
            )}
          </ul>
        ))}
    </section>
  );
}
