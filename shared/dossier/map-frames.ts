import type { MapFrame } from '../model';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/**
 * The region presets (ARCHITECTURE §5) as print frames. The border frame runs along the Panj and
 * Amu Darya from Termez to the Wakhan, with Dushanbe and Kunduz inside it.
 */
export const FRAME_BOXES: Readonly<Record<Exclude<MapFrame, 'events'>, BBox>> = {
  kabul: [68.8, 34.3, 69.5, 34.8],
  'tajik-afghan-border': [66.6, 36.2, 75.3, 39.0],
  moscow: [36.9, 55.45, 38.35, 56.05],
};

/** Reference places drawn for orientation when they fall inside the frame (the basemap has no towns). */
export const REFERENCE_PLACES: ReadonlyArray<{ name: string; lat: number; lng: number }> = [
  { name: 'Kabul', lat: 34.5553, lng: 69.2075 },
  { name: 'Kunduz', lat: 36.7286, lng: 68.8681 },
  { name: 'Mazar-i-Sharif', lat: 36.709, lng: 67.1109 },
  { name: 'Fayzabad', lat: 37.1166, lng: 70.58 },
  { name: 'Jalalabad', lat: 34.4342, lng: 70.4478 },
  { name: 'Dushanbe', lat: 38.5598, lng: 68.787 },
  { name: 'Khorugh', lat: 37.4897, lng: 71.5531 },
  { name: 'Kulob', lat: 37.9146, lng: 69.7845 },
  { name: 'Termez', lat: 37.2242, lng: 67.2783 },
  { name: 'Tashkent', lat: 41.2995, lng: 69.2401 },
  { name: 'Islamabad', lat: 33.6844, lng: 73.0479 },
  { name: 'Moscow', lat: 55.7558, lng: 37.6173 },
];

/** Smallest span a frame on events gets, so one event or a tight cluster still shows its surroundings. */
const MIN_SPAN_DEG = 1.2;
const PAD = 0.12;

type Point = { lat: number; lng: number };

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The points without far outliers: one event in Moscow would otherwise frame a border dossier on
 * half a continent and shrink the rest to a smudge. A point is an outlier when it lies more than
 * four times the median distance from the median centre (and more than 2.5°); the caption then
 * counts it as outside the frame. Fewer than five points are all kept.
 */
export function withoutOutliers<T extends Point>(points: readonly T[]): T[] {
  if (points.length < 5) return [...points];
  const lat0 = median(points.map((p) => p.lat));
  const lng0 = median(points.map((p) => p.lng));
  const k = Math.cos((lat0 * Math.PI) / 180);
  const dist = (p: Point) => Math.hypot(p.lat - lat0, (p.lng - lng0) * k);
  const limit = Math.max(4 * median(points.map(dist)), 2.5);
  return points.filter((p) => dist(p) <= limit);
}

/** The frame around a set of points: the bounding box of all but far outliers, padded, at least MIN_SPAN_DEG across. */
export function frameAround(all: readonly Point[]): BBox | undefined {
  const points = withoutOutliers(all);
  if (points.length === 0) return undefined;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    w = Math.min(w, p.lng);
    e = Math.max(e, p.lng);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, MIN_SPAN_DEG / (1 + 2 * PAD));
    const mid = (lo + hi) / 2;
    const half = (span * (1 + 2 * PAD)) / 2;
    return [mid - half, mid + half];
  };
  const [west, east] = grow(w, e);
  const [south, north] = grow(s, n);
  return [Math.max(west, -180), Math.max(south, -85), Math.min(east, 180), Math.min(north, 85)];
}

export function frameBox(frame: MapFrame, points: readonly Point[]): BBox {
  if (frame !== 'events') return FRAME_BOXES[frame];
  return frameAround(points) ?? FRAME_BOXES['tajik-afghan-border'];
}

export const insideBox = (b: BBox, p: Point): boolean => p.lng >= b[0] && p.lng <= b[2] && p.lat >= b[1] && p.lat <= b[3];
