import type { NearestPlace, Place } from '../../../shared/geo/place';
import { ALIASES, type AliasEntry } from './aliases';
import { loadAltNames, type AltNamesRow } from './alt-names';
import type { CityTable } from './city-table';
import { foldName } from './fold-name';
import { bearing, createNearestIndex } from './nearest-index';

/** How well a place matched: lower is better; within a tier the larger town comes first. */
const TIER = { aliasExact: 0, aliasPrefix: 1, nameExact: 2, namePrefix: 3, wordPrefix: 4 } as const;
type Tier = (typeof TIER)[keyof typeof TIER];

interface Hit {
  place: Place;
  tier: Tier;
}

/** A place our alias table knows, resolved against GeoNames (or its own coordinates). */
interface AliasTarget {
  place: Place;
  spellings: readonly string[];
  folded: string[];
  /** The GeoNames record it stands for, so a name hit on it is not listed twice. */
  index: number | undefined;
}

function resolveAliases(table: CityTable, folded: readonly string[], aliases: readonly AliasEntry[]): AliasTarget[] {
  return aliases.map((a) => {
    const key = foldName(a.name);
    let index: number | undefined;
    for (let i = 0; i < table.size; i++) {
      if (folded[i] === key && table.countries[i] === a.country && (index === undefined || table.population[i]! > table.population[index]!)) index = i;
    }
    if (index === undefined && !a.at) throw new Error(`alias table: ${a.name} (${a.country}) is not in GeoNames and has no coordinates`);
    const place: Place =
      index !== undefined
        ? { name: table.names[index]!, country: a.country, lat: table.lat[index]!, lng: table.lng[index]!, population: table.population[index]! }
        : { name: a.name, country: a.country, lat: a.at!.lat, lng: a.at!.lng, population: 0 };
    return { place, spellings: a.spellings, folded: a.spellings.map(foldName), index };
  });
}

/**
 * GeoNames' other names for the region's towns (Коканд, Kokand for Qo‘qon), each tied to its city
 * table record (the same folded name and country within ~5 km) so a hit is not listed twice.
 */
function resolveAlternates(table: CityTable, folded: readonly string[], rows: readonly AltNamesRow[]): AliasTarget[] {
  const byName = new Map<string, number[]>();
  folded.forEach((f, i) => (byName.get(f) ?? byName.set(f, []).get(f)!).push(i));
  return rows.map((row) => {
    const index = (byName.get(foldName(row.name)) ?? []).find((i) => table.countries[i] === row.country && Math.abs(table.lat[i]! - row.lat) < 0.05 && Math.abs(table.lng[i]! - row.lng) < 0.05);
    const place: Place = index !== undefined ? { name: table.names[index]!, country: row.country, lat: table.lat[index]!, lng: table.lng[index]!, population: table.population[index]! } : { name: row.name, country: row.country, lat: row.lat, lng: row.lng, population: row.population };
    return { place, spellings: row.alternates, folded: row.alternates.map(foldName), index };
  });
}

/** Search by any spelling and nearest-town lookup over the city table. */
export function createGazetteer(table: CityTable, aliases: readonly AliasEntry[] = ALIASES, alternateNames: readonly AltNamesRow[] = loadAltNames()) {
  const folded = table.names.map(foldName);
  const targets = resolveAliases(table, folded, aliases);
  const alternates = resolveAlternates(table, folded, alternateNames);
  const nearestIndex = createNearestIndex(table);
  const placeAt = (i: number): Place => ({ name: table.names[i]!, country: table.countries[i]!, lat: table.lat[i]!, lng: table.lng[i]!, population: table.population[i]! });

  /** Alias hits first (exact, then prefix), then GeoNames names (exact, prefix, a later word's prefix); larger towns first in each. */
  function find(query: string, limit: number): Place[] {
    const q = foldName(query);
    if (!q) return [];
    const hits = new Map<string, Hit>();
    const add = (key: string, place: Place, tier: Tier) => {
      const seen = hits.get(key);
      if (!seen || tier < seen.tier) hits.set(key, { place, tier });
    };
    const spellingHits = (list: readonly AliasTarget[], exactTier: Tier, prefixTier: Tier) => {
      for (const t of list) {
        const exact = t.folded.indexOf(q);
        const which = exact >= 0 ? exact : t.folded.findIndex((s) => s.startsWith(q));
        if (which < 0) continue;
        const key = t.index !== undefined ? `#${t.index}` : `@${t.place.name}/${t.place.country}`;
        const spelling = t.spellings[which]!;
        const place = t.folded[which] === foldName(t.place.name) ? t.place : { ...t.place, matched: spelling };
        add(key, place, exact >= 0 ? exactTier : prefixTier);
      }
    };
    spellingHits(targets, TIER.aliasExact, TIER.aliasPrefix);
    // GeoNames' other names rank as its own names do.
    spellingHits(alternates, TIER.nameExact, TIER.namePrefix);
    const wordStart = ` ${q}`;
    for (let i = 0; i < table.size; i++) {
      const name = folded[i]!;
      const tier = name === q ? TIER.nameExact : name.startsWith(q) ? TIER.namePrefix : name.includes(wordStart) ? TIER.wordPrefix : undefined;
      if (tier !== undefined) add(`#${i}`, placeAt(i), tier);
    }
    return [...hits.values()]
      .sort((a, b) => a.tier - b.tier || b.place.population - a.place.population || a.place.name.localeCompare(b.place.name))
      .slice(0, limit)
      .map((h) => h.place);
  }

  /** The nearest town to a point, with the distance and the point's bearing from it ("12 km NE of Kunduz"). */
  function nearest(lat: number, lng: number): NearestPlace {
    const found = nearestIndex(lat, lng);
    if (!found) return null;
    const place = placeAt(found.index);
    return { place, distanceKm: found.km, bearing: found.km < 1e-6 ? 0 : bearing(place.lat, place.lng, lat, lng) };
  }

  return { find, nearest };
}

export type Gazetteer = ReturnType<typeof createGazetteer>;
