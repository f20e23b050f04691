import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { countriesNear } from '../dossier/world-features';

export interface CountryAt {
  /** ISO 3166-1 numeric code, as a number (ACLED's `iso` column: 4 for Afghanistan). */
  iso: number;
  /** Natural Earth's short name, which is ACLED's spelling for this region (Afghanistan, Tajikistan, Russia). */
  name: string;
}

/**
 * The country a point lies in, by Natural Earth 1:10m boundaries. Events store coordinates but no
 * country, and ACLED's CSV has iso/country columns: this fills them from the coordinates rather
 * than leaving them empty — a derived value, exact to the boundary data, which for an event with
 * a coarse geo precision on the Panj may name the wrong bank.
 */
export function createCountryLookup(topology: Topology): (lat: number, lng: number) => CountryAt | undefined {
  return (lat, lng) => {
    for (const { feature } of countriesNear(topology, [lng, lat, lng, lat])) {
      if (feature.id === undefined || !feature.properties?.name) continue;
      if (geoContains(feature, [lng, lat])) return { iso: Number(feature.id), name: feature.properties.name };
    }
    return undefined;
  };
}

/**
 * ACLED's region for the countries this notebook is about (ACLED puts Afghanistan in South Asia,
 * the five Central Asian republics with the Caucasus, Russia in Europe). Others are left empty
 * rather than guessed.
 */
export const ACLED_REGIONS: Readonly<Record<number, string>> = {
  4: 'South Asia',
  586: 'South Asia',
  356: 'South Asia',
  762: 'Caucasus and Central Asia',
  860: 'Caucasus and Central Asia',
  417: 'Caucasus and Central Asia',
  398: 'Caucasus and Central Asia',
  795: 'Caucasus and Central Asia',
  51: 'Caucasus and Central Asia',
  31: 'Caucasus and Central Asia',
  268: 'Caucasus and Central Asia',
  364: 'Middle East',
  643: 'Europe',
  804: 'Europe',
  112: 'Europe',
  156: 'East Asia',
  496: 'East Asia',
};
