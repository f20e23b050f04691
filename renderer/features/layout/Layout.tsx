import { useSyncExternalStore, type ReactNode } from 'react';
import { Splitter } from '../../ui/Splitter';
import { useStoredState } from '../../ui/use-stored-state';
import { DEFAULT_WIDTHS, fitWidths, PANE_MIN, paneMax, type PaneName, type Widths } from './fit-widths';

const isWidths = (v: unknown): v is Widths =>
  typeof v === 'object' && v !== null && ['sidebar', 'linked', 'map'].every((k) => typeof (v as Record<string, unknown>)[k] === 'number');

const subscribeResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const viewportWidth = () => document.documentElement.clientWidth;

/**
 * Sidebar | main pane | linked items | map, with resizable panes whose widths are remembered. The
 * panes shown are fitted to the window (fit-widths.ts), so a narrow window, or widths remembered
 * from a wide one, never push a pane out of sight.
 */
export function Layout({ sidebar, main, linked, map }: { sidebar: ReactNode; main: ReactNode; linked: ReactNode; map: ReactNode }) {
  const [w, setW] = useStoredState<Widths>('frontier.layout.v1', DEFAULT_WIDTHS, isWidths);
  const viewport = useSyncExternalStore(subscribeResize, viewportWidth);
  const shown = fitWidths(w, viewport);
  const splitter = (k: PaneName, label: string, direction: 1 | -1) => (
    <Splitter label={label} value={shown[k]} min={PANE_MIN} max={paneMax(shown, k, viewport)} direction={direction} onChange={(v) => setW({ ...shown, [k]: v })} />
  );
  return (
    <div className="layout" style={{ gridTemplateColumns: `${shown.sidebar}px 6px minmax(320px, 1fr) 6px ${shown.linked}px 6px ${shown.map}px` }}>
      <nav className="pane sidebar" aria-label="Sidebar">
        {sidebar}
      </nav>
      {splitter('sidebar', 'Resize sidebar', 1)}
      <main className="pane main" aria-label="Editor">
        {main}
      </main>
      {splitter('linked', 'Resize linked items', -1)}
      <aside className="pane linked" aria-label="Linked items">
        {linked}
      </aside>
      {splitter('map', 'Resize map', -1)}
      <section className="pane map" aria-label="Map">
        {map}
      </section>
    </div>
  );
}
