import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** world-atlas 2 (Natural Earth 1:10m, public domain), read from the installed package. */
export function loadTopology(file: 'countries-10m.json' | 'land-10m.json'): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

export type CountryGeometry = GeometryObject<{ name: string }> & { id?: string };

export function countriesOf(topology: Topology): GeometryCollection<{ name: string }> {
  const countries = topology.objects['countries'];
  if (countries?.type !== 'GeometryCollection') throw new Error('countries-10m.json has no countries collection');
  return countries as GeometryCollection<{ name: string }>;
}

/** ISO 3166-1 numeric codes, as world-atlas ids them. */
export const AFGHANISTAN = '004';
export const RUSSIA = '643';
export const TAJIKISTAN = '762';
export const UZBEKISTAN = '860';

/** A mesh filter for the border between two countries (either side first). */
export const between =
  (x: string, y: string) =>
  (a: GeometryObject, b: GeometryObject): boolean => {
    const ids = [(a as CountryGeometry).id, (b as CountryGeometry).id];
    return ids.includes(x) && ids.includes(y) && x !== y;
  };
