/**
 * Web Mercator as Leaflet's default CRS (EPSG:3857) computes it, at zoom 0 where the world is 256
 * pixels wide: multiply by 2^zoom and subtract the map's pixel origin to get a layer point.
 * Projecting the basemap once, into typed arrays, is what keeps zooming cheap: Leaflet's own
 * polygons re-project every one of the 10m data's 480,000 points (as objects) at every zoom.
 */
const MAX_LATITUDE = 85.0511287798;
const WORLD = 256;

export const projectX = (lng: number): number => (WORLD * (lng + 180)) / 360;

export function projectY(lat: number): number {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return WORLD * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
}

/** Many paths (rings or lines) in one buffer: path i is points starts[i] … starts[i+1]-1. */
export interface PathSet {
  /** x, y pairs at zoom 0. */
  coords: Float64Array;
  starts: Uint32Array;
  /** minX, minY, maxX, maxY per path, for culling. */
  boxes: Float64Array;
  count: number;
}

type Position = readonly number[];
type Geometry =
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }
  | { type: 'Point'; coordinates: Position };

export interface FeatureCollection<P = Record<string, unknown>> {
  features: Array<{ geometry: Geometry | null; properties: P }>;
}

/** Every line and ring of the collection, projected; points are ignored. */
export function projectPaths(fc: FeatureCollection): PathSet {
  const lines: Position[][] = [];
  for (const { geometry: g } of fc.features) {
    if (!g) continue;
    if (g.type === 'LineString') lines.push(g.coordinates);
    else if (g.type === 'MultiLineString' || g.type === 'Polygon') lines.push(...g.coordinates);
    else if (g.type === 'MultiPolygon') for (const p of g.coordinates) lines.push(...p);
  }
  const total = lines.reduce((n, l) => n + l.length, 0);
  const coords = new Float64Array(total * 2);
  const starts = new Uint32Array(lines.length + 1);
  const boxes = new Float64Array(lines.length * 4);
  let k = 0;
  lines.forEach((line, i) => {
    starts[i] = k / 2;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const p of line) {
      const x = projectX(p[0]!);
      const y = projectY(p[1]!);
      coords[k++] = x;
      coords[k++] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    boxes.set([minX, minY, maxX, maxY], i * 4);
  });
  starts[lines.length] = k / 2;
  return { coords, starts, boxes, count: lines.length };
}

/** A labelled point, projected. */
export interface Label {
  x: number;
  y: number;
  text: string;
  minZoom: number;
  kind: 'country' | 'place' | 'capital';
}

export function projectLabels(fc: FeatureCollection<{ name?: unknown; minZoom?: unknown; capital?: unknown }>, kind: 'country' | 'place'): Label[] {
  const out: Label[] = [];
  for (const { geometry: g, properties: p } of fc.features) {
    if (g?.type !== 'Point' || typeof p.name !== 'string' || !p.name) continue;
    out.push({ x: projectX(g.coordinates[0]!), y: projectY(g.coordinates[1]!), text: p.name, minZoom: Number(p.minZoom) || 0, kind: kind === 'place' && p.capital === true ? 'capital' : kind });
  }
  return out;
}
