import { geoArea } from 'd3-geo';
import type { Feature, Geometry, MultiLineString, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/**
 * world-atlas countries-10m (Natural Earth 1:10m, ~480,000 points) as the map figure and the CSV's
 * country lookup need it. A dossier shows one region, so the world is not converted as a whole:
 * each country's bounding box is read straight from the topology's arcs (cheap integer sums), and
 * only the countries whose box meets the area asked for become GeoJSON features — each once per
 * topology. The Tajik–Afghan border is the mesh of the arcs that Afghanistan (ISO 004) and
 * Tajikistan (762) share.
 */

export type CountryProps = { name?: string };
export type Country = Feature<Geometry, CountryProps> & { id?: string | number };
/** [west, south, east, north] in degrees, planar (a country that crosses 180° spans the whole width). */
export type Box = readonly [number, number, number, number];

interface WorldIndex {
  object: GeometryCollection<CountryProps>;
  boxes: Box[];
  features: Map<number, Country>;
  border?: MultiLineString;
}

const AFGHANISTAN = '004';
const TAJIKISTAN = '762';

const cache = new WeakMap<Topology, WorldIndex>();

function index(topology: Topology): WorldIndex {
  const cached = cache.get(topology);
  if (cached) return cached;
  const object = topology.objects['countries'] as GeometryCollection<CountryProps>;
  const arcBoxes = topology.arcs.map((arc) => arcBox(arc, topology.transform));
  const boxes = object.geometries.map((g) => unionOf(arcIndices(g).map((i) => arcBoxes[i < 0 ? ~i : i]!)));
  const result: WorldIndex = { object, boxes, features: new Map() };
  cache.set(topology, result);
  return result;
}

/** An arc's box in degrees; quantized arcs are delta-encoded, so positions are running sums. */
function arcBox(arc: Position[], transform: Topology['transform']): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  let x = 0;
  let y = 0;
  for (const p of arc) {
    let lng = p[0]!;
    let lat = p[1]!;
    if (transform) {
      x += lng;
      y += lat;
      lng = x * transform.scale[0] + transform.translate[0];
      lat = y * transform.scale[1] + transform.translate[1];
    }
    if (lng < w) w = lng;
    if (lng > e) e = lng;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [w, s, e, n];
}

function arcIndices(g: GeometryObject): number[] {
  const arcs = (g as { arcs?: unknown }).arcs;
  const out: number[] = [];
  const walk = (a: unknown) => (Array.isArray(a) ? a.forEach(walk) : typeof a === 'number' && out.push(a));
  walk(arcs);
  return out;
}

function unionOf(boxes: Box[]): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    w = Math.min(w, b[0]);
    s = Math.min(s, b[1]);
    e = Math.max(e, b[2]);
    n = Math.max(n, b[3]);
  }
  return [w, s, e, n];
}

export const boxesMeet = (a: Box, b: Box): boolean => !(a[3] < b[1] || a[1] > b[3] || a[2] < b[0] || a[0] > b[2]);

/** The countries whose box meets `box`, with their boxes. */
export function countriesNear(topology: Topology, box: Box): Array<{ feature: Country; box: Box }> {
  const world = index(topology);
  const near: Array<{ feature: Country; box: Box }> = [];
  world.boxes.forEach((b, i) => {
    if (!boxesMeet(b, box)) return;
    let f = world.features.get(i);
    if (!f) {
      const raw = feature(topology, world.object.geometries[i]!) as Country;
      f = { ...raw, geometry: rewound(raw.geometry) };
      world.features.set(i, f);
    }
    near.push({ feature: f, box: b });
  });
  return near;
}

export function tajikAfghanBorder(topology: Topology): MultiLineString {
  const world = index(topology);
  const isBorder = (a: { id?: string | number }, b: { id?: string | number }) =>
    (String(a.id) === AFGHANISTAN && String(b.id) === TAJIKISTAN) || (String(a.id) === TAJIKISTAN && String(b.id) === AFGHANISTAN);
  return (world.border ??= mesh(topology, world.object, isBorder));
}

/**
 * d3-geo reads polygon rings by their winding on the sphere, and a few small rings in Natural
 * Earth (the Maldives, for one) wind the other way, so d3 takes them for "the whole world except
 * this island": the map would fill the frame with them and every point would fall "inside" them.
 * A polygon larger than a hemisphere is such a ring: reverse it.
 */
function rewound(geometry: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings } as Polygon) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

/**
 * A country cut to a box, in plain longitude/latitude, before it is projected: Russia alone is
 * some 37,000 points and the United States (whose box spans the antimeridian) 36,000, and d3 would
 * project and clip every one of them for a map of Central Asia. Each ring is clipped to the box
 * (Sutherland–Hodgman; a ring keeps its direction), rings left with no area are dropped, and the
 * edges the cut adds along the box are split every degree, so d3, which draws edges as great-circle
 * arcs, cannot bow them into the picture. `box` must hold the whole view with a margin (the edges
 * added lie on it, outside the picture); what the view shows is then drawn exactly as before.
 */
export function clipToBox(country: Country, box: Box): Country {
  const g = country.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : undefined;
  if (!polygons) return country;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const outer = rings[0] && clipRing(rings[0], box);
    if (!outer) continue;
    const holes = rings.slice(1).map((r) => clipRing(r, box)).filter((r): r is Position[] => r !== undefined);
    kept.push([outer, ...holes]);
  }
  const geometry = rewound({ type: 'MultiPolygon', coordinates: kept });
  return { ...country, geometry };
}

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };

function clipRing(ring: Position[], [w, s, e, n]: Box): Position[] | undefined {
  const at = (a: Position, b: Position, t: number): Position => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
  const edges: Edge[] = [
    { inside: (p) => p[0]! >= w, cut: (a, b) => [w, at(a, b, (w - a[0]!) / (b[0]! - a[0]!))[1]!] },
    { inside: (p) => p[0]! <= e, cut: (a, b) => [e, at(a, b, (e - a[0]!) / (b[0]! - a[0]!))[1]!] },
    { inside: (p) => p[1]! >= s, cut: (a, b) => [at(a, b, (s - a[1]!) / (b[1]! - a[1]!))[0]!, s] },
    { inside: (p) => p[1]! <= n, cut: (a, b) => [at(a, b, (n - a[1]!) / (b[1]! - a[1]!))[0]!, n] },
  ];
  // Wholly inside: the ring as it is (the usual case for the countries in view).
  if (ring.every((p) => edges.every((edge) => edge.inside(p)))) return ring;
  let points = ring.slice(0, -1); // open the ring: GeoJSON repeats the first point at the end
  for (const edge of edges) {
    if (points.length === 0) break;
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const cur = points[i]!;
      const prev = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (edge.inside(prev)) {
        out.push(edge.cut(prev, cur));
      }
    }
    points = out;
  }
  if (points.length < 3) return undefined;
  const onSameSide = (a: Position, b: Position) => (a[0] === b[0] && (a[0] === w || a[0] === e)) || (a[1] === b[1] && (a[1] === s || a[1] === n));
  const closed: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    closed.push(a);
    if (!onSameSide(a, b)) continue;
    const steps = Math.floor(Math.max(Math.abs(b[0]! - a[0]!), Math.abs(b[1]! - a[1]!)));
    for (let k = 1; k <= steps; k++) closed.push(at(a, b, k / (steps + 1)));
  }
  closed.push(closed[0]!);
  return closed;
}
