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

/**
 * West of this longitude lies only Alaska's side of the Bering Strait and the Aleutians, but
 * Natural Earth also puts Russia's shapes east of 180° there (the east of Chukotka at −180…−169.6°,
 * Wrangel and Herald Islands, Big Diomede), split off from the rest of Russia at the antimeridian.
 */
export const DATELINE_WEST = -160;

/** A path lying wholly west of −160° moved by +360° (to lie east of 180°); any other path as it is. */
export function shiftPastDateline(points: readonly Position[]): Position[] {
  return points.length > 0 && points.every(([lng]) => lng < DATELINE_WEST) ? points.map(([lng, lat]) => [lng + 360, lat]) : [...points];
}

/** Consecutive points of a closed ring on one meridian, the ring's first point counted once. */
interface Cut {
  /** The longitude, ±180 (or a world on). */
  lng: number;
  /** Indices, in the ring without its closing point, of the cut's first and last point. */
  start: number;
  end: number;
}

/** The ring's one edge along 180° (a run of two or more points at the same longitude ≡ 180°), or undefined when it has none or several. */
function cutOf(ring: readonly Position[]): Cut | undefined {
  const n = ring.length - 1;
  if (n < 3) return undefined;
  const onCut = (i: number) => Math.abs(ring[i % n]![0]) % 360 === 180 && ring[i % n]![0] === ring[(i + 1) % n]![0];
  const cuts: Cut[] = [];
  for (let i = 0; i < n; i++) {
    if (!onCut(i) || onCut(i + n - 1)) continue;
    let j = i;
    while (onCut(j + 1) && j < i + n) j++;
    cuts.push({ lng: ring[i]![0], start: i, end: (j + 1) % n });
  }
  return cuts.length === 1 ? cuts[0] : undefined;
}

/** The points of a closed ring from index `from` forward to `to` (cyclic, both included), in the ring without its closing point. */
function around(ring: readonly Position[], from: number, to: number): Position[] {
  const n = ring.length - 1;
  const out: Position[] = [];
  for (let i = from; ; i = (i + 1) % n) {
    out.push(ring[i]!);
    if (i === to) return out;
  }
}

/**
 * Joins polygons that Natural Earth cut at 180° (the main part of Russia, ending at 180°, and the
 * east of Chukotka moved past it; islands of Fiji): each outer ring has an edge along 180°, run in
 * opposite directions over the same latitudes. Left as two rings, that edge is stroked as a
 * coastline straight across the land. The second polygon is moved by 360° if need be to meet the
 * first; the joined ring follows the first ring to its cut, the second all the way round, and
 * back. Holes are kept.
 */
export function joinAtAntimeridian(polygons: readonly Position[][][]): Position[][][] {
  const out = polygons.map((p) => [...p]);
  const latsOf = (ring: readonly Position[], cut: Cut) => [ring[cut.start]![1], ring[cut.end]![1]] as const;
  for (let a = 0; a < out.length; a++) {
    for (let b = a + 1; b < out.length; b++) {
      const ringA = out[a]![0]!;
      const ringB = out[b]![0]!;
      const cutA = cutOf(ringA);
      const cutB = cutOf(ringB);
      if (!cutA || !cutB || (cutA.lng - cutB.lng) % 360 !== 0) continue;
      const [a0, a1] = latsOf(ringA, cutA);
      const [b0, b1] = latsOf(ringB, cutB);
      // Opposite directions, overlapping latitudes: the two sides of one cut.
      if (Math.sign(a1 - a0) !== -Math.sign(b1 - b0) || Math.max(Math.min(a0, a1), Math.min(b0, b1)) >= Math.min(Math.max(a0, a1), Math.max(b0, b1))) continue;
      const shift = cutA.lng - cutB.lng;
      const move = (ring: readonly Position[]): Position[] => (shift === 0 ? [...ring] : ring.map(([lng, lat]): Position => [lng + shift, lat]));
      const joined: Position[] = [];
      for (const p of [...around(ringA, cutA.end, cutA.start), ...move(around(ringB, cutB.end, cutB.start)), ringA[cutA.end]!]) {
        const prev = joined[joined.length - 1];
        if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) joined.push(p);
      }
      out[a] = [joined, ...out[a]!.slice(1), ...out[b]!.slice(1).map(move)];
      out.splice(b, 1);
      b = a;
    }
  }
  return out;
}
