import { MAX_TILE_ZOOM } from '../../../shared/geo/tile-source';

/** A tile's address in the usual slippy-map scheme: zoom, column, row (row 0 at the north). */
export interface TileCoords {
  z: number;
  x: number;
  y: number;
}

/** The URL path under which the renderer asks for tiles, on its own origin. */
export const TILES_PREFIX = '/tiles/';

/**
 * The coordinates of a request path `/tiles/{z}/{x}/{y}` (no query), or null. Only plain decimal
 * integers without leading zeros are read, and each must be in range, so nothing but three numbers
 * ever reaches a file path or a server URL: no `..`, no encoded separators, no negative or huge
 * values, no extensions.
 */
export function parseTilePath(path: string): TileCoords | null {
  const m = /^\/tiles\/(0|[1-9][0-9]{0,1})\/(0|[1-9][0-9]{0,6})\/(0|[1-9][0-9]{0,6})$/.exec(path);
  if (!m) return null;
  return tileCoords(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The coordinates when z, x and y are integers with 0 ≤ z ≤ 22 and 0 ≤ x, y < 2^z; else null. */
export function tileCoords(z: number, x: number, y: number): TileCoords | null {
  if (!Number.isSafeInteger(z) || !Number.isSafeInteger(x) || !Number.isSafeInteger(y)) return null;
  if (z < 0 || z > MAX_TILE_ZOOM) return null;
  const n = 2 ** z;
  if (x < 0 || x >= n || y < 0 || y >= n) return null;
  return { z, x, y };
}
