import type { CityTable } from './city-table';

const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial compass bearing from point 1 to point 2, degrees clockwise from north in [0, 360). */
export function bearing(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const y = Math.sin((lng2 - lng1) * RAD) * Math.cos(lat2 * RAD);
  const x = Math.cos(lat1 * RAD) * Math.sin(lat2 * RAD) - Math.sin(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.cos((lng2 - lng1) * RAD);
  return ((Math.atan2(y, x) / RAD) % 360 + 360) % 360;
}

/** One-degree cells; a cell is never narrower than this many km within ±80° latitude. */
const CELL_DEG = 1;
const MIN_CELL_KM = 111.32 * Math.cos(80 * RAD);
const MAX_RINGS = 40;

const cellKey = (row: number, col: number) => row * 1000 + (((col % 360) + 360) % 360);

/**
 * Nearest-town lookup over a one-degree grid: rings of cells are searched outwards until no
 * unsearched cell can hold anything nearer than the best found. Towns are dense where analysts
 * click, so one or two rings usually settle it.
 */
export function createNearestIndex(table: CityTable) {
  const cells = new Map<number, number[]>();
  for (let i = 0; i < table.size; i++) {
    const key = cellKey(Math.floor(table.lat[i]! / CELL_DEG), Math.floor(table.lng[i]! / CELL_DEG));
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  }

  return function nearest(lat: number, lng: number): { index: number; km: number } | undefined {
    const row0 = Math.floor(lat / CELL_DEG);
    const col0 = Math.floor(lng / CELL_DEG);
    let best: { index: number; km: number } | undefined;
    for (let r = 0; r <= MAX_RINGS; r++) {
      // Everything in ring r or beyond is at least (r - 1) cells away.
      if (best && best.km < (r - 1) * MIN_CELL_KM) break;
      for (let row = row0 - r; row <= row0 + r; row++) {
        for (let col = col0 - r; col <= col0 + r; col++) {
          if (Math.max(Math.abs(row - row0), Math.abs(col - col0)) !== r) continue;
          for (const i of cells.get(cellKey(row, col)) ?? []) {
            const km = distanceKm(lat, lng, table.lat[i]!, table.lng[i]!);
            if (!best || km < best.km) best = { index: i, km };
          }
        }
      }
    }
    return best;
  };
}
