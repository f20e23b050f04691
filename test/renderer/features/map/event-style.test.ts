import { describe, expect, it } from 'vitest';
import { ACLED_EVENT_TYPES } from '../../../../shared/geo/acled';
import { LEGEND, PRECISION_RADIUS_M, TYPE_COLOURS, abbreviateCount, colourOf, describePrecision, typeSlices } from '../../../../renderer/features/map/event-style';

describe('event colours and legend', () => {
  it('gives each ACLED type its own colour, in ACLED’s order in the legend', () => {
    expect(LEGEND.map((l) => l.type)).toEqual(ACLED_EVENT_TYPES);
    expect(new Set(Object.values(TYPE_COLOURS)).size).toBe(ACLED_EVENT_TYPES.length);
    for (const { type, colour } of LEGEND) expect(colourOf(type)).toBe(colour);
    expect(colourOf('Battles')).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('sizes the uncertainty circle by place precision', () => {
    expect(PRECISION_RADIUS_M.exact).toBe(0);
    expect(PRECISION_RADIUS_M.near).toBeLessThan(PRECISION_RADIUS_M['admin-region']);
    expect(PRECISION_RADIUS_M['admin-region']).toBeLessThan(PRECISION_RADIUS_M.country);
    expect(describePrecision('near')).toBe('Town or outskirts (within 5 km)');
    expect(describePrecision('exact')).toBe('Exact spot');
  });

  it('draws a cluster’s type mix as slices in proportion, in the legend’s colours', () => {
    expect(typeSlices([1, 0, 0, 3, 0, 0])).toEqual([
      { colour: TYPE_COLOURS.Battles, from: 0, to: Math.PI / 2 },
      { colour: TYPE_COLOURS.Protests, from: Math.PI / 2, to: 2 * Math.PI },
    ]);
    expect(typeSlices([0, 0, 0, 0, 0, 0])).toEqual([]);
  });

  it('abbreviates large counts to fit a disc', () => {
    expect([abbreviateCount(7), abbreviateCount(999), abbreviateCount(1234), abbreviateCount(20_000)]).toEqual(['7', '999', '1.2k', '20k']);
  });
});
