import type { ReactNode } from 'react';
import { Splitter } from '../../ui/Splitter';
import { useStoredState } from '../../ui/use-stored-state';

interface Widths {
  sidebar: number;
  linked: number;
  map: number;
}
const DEFAULT: Widths = { sidebar: 280, linked: 300, map: 360 };
const isWidths = (v: unknown): v is Widths =>
  typeof v === 'object' && v !== null && ['sidebar', 'linked', 'map'].every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

/** Sidebar | main pane | linked items | map, with resizable panes whose widths are remembered. */
export function Layout({ sidebar, main, linked, map }: { sidebar: ReactNode; main: ReactNode; linked: ReactNode; map: ReactNode }) {
  const [w, setW] = useStoredState<Widths>('frontier.layout.v1', DEFAULT, isWidths);
  return (
    <div className="layout" style={{ gridTemplateColumns: `${w.sidebar}px 6px minmax(320px, 1fr) 6px ${w.linked}px 6px ${w.map}px` }}>
      <nav className="pane sidebar" aria-label="Sidebar">
        {sidebar}
      </nav>
      <Splitter label="Resize sidebar" value={w.sidebar} min={200} max={520} direction={1} onChange={(v) => setW({ ...w, sidebar: v })} />
      <main className="pane main" aria-label="Editor">
        {main}
      </main>
      <Splitter label="Resize linked items" value={w.linked} min={200} max={560} direction={-1} onChange={(v) => setW({ ...w, linked: v })} />
      <aside className="pane linked" aria-label="Linked items">
        {linked}
      </aside>
      <Splitter label="Resize map" value={w.map} min={200} max={900} direction={-1} onChange={(v) => setW({ ...w, map: v })} />
      <section className="pane map" aria-label="Map">
        {map}
      </section>
    </div>
  );
}
