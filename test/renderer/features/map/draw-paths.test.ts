import { describe, expect, it } from 'vitest';
import { tracePaths, type Viewport } from '../../../../renderer/features/map/draw-paths';
import { projectLabels, projectPaths, projectX, projectY } from '../../../../renderer/features/map/projection';

/** Records the drawing calls instead of drawing. */
const recorder = () => {
  const calls: Array<[string, number, number]> = [];
  return { calls, moveTo: (x: number, y: number) => calls.push(['M', x, y]), lineTo: (x: number, y: number) => calls.push(['L', x, y]) };
};

const view = (zoom: number, minX = 0, minY = 0, maxX = 256, maxY = 256): Viewport => ({ scale: 2 ** zoom, originX: 0, originY: 0, minX, minY, maxX, maxY });

describe('projection', () => {
  it('is Leaflet’s Web Mercator at zoom 0', () => {
    expect(projectX(-180)).toBe(0);
    expect(projectX(180)).toBe(256);
    expect(projectY(0)).toBeCloseTo(128, 10);
    expect(projectY(90)).toBeCloseTo(0, 6); // clamped to 85.05°
    expect(projectY(-90)).toBeCloseTo(256, 6);
  });

  it('packs lines and rings into one buffer with a box each; labels keep their zoom', () => {
    const set = projectPaths({
      features: [
        { geometry: { type: 'LineString', coordinates: [[0, 0], [10, 0]] }, properties: {} },
        { geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: {} },
        { geometry: { type: 'Point', coordinates: [0, 0] }, properties: {} },
      ],
    });
    expect(set.count).toBe(2);
    expect([...set.starts]).toEqual([0, 2, 6]);
    expect(set.boxes[2]).toBeCloseTo(projectX(10));
    const labels = projectLabels({ features: [{ geometry: { type: 'Point', coordinates: [69.17, 34.53] }, properties: { name: 'Kabul', minZoom: 4, capital: true } }] }, 'place');
    expect(labels).toEqual([{ x: projectX(69.17), y: projectY(34.53), text: 'Kabul', minZoom: 4, kind: 'capital' }]);
  });
});

describe('tracePaths', () => {
  const line = projectPaths({ features: [{ geometry: { type: 'LineString', coordinates: Array.from({ length: 101 }, (_, i) => [i * 0.01, 0]) }, properties: {} }] });

  it('skips points within a pixel of the last one drawn, keeping the ends', () => {
    const few = recorder();
    tracePaths(few, line, view(0), false);
    expect(few.calls).toHaveLength(2); // 1° at zoom 0 is 0.7 px: only the ends
    const some = recorder();
    tracePaths(some, line, view(2), false);
    expect(some.calls.length).toBeLessThan(6); // 2.8 px: a point every ¾ pixel
    const many = recorder();
    tracePaths(many, line, view(14), false);
    expect(many.calls).toHaveLength(101); // 0.01° at zoom 14 is ~116 px: every point
  });

  it('culls paths outside the view, and rings smaller than a pixel', () => {
    const out = recorder();
    tracePaths(out, line, view(5, 200, 0, 256, 256), false);
    expect(out.calls).toHaveLength(0);
    const islet = projectPaths({ features: [{ geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]]] }, properties: {} }] });
    const tiny = recorder();
    tracePaths(tiny, islet, view(3), true);
    expect(tiny.calls).toHaveLength(0);
  });
});
