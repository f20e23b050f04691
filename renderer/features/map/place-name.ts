import type { NearestPlace } from '../../../shared/geo/place';

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

export const compassPoint = (bearing: number): string => COMPASS[Math.round((((bearing % 360) + 360) % 360) / 45) % 8]!;

/**
 * A place name for a clicked point: the town itself when the point is within 2 km of it, else
 * "12 km NE of Kunduz" (the way reports locate villages a gazetteer lacks).
 */
export function suggestPlaceName(nearest: NearestPlace): string | undefined {
  if (!nearest) return undefined;
  const { place, distanceKm, bearing } = nearest;
  if (distanceKm < 2) return place.name;
  return `${Math.round(distanceKm)} km ${compassPoint(bearing)} of ${place.name}`;
}
