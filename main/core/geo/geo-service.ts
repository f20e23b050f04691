import type { NearestPlace, Place } from '../../../shared/geo/place';
import { loadCityTable } from './city-table';
import { createGazetteer, type Gazetteer } from './gazetteer';

let shared: Promise<Gazetteer> | undefined;

/**
 * The gazetteer is the same for every notebook, so the process loads it once, on first use
 * (about half a second), not at startup and not per notebook.
 */
function sharedGazetteer(): Promise<Gazetteer> {
  shared ??= Promise.resolve().then(() => createGazetteer(loadCityTable()));
  return shared;
}

export function createGeoService(load: () => Promise<Gazetteer> = sharedGazetteer) {
  return {
    async findPlace(query: string, limit: number): Promise<Place[]> {
      return (await load()).find(query, limit);
    },
    async nearestPlace(lat: number, lng: number): Promise<NearestPlace> {
      return (await load()).nearest(lat, lng);
    },
  };
}
