/** A map view as OpenStreetMap writes it in the URL: `#map=ZOOM/LAT/LNG`. */
export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

const MAP_PARAM = /^map=(\d{1,2})\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/;

/** The hash's `&`-separated parts, without the leading `#`; other features may own other parts. */
const partsOf = (hash: string): string[] => hash.replace(/^#/, '').split('&').filter(Boolean);

/** The view in `#…&map=5/37.2/68.8&…`, or undefined when there is none or it is out of range. */
export function parseMapHash(hash: string): MapView | undefined {
  for (const part of partsOf(hash)) {
    const m = MAP_PARAM.exec(part);
    if (!m) continue;
    const view = { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]) };
    if (view.zoom > 20 || Math.abs(view.lat) > 90 || Math.abs(view.lng) > 180) return undefined;
    return view;
  }
  return undefined;
}

/** Decimals that keep a pixel's precision at this zoom, as OpenStreetMap does (zoom 5 → 2, zoom 10 → 4). */
const decimalsFor = (zoom: number) => Math.max(0, Math.ceil((zoom * Math.LN2) / Math.LN10));

export function formatMapParam({ zoom, lat, lng }: MapView): string {
  const d = decimalsFor(zoom);
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return `map=${Math.round(zoom)}/${lat.toFixed(d)}/${wrapped.toFixed(d)}`;
}

/** `hash` with its map part replaced (or added), every other part kept in place. */
export function withMapView(hash: string, view: MapView): string {
  const parts = partsOf(hash);
  const param = formatMapParam(view);
  const i = parts.findIndex((p) => p.startsWith('map='));
  if (i >= 0) parts[i] = param;
  else parts.push(param);
  return `#${parts.join('&')}`;
}
