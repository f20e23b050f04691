import { geoArea, geoCentroid } from 'd3-geo';
import { feature as topoFeature, mesh } from 'topojson-client';
import type { FeatureCollection, Feature as GeoFeature, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DATELINE_WEST, joinAtAntimeridian, shiftPastDateline, unwrapPath, unwrapRing, type Position } from './antimeridian';
import { collectionText, feature, roundPath, round, type Feature } from './geojson-text';
import { buildPlaces, loadCities } from './places';
import { buildRivers } from './rivers';
import { AFGHANISTAN, RUSSIA, TAJIKISTAN, between, countriesOf, loadTopology, type CountryGeometry } from './topology';

const NATURAL_EARTH = 'Natural Earth 1:10m (public domain) via world-atlas 2';

type Placer = (raw: readonly Position[], unwrapped: Position[]) => Position[];

const pointKey = ([lng, lat]: Position) => `${lng},${lat}`;

/**
 * Where a path unwrapped across 180° is drawn. Natural Earth splits Russia at the antimeridian, so
 * the east of Chukotka (and Wrangel's eastern half, Herald Island, Big Diomede) would lie at −180°
 * beside Alaska while the rest of Russia ends in a straight cut at 180°. Russia's paths lying wholly
 * west of −160° are therefore moved by +360°, to continue Russia eastwards to 190°; Alaska's, St
 * Lawrence Island's and the Aleutians' stay where they are. A path is Russia's when most of its
 * points are points of Russia's shape: world-atlas's land and countries share one quantisation, so
 * a coastline is the same numbers in both.
 */
function datelinePlacer(countries: Topology): Placer {
  const russia = countriesOf(countries).geometries.find((g) => (g as CountryGeometry).id === RUSSIA);
  if (!russia) throw new Error(`countries-10m.json has no Russia (${RUSSIA})`);
  const { geometry } = topoFeature(countries, russia) as GeoFeature<Polygon | MultiPolygon>;
  const points = new Set(polygonsOf(geometry).flat(2).map(pointKey));
  return (raw, unwrapped) => {
    if (!unwrapped.every(([lng]) => lng < DATELINE_WEST)) return unwrapped;
    const russian = raw.filter((p) => points.has(pointKey(p))).length;
    return russian * 2 > raw.length ? shiftPastDateline(unwrapped) : unwrapped;
  };
}

/** A polygon's rings as Leaflet should draw them (the holes moved with their outer ring); undefined when rounding left less than a triangle of the outer ring. */
function polygonRings(polygon: readonly Position[][], place: Placer): Position[][] | undefined {
  const [outer, ...holes] = polygon;
  if (!outer) return undefined;
  const unwrapped = unwrapRing(outer);
  const placed = place(outer, unwrapped);
  const shift = (placed[0]?.[0] ?? 0) - (unwrapped[0]?.[0] ?? 0);
  const rings = [placed, ...holes.map((h) => unwrapRing(h).map(([lng, lat]): Position => [lng + shift, lat]))].map(roundPath);
  if (rings[0]!.length < 4) return undefined;
  return [rings[0]!, ...rings.slice(1).filter((r) => r.length >= 4)];
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons as Position[][][];
}

/** Land, one feature per polygon: Leaflet then skips the polygons outside the view cheaply. */
function land(place: Placer): string {
  const topology = loadTopology('land-10m.json');
  const shapes = topoFeature(topology, topology.objects['land']!) as GeoFeature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;
  const features: Feature[] = [];
  const polygons = ('features' in shapes ? shapes.features : [shapes]).flatMap((f) => polygonsOf(f.geometry));
  const placed = polygons.flatMap((polygon) => {
    const rings = polygonRings(polygon, place);
    return rings ? [rings] : [];
  });
  for (const rings of joinAtAntimeridian(placed)) features.push(feature({ type: 'Polygon', coordinates: rings }));
  return collectionText(`Land. ${NATURAL_EARTH}; rings unwrapped across 180°, Russia's east of it past 180° and joined to the rest.`, features);
}

/**
 * Each country's polygons as the basemap draws them: unwrapped across 180°, Russia's east of 180°
 * past it (keyed by world-atlas id, ISO 3166-1 numeric).
 */
export function countryShapes(topology: Topology = loadTopology('countries-10m.json')): Map<string, Position[][][]> {
  const place = datelinePlacer(topology);
  const shapes = new Map<string, Position[][][]>();
  for (const country of topoFeature(topology, countriesOf(topology)).features) {
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!geometry || country.id === undefined) continue;
    shapes.set(
      String(country.id),
      polygonsOf(geometry).flatMap((p) => {
        const rings = polygonRings(p, place);
        return rings ? [rings] : [];
      }),
    );
  }
  return shapes;
}

/** Area in steradians, whichever way a ring winds (a few Natural Earth islands wind backwards, which d3 reads as the rest of the globe). */
function area(g: Polygon | MultiPolygon): number {
  const a = geoArea(g);
  return a > 2 * Math.PI ? 4 * Math.PI - a : a;
}

/** Label size by area (steradians): Russia and China show at zoom 2, Tajikistan at 4, Luxembourg at 6. */
function labelMinZoom(area: number): number {
  if (area > 0.05) return 2;
  if (area > 0.01) return 3;
  if (area > 0.002) return 4;
  if (area > 0.0003) return 5;
  return 6;
}

export function buildBasemap(): Record<string, string> {
  const topology = loadTopology('countries-10m.json');
  const countries = countriesOf(topology);
  const place = datelinePlacer(topology);

  const borders = mesh(topology, countries, (a, b) => a !== b).coordinates.map((line) =>
    feature({ type: 'LineString', coordinates: roundPath(place(line as Position[], unwrapPath(line as Position[]))) }),
  );

  const tajikAfghan = mesh(topology, countries, between(AFGHANISTAN, TAJIKISTAN));
  const tajikAfghanFeature = feature(
    { type: 'MultiLineString', coordinates: tajikAfghan.coordinates.map((line) => roundPath(unwrapPath(line as Position[]))) },
    { name: 'Tajikistan–Afghanistan border' },
  );

  // Labels sit on the centroid of each country's largest polygon, so France is labelled in France.
  const labels: Feature[] = [];
  for (const country of topoFeature(topology, countries).features) {
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    if (!geometry) continue;
    const parts = polygonsOf(geometry).map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
    const areas = parts.map(area);
    const largest = parts[areas.indexOf(Math.max(...areas))]!;
    const [lng, lat] = geoCentroid(largest);
    labels.push(
      feature(
        { type: 'Point', coordinates: [round(lng), round(lat)] },
        { name: country.properties?.name ?? '', id: String(country.id ?? ''), minZoom: labelMinZoom(area(geometry)) },
      ),
    );
  }

  return {
    'land.geojson': land(place),
    'borders.geojson': collectionText(`Land borders between countries (topojson mesh). ${NATURAL_EARTH}.`, borders),
    'tajik-afghan-border.geojson': collectionText(
      `The arc shared by Afghanistan (004) and Tajikistan (762): the Pamir, Panj and Amu Darya line. ${NATURAL_EARTH}.`,
      [tajikAfghanFeature],
    ),
    'countries.geojson': collectionText(`Country names at the centroid of each country's largest polygon. ${NATURAL_EARTH}.`, labels),
    'places.geojson': buildPlaces(loadCities()),
    'rivers.geojson': buildRivers(topology),
  };
}
