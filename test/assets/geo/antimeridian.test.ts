import { describe, expect, it } from 'vitest';
import { joinAtAntimeridian, shiftPastDateline, unwrapLine, unwrapPath, unwrapRing, type Position } from '../../../assets/geo/build/antimeridian';

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

  it('moves a path lying wholly west of −160° past 180° (Russia east of the dateline), and no other', () => {
    const bigDiomede: Position[] = [[-169.09, 65.82], [-168.99, 65.82], [-169.05, 65.76], [-169.09, 65.82]];
    expect(shiftPastDateline(bigDiomede)).toEqual([[190.91, 65.82], [191.01, 65.82], [190.95, 65.76], [190.91, 65.82]]);
    const acrossTheLimit: Position[] = [[-161, 60], [-159, 60]];
    expect(shiftPastDateline(acrossTheLimit)).toEqual(acrossTheLimit);
    expect(shiftPastDateline([])).toEqual([]);
  });

  it('joins two polygons cut at 180° into one, so no coastline is drawn along the cut', () => {
    // Russia ending at 180° (its cut run southwards) and the east of Chukotka past it (run northwards).
    const west: Position[] = [[170, 64], [180, 69], [180, 67], [180, 65], [170, 64]];
    const east: Position[] = [[180, 65], [180, 69], [190, 66], [180, 65]];
    const hole: Position[] = [[172, 66], [173, 66], [173, 67], [172, 66]];
    const [joined, ...rest] = joinAtAntimeridian([[west, hole], [east]]);
    expect(rest).toEqual([]);
    expect(joined).toEqual([[[180, 65], [170, 64], [180, 69], [190, 66], [180, 65]], hole]);
    // The same cut from the other side of the world (−180°) is moved to meet it: Fiji.
    const eastAtMinus180: Position[] = east.map(([lng, lat]) => [lng - 360, lat]);
    expect(joinAtAntimeridian([[west], [eastAtMinus180]])).toEqual([[joined![0]]]);
  });

  it('leaves polygons alone whose cuts do not meet: other latitudes, the same direction, or several cuts', () => {
    const west: Position[] = [[170, 64], [180, 69], [180, 65], [170, 64]];
    const elsewhere: Position[] = [[180, 60], [180, 62], [190, 61], [180, 60]];
    const sameWay: Position[] = [[180, 69], [180, 65], [190, 66], [180, 69]];
    for (const other of [elsewhere, sameWay]) expect(joinAtAntimeridian([[west], [other]])).toEqual([[west], [other]]);
    // A ring round the pole has two (one each side): not a cut to join.
    const antarctica: Position[] = [[-180, -84], [0, -70], [180, -84], [180, -90], [-180, -90], [-180, -84]];
    const piece: Position[] = [[-180, -90], [-180, -84], [-185, -86], [-180, -90]];
    expect(joinAtAntimeridian([[antarctica], [piece]])).toEqual([[antarctica], [piece]]);
  });
});
