import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDTHS, fitWidths, GUTTERS, MAIN_MIN, PANE_MIN, paneMax } from '../../../../renderer/features/layout/fit-widths';

const total = (w: { sidebar: number; linked: number; map: number }) => w.sidebar + w.linked + w.map;

describe('fitting the side panes to the window', () => {
  it('keeps the remembered widths when they fit beside the editor', () => {
    expect(fitWidths(DEFAULT_WIDTHS, 1400)).toEqual(DEFAULT_WIDTHS);
    const wide = { sidebar: 520, linked: 560, map: 900 };
    expect(fitWidths(wide, 2400)).toEqual(wide);
  });

  it('shrinks every pane in proportion to its room above the minimum, so the editor keeps its minimum', () => {
    const wide = { sidebar: 520, linked: 560, map: 900 };
    const shown = fitWidths(wide, 1400);
    expect(total(shown) + GUTTERS + MAIN_MIN).toBeLessThanOrEqual(1400);
    expect(total(shown) + GUTTERS + MAIN_MIN).toBeGreaterThan(1397);
    for (const k of ['sidebar', 'linked', 'map'] as const) expect(shown[k]).toBeGreaterThanOrEqual(PANE_MIN);
    // The widest pane gives up the most.
    expect(900 - shown.map).toBeGreaterThan(520 - shown.sidebar);
    expect(shown.map).toBeGreaterThan(shown.sidebar);
  });

  it('goes no lower than the panes’ minimums in a window too narrow for them all', () => {
    expect(fitWidths({ sidebar: 400, linked: 400, map: 400 }, 700)).toEqual({ sidebar: PANE_MIN, linked: PANE_MIN, map: PANE_MIN });
  });

  it('lets a pane grow only into what the editor can spare', () => {
    expect(paneMax(DEFAULT_WIDTHS, 'sidebar', 1400)).toBe(1400 - GUTTERS - MAIN_MIN - 300 - 360);
    expect(paneMax(DEFAULT_WIDTHS, 'sidebar', 2400)).toBe(520);
    expect(paneMax({ sidebar: 200, linked: 200, map: 200 }, 'map', 700)).toBe(PANE_MIN);
  });
});
