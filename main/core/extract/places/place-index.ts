import { ALIASES, foldName, loadCityTable, type AliasEntry, type CityTable } from '../../geo';
import { EXTRA_ALIASES } from './extra-aliases';
import { ADMIN_REGIONS, COUNTRIES } from './regions';

/** The countries whose towns extraction looks for in running text (GeoNames has 135,000 towns worldwide). */
export const REGION_COUNTRIES = new Set(['AF', 'TJ', 'UZ', 'TM', 'KG', 'KZ', 'RU', 'PK', 'IR']);

/**
 * Towns smaller than this are matched only through the alias table: a list of every hamlet of the
 * region turns ordinary capitalised words into places ("Bar", "Said", "Lenin").
 */
const MIN_POPULATION = 10_000;

export type PlaceKind = 'town' | 'admin-region' | 'country';

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  country: string;
  lat: number;
  lng: number;
  population: number;
  /** Where the entry came from: our alias tables and region list are surer than a bare GeoNames name. */
  from: 'alias' | 'gazetteer' | 'region';
}

export interface PlaceIndex {
  /** Folded spelling → the places it may mean. */
  exact: Map<string, PlaceEntry[]>;
  /** Cyrillic spellings cut to their stems, so inflected forms (Москве, Кундузе, Согдийской области) are found. */
  stems: Map<string, PlaceEntry[]>;
  /** The most words any spelling has. */
  maxWords: number;
}

/** Common words that GeoNames also has as town names in the region. */
const NOT_PLACES = new Set(['mary', 'bar', 'said', 'many', 'most', 'police', 'sharif', 'central', 'islam', 'victory', 'pobeda', 'mir', 'ob', 'ordinary', 'soviet', 'sovetskiy', 'hazara', 'tajik', 'uzbek']);

const CYRILLIC = /\p{Script=Cyrillic}/u;
export const cyrillicStem = (folded: string): string => folded.replace(/[аяеоыийьу]$/u, '');

/**
 * Russian case endings of nouns and adjectives. foldName drops the breve of й, so each ending is
 * also listed as folded text writes it (ой → ои).
 */
const ENDINGS = [
  ...new Set(
    ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ую', 'юю', 'а', 'я', 'е', 'у', 'ю', 'ы', 'и', 'ь', 'й', 'о'].flatMap((e) => [e, e.replace(/й/g, 'и')]),
  ),
];
const MAX_VARIANTS = 64;

/** A Cyrillic word as written and without each ending it may carry (ишкашима → ишкашима, ишкашим). */
function wordVariants(w: string): string[] {
  if (!CYRILLIC.test(w)) return [w];
  return [w, ...ENDINGS.filter((e) => w.endsWith(e) && w.length - e.length >= 4).map((e) => w.slice(0, -e.length))];
}

/**
 * Every way of cutting the case endings off a folded Cyrillic phrase. A name in any case shares at
 * least one of them with its dictionary form: "согдииская область" and "согдииской области" both
 * give "согдииск област"; "ишкашим" and "ишкашима" both give "ишкашим".
 */
export function cyrillicVariants(folded: string): string[] {
  let out = [''];
  for (const w of folded.split(' ')) {
    out = out.flatMap((prefix) => wordVariants(w).map((v) => (prefix ? `${prefix} ${v}` : v))).slice(0, MAX_VARIANTS);
  }
  return out;
}

function add(map: Map<string, PlaceEntry[]>, key: string, entry: PlaceEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else {
    const same = list.findIndex((e) => e.name === entry.name && e.country === entry.country && e.kind === entry.kind);
    // The same town from GeoNames and from an alias: the alias entry is the surer one.
    if (same < 0) list.push(entry);
    else if (entry.from === 'alias') list[same] = entry;
  }
}

function indexOfName(table: CityTable, folded: Map<string, number[]>, a: AliasEntry): number | undefined {
  let best: number | undefined;
  for (const i of folded.get(foldName(a.name)) ?? []) {
    if (table.countries[i] === a.country && (best === undefined || table.population[i]! > table.population[best]!)) best = i;
  }
  return best;
}

/**
 * Builds the index extraction scans text with, from main/core/geo's city table and alias list
 * (the map's gazetteer: one source of place data for the app) plus the region list here.
 */
export function buildPlaceIndex(table: CityTable, aliases: readonly AliasEntry[] = [...ALIASES, ...EXTRA_ALIASES]): PlaceIndex {
  const exact = new Map<string, PlaceEntry[]>();
  const byFoldedName = new Map<string, number[]>();
  for (let i = 0; i < table.size; i++) {
    if (!REGION_COUNTRIES.has(table.countries[i]!)) continue;
    const key = foldName(table.names[i]!);
    const list = byFoldedName.get(key);
    if (list) list.push(i);
    else byFoldedName.set(key, [i]);
    if (table.population[i]! >= MIN_POPULATION && !NOT_PLACES.has(key)) {
      add(exact, key, { name: table.names[i]!, kind: 'town', country: table.countries[i]!, lat: table.lat[i]!, lng: table.lng[i]!, population: table.population[i]!, from: 'gazetteer' });
    }
  }
  for (const a of aliases) {
    const i = indexOfName(table, byFoldedName, a);
    const at = i !== undefined ? { lat: table.lat[i]!, lng: table.lng[i]!, population: table.population[i]! } : a.at ? { ...a.at, population: 0 } : undefined;
    if (!at) continue; // an alias for a town this table lacks and without coordinates: nothing to pin
    const entry: PlaceEntry = { name: i !== undefined ? table.names[i]! : a.name, kind: 'town', country: a.country, ...at, from: 'alias' };
    for (const s of [a.name, ...a.spellings]) add(exact, foldName(s), entry);
  }
  for (const region of [...COUNTRIES, ...ADMIN_REGIONS]) {
    const entry: PlaceEntry = { name: region.name, kind: region.kind, country: region.country, lat: region.lat, lng: region.lng, population: 0, from: 'region' };
    for (const s of region.spellings) add(exact, foldName(s), entry);
  }
  const stems = new Map<string, PlaceEntry[]>();
  let maxWords = 1;
  for (const [key, entries] of exact) {
    maxWords = Math.max(maxWords, key.split(' ').length);
    if (CYRILLIC.test(key) && key.length >= 4) for (const v of cyrillicVariants(key)) for (const e of entries) add(stems, v, e);
  }
  return { exact, stems, maxWords: Math.min(maxWords, 5) };
}

let shared: PlaceIndex | undefined;

/** The index for this process, built on first use (~0.5 s: the city table is decoded once). */
export function placeIndex(): PlaceIndex {
  shared ??= buildPlaceIndex(loadCityTable());
  return shared;
}
