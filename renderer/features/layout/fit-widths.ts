/** The side panes' widths in px: sidebar, linked items, map. */
export interface Widths {
  sidebar: number;
  linked: number;
  map: number;
}
export type PaneName = keyof Widths;

export const PANES: readonly PaneName[] = ['sidebar', 'linked', 'map'];
export const DEFAULT_WIDTHS: Widths = { sidebar: 280, linked: 300, map: 360 };
export const PANE_MIN = 200;
export const PANE_MAX: Widths = { sidebar: 520, linked: 560, map: 900 };
/** The editor never gets narrower than this, so it stays usable whatever the side panes ask for. */
export const MAIN_MIN = 320;
/** Three 6 px dividers. */
export const GUTTERS = 18;

const sum = (w: Widths) => w.sidebar + w.linked + w.map;

/**
 * The widths to show in a window `viewport` px wide: the remembered ones when they fit beside the
 * editor's minimum, else each pane shrunk in proportion to what it has above its own minimum, so
 * no pane is pushed out of the window. The remembered widths are kept, and come back when the
 * window grows again. Below the panes' minimums nothing can fit and the minimums are shown.
 */
export function fitWidths(w: Widths, viewport: number): Widths {
  const room = viewport - GUTTERS - MAIN_MIN;
  const excess = sum(w) - room;
  if (excess <= 0) return w;
  const slack = PANES.reduce((n, k) => n + Math.max(0, w[k] - PANE_MIN), 0);
  if (slack <= 0) return w;
  const f = Math.min(1, excess / slack);
  const fitted = { ...w };
  for (const k of PANES) fitted[k] = Math.floor(w[k] - Math.max(0, w[k] - PANE_MIN) * f);
  return fitted;
}

/** How wide pane `k` may grow now: its own maximum, or what the editor can spare, whichever is less. */
export function paneMax(shown: Widths, k: PaneName, viewport: number): number {
  const spare = Math.max(0, viewport - GUTTERS - MAIN_MIN - sum(shown));
  return Math.max(PANE_MIN, Math.min(PANE_MAX[k], shown[k] + spare));
}
