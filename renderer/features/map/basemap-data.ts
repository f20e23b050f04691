import { BASEMAP_URLS } from './geo-assets';
import { projectLabels, projectPaths, type FeatureCollection, type Label, type PathSet } from './projection';

/** The basemap, projected once and kept for the page's life. */
export interface BasemapData {
  land: PathSet;
  borders: PathSet;
  rivers: PathSet;
  tajikAfghan: PathSet;
  /** Countries first, then places larger first: the order labels claim space in. */
  labels: Label[];
}

async function fetchJson(url: string): Promise<FeatureCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The basemap file ${url} could not be read (${response.status}).`);
  return (await response.json()) as FeatureCollection;
}

let loading: Promise<BasemapData> | undefined;

/** Fetches the six files in parallel, once per page; a failure is retried on the next call. */
export function loadBasemap(): Promise<BasemapData> {
  loading ??= (async () => {
    const [land, borders, rivers, tajikAfghan, countries, places] = await Promise.all(
      [BASEMAP_URLS.land, BASEMAP_URLS.borders, BASEMAP_URLS.rivers, BASEMAP_URLS.tajikAfghan, BASEMAP_URLS.countries, BASEMAP_URLS.places].map(fetchJson),
    );
    return {
      land: projectPaths(land!),
      borders: projectPaths(borders!),
      rivers: projectPaths(rivers!),
      tajikAfghan: projectPaths(tajikAfghan!),
      labels: [...projectLabels(countries!, 'country'), ...projectLabels(places!, 'place')],
    };
  })().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}
