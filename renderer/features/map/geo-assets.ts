/*
 * The basemap files (assets/geo, made by assets/geo/build), served by Vite from the app's own
 * origin. `no-inline` keeps even the small ones as files: the CSP's connect-src 'self' would
 * refuse a fetch of the data: URL Vite otherwise inlines them as.
 */
import bordersUrl from '../../../assets/geo/borders.geojson?url&no-inline';
import countriesUrl from '../../../assets/geo/countries.geojson?url&no-inline';
import landUrl from '../../../assets/geo/land.geojson?url&no-inline';
import placesUrl from '../../../assets/geo/places.geojson?url&no-inline';
import riversUrl from '../../../assets/geo/rivers.geojson?url&no-inline';
import tajikAfghanUrl from '../../../assets/geo/tajik-afghan-border.geojson?url&no-inline';

export const BASEMAP_URLS = {
  land: landUrl,
  borders: bordersUrl,
  rivers: riversUrl,
  tajikAfghan: tajikAfghanUrl,
  countries: countriesUrl,
  places: placesUrl,
} as const;
