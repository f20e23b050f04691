import { geoArea, geoCentroid } from 'd3-geo';
import { feature as topoFeature, mesh } from 'topojson-client';
import type { FeatureCollection, Feature as GeoFeature, MultiPolygon, Polygon } from 'geojson';
import { unwrapPath, unwrapRing, type Position } from './antimeridian';
import { collectionText, feature, roundPath, round, type Feature } from './geojson-text';
import { buildPlaces, loadCities } from './places';
import { buildRivers } from './rivers';
import { AFGHANISTAN, TAJIKISTAN, between, countriesOf, loadTopology } from './topology';

const NATURAL_EARTH = 'Natural Earth 1:10m (public domain) via world-atlas 2';

/** A ring as Leaflet should draw it; undefined when rounding left less than a triangle. */
function ringOf(ring: readonly Position[]): Position[] | undefined {
  const out = roundPath(unwrapRing(ring));
  return out.length >= 4 ? out : undefined;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons as Position[][][];
}

/** Land, one feature per polygon: Leaflet then skips the polygons outside the view cheaply. */
function land(): string {
  const topology = loadTopology('land-10m.json');
  const shapes = topoFeature(topology, topology.objects['land']!) as GeoFeature<Polygon | MultiPolygon> | FeatureCollection<Polygon | MultiPolygon>;
  const features: Feature[] = [];
  const polygons = ('features' in shapes ? shapes.features : [shapes]).flatMap((f) => polygonsOf(f.geometry));
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map(ringOf);
    if (!outer) continue;
    features.push(feature({ type: 'Polygon', coordinates: [outer, ...holes.filter((h): h is Position[] => !!h)] }));
  }
  return collectionText(`Land. ${NATURAL_EARTH}; rings unwrapped across 180°.`, features);
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

  const borders = mesh(topology, countries, (a, b) => a !== b).coordinates.map((line) =>
    feature({ type: 'LineString', coordinates: roundPath(unwrapPath(line as Position[])) }),
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
    'land.geojson': land(),
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
