/** [longitude, latitude], as GeoJSON orders them. */
export type Position = [number, number];

/**
 * Shifts longitudes by multiples of 360° so that no step between neighbours is longer than 180°.
 * Natural Earth jumps from 180 to -180 where a shape crosses the antimeridian (Chukotka, Fiji);
 * drawn as it is, that step becomes a stripe across the whole map.
 */
export function unwrapLine(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  for (const [lng, lat] of points) {
    const prev = out[out.length - 1];
    if (prev) {
      const step = lng + offset - prev[0];
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    out.push([lng + offset, lat]);
  }
  return out;
}

/** Moves a whole shape by a multiple of 360° so that its middle lies in [-180, 180]. */
function recentre(points: Position[]): Position[] {
  let min = Infinity;
  let max = -Infinity;
  for (const [lng] of points) {
    if (lng < min) min = lng;
    if (lng > max) max = lng;
  }
  const shift = -360 * Math.round((min + max) / 2 / 360);
  return shift === 0 ? points : points.map(([lng, lat]) => [lng + shift, lat]);
}

/**
 * A closed ring made continuous. A ring that winds round a pole (Antarctica) cannot be: its end
 * comes out 360° from its start, so it is closed along the pole instead (Web Mercator clamps ±90°
 * to the map's edge), which fills the polar cap rather than striping across it.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out = unwrapLine(ring);
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) return out;
  if (Math.abs(last[0] - first[0]) > 180) {
    const meanLat = out.reduce((sum, [, lat]) => sum + lat, 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole], [first[0], first[1]]);
  }
  return recentre(out);
}

/** A line (a border) made continuous and recentred like a ring. */
export const unwrapPath = (line: readonly Position[]): Position[] => recentre(unwrapLine(line));
