import { describe, expect, it } from 'vitest';
import { unwrapLine, unwrapPath, unwrapRing, type Position } from '../../../assets/geo/build/antimeridian';

/** The longest step in longitude, except along a pole (where a polar ring is closed on purpose). */
const maxStep = (points: Position[]) => Math.max(...points.slice(1).map((p, i) => (Math.abs(p[1]) === 90 && Math.abs(points[i]![1]) === 90 ? 0 : Math.abs(p[0] - points[i]![0]))));

describe('antimeridian unwrapping', () => {
  it('leaves a line that does not cross 180° alone', () => {
    const line: Position[] = [[67.8, 37.2], [68.8, 37.2], [69.1, 37.3]];
    expect(unwrapLine(line)).toEqual(line);
    expect(unwrapPath(line)).toEqual(line);
  });

  it('continues a ring across 180° (Chukotka) instead of jumping back to -180', () => {
    const chukotka: Position[] = [[160, 65], [179.9, 65.1], [-179.5, 65.3], [-170, 66], [-179.8, 68], [175, 67], [160, 65]];
    const out = unwrapRing(chukotka);
    expect(maxStep(out)).toBeLessThan(180);
    expect(out[2]).toEqual([180.5, 65.3]);
    expect(out[3]).toEqual([190, 66]);
    expect(out.at(-1)).toEqual([160, 65]);
  });

  it('moves a ring that starts west of 180° so most of it lies in [-180, 180] (Fiji from its eastern end)', () => {
    const fiji: Position[] = [[-179.9, -16.5], [179.8, -16.6], [179.5, -16.9], [-179.9, -16.5]];
    const out = unwrapRing(fiji);
    expect(maxStep(out)).toBeLessThan(180);
    const mid = (Math.min(...out.map((p) => p[0])) + Math.max(...out.map((p) => p[0]))) / 2;
    expect(Math.abs(mid)).toBeLessThanOrEqual(180);
  });

  it('closes a ring that winds round the South Pole along the pole (Antarctica), without a stripe', () => {
    const antarctica: Position[] = [[-180, -84.3], [-90, -75], [0, -70], [90, -66], [179.7, -84.3], [-180, -84.35]];
    const out = unwrapRing(antarctica);
    expect(maxStep(out)).toBeLessThan(180);
    expect(out.slice(-3)).toEqual([[180, -90], [-180, -90], [-180, -84.3]]);
  });
});
