import type { Position } from './antimeridian';

/**
 * Compact, deterministic GeoJSON text: coordinates rounded to 3 decimals (about 100 m, finer than
 * world-atlas's own 1:10m quantisation of 0.0036° × 0.0017°), repeated points dropped, one feature
 * per line so a regenerated file diffs readably.
 */
export const DECIMALS = 3;
const SCALE = 10 ** DECIMALS;

export const round = (x: number): number => Math.round(x * SCALE) / SCALE;

export function roundPath(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const [lng, lat] of points) {
    const p: Position = [round(lng), round(lat)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] };

export interface Feature {
  type: 'Feature';
  properties: Record<string, string | number | boolean>;
  geometry: Geometry;
}

export const feature = (geometry: Geometry, properties: Feature['properties'] = {}): Feature => ({ type: 'Feature', properties, geometry });

/** A FeatureCollection, one feature per line, with a comment-like `note` member saying where it came from. */
export function collectionText(note: string, features: readonly Feature[]): string {
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","note":${JSON.stringify(note)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
