import { forward } from 'mgrs';

/** Decimal degrees to 5 places (about a metre), latitude first, as analysts quote them. */
export const formatLatLng = (lat: number, lng: number): string => `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

/**
 * MGRS to 1 m, grouped as printed on military maps: `42S WD 15432 21345`. MGRS stops at 84° N and
 * 80° S (UPS covers the poles); there it says so rather than throwing.
 */
export function formatMgrs(lat: number, lng: number): string {
  if (lat > 84 || lat < -80) return 'no MGRS beyond 84° N / 80° S';
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  const m = /^(\d{1,2}[C-X])([A-Z]{2})(\d{5})(\d{5})$/.exec(forward([wrapped, lat], 5));
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : forward([wrapped, lat], 5);
}

/** What "Copy coordinates" puts on the clipboard. */
export const coordinateText = (lat: number, lng: number): string => `${formatLatLng(lat, lng)} (MGRS ${formatMgrs(lat, lng)})`;
