import { z } from 'zod';
import { Latitude, Longitude } from '../model/common';

/** A populated place from the offline gazetteer (GeoNames towns of 1,000+ people, plus our aliases). */
export const Place = z.object({
  name: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  lat: Latitude,
  lng: Longitude,
  /** 0 where GeoNames gives none. */
  population: z.number().int().min(0),
  /** The spelling that matched when it is not `name` (Khorog for Khorugh, Кабул for Kabul). */
  matched: z.string().optional(),
});
export type Place = z.infer<typeof Place>;

export const PlaceQuery = z.object({ query: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(50).default(10) }).strict();

export const PointQuery = z.object({ lat: Latitude, lng: Longitude }).strict();

export const NearestPlace = z
  .object({
    place: Place,
    distanceKm: z.number().min(0),
    /** Compass bearing from the place to the point asked about, degrees clockwise from north. */
    bearing: z.number().min(0).max(360),
  })
  .nullable();
export type NearestPlace = z.infer<typeof NearestPlace>;
