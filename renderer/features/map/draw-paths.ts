import type { Label, PathSet } from './projection';

/** The visible part of the world at zoom 0, and how to turn zoom-0 coordinates into canvas pixels. */
export interface Viewport {
  scale: number;
  originX: number;
  originY: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Points closer than this (pixels) to the last one drawn are skipped: the zoom's own simplification. */
const TOLERANCE_PX = 0.75;

/**
 * Adds the paths that cross the viewport to the current canvas path, skipping points that would
 * land within a pixel of the previous one and paths smaller than a pixel. At zoom 3 this draws
 * ~25,000 of the land's 409,000 points; at zoom 10 it never looks at most paths.
 */
export function tracePaths(ctx: Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo'>, set: PathSet, v: Viewport, closed: boolean): number {
  const { coords, starts, boxes } = set;
  const minSize = 1 / v.scale;
  let drawn = 0;
  for (let i = 0; i < set.count; i++) {
    const b = i * 4;
    if (boxes[b]! > v.maxX || boxes[b + 2]! < v.minX || boxes[b + 1]! > v.maxY || boxes[b + 3]! < v.minY) continue;
    if (closed && boxes[b + 2]! - boxes[b]! < minSize && boxes[b + 3]! - boxes[b + 1]! < minSize) continue;
    const first = starts[i]!;
    const last = starts[i + 1]! - 1;
    let px = coords[first * 2]! * v.scale - v.originX;
    let py = coords[first * 2 + 1]! * v.scale - v.originY;
    ctx.moveTo(px, py);
    drawn++;
    for (let j = first + 1; j <= last; j++) {
      const x = coords[j * 2]! * v.scale - v.originX;
      const y = coords[j * 2 + 1]! * v.scale - v.originY;
      if (j !== last && Math.abs(x - px) + Math.abs(y - py) < TOLERANCE_PX) continue;
      ctx.lineTo(x, y);
      px = x;
      py = y;
      drawn++;
    }
  }
  return drawn;
}

export interface LabelStyle {
  font: string;
  colour: string;
  dot: boolean;
  /** The halo under the text; pale by default. */
  halo?: string;
}

/**
 * Draws the labels due at this zoom, in priority order, skipping any that would overlap one
 * already drawn, with a pale halo so they read over borders and rivers.
 */
export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly Label[], v: Viewport, zoom: number, styleOf: (l: Label) => LabelStyle): void {
  const taken: Array<[number, number, number, number]> = [];
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    if (l.minZoom > zoom || l.x < v.minX || l.x > v.maxX || l.y < v.minY || l.y > v.maxY) continue;
    const s = styleOf(l);
    ctx.font = s.font;
    const x = l.x * v.scale - v.originX;
    const y = l.y * v.scale - v.originY;
    const width = ctx.measureText(l.text).width;
    const tx = s.dot ? x + 5 : x - width / 2;
    const box: [number, number, number, number] = [tx - 2, y - 8, tx + width + 2, y + 8];
    if (taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) continue;
    taken.push(box);
    if (s.dot) {
      ctx.fillStyle = s.colour;
      ctx.fillRect(x - 2, y - 2, 4, 4);
    }
    ctx.strokeStyle = s.halo ?? 'rgba(255,255,255,0.85)';
    ctx.lineWidth = 3;
    ctx.strokeText(l.text, tx, y);
    ctx.fillStyle = s.colour;
    ctx.fillText(l.text, tx, y);
  }
}
