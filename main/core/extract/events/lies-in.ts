import { distanceKm } from '../../geo';

/** How far from a province's centre one of its towns may lie (the largest provinces reports name are ~400 km across). */
const REGION_REACH_KM = 250;

interface Located {
  kind: 'town' | 'admin-region' | 'country';
  country: string;
  lat: number;
  lng: number;
}

/**
 * Whether a town lies in a province or country: the same country, and for a province within reach
 * of its centre. The place index has no province boundaries, so nearness stands in for them.
 */
export function liesIn(town: Located, area: Located): boolean {
  if (town.kind !== 'town' || area.kind === 'town' || town.country !== area.country) return false;
  return area.kind === 'country' || distanceKm(town.lat, town.lng, area.lat, area.lng) <= REGION_REACH_KM;
}
