import { ACLED_EVENT_TYPES, type AcledEventType } from '../../../shared/geo/acled';
import { EVENT_COLOURS } from '../../../shared/geo/event-colours';
import type { GeoPrecision } from '../../../shared/model';

/** One colour per ACLED event type: shared/geo/event-colours.ts, which the printed dossier uses too. */
export const TYPE_COLOURS = EVENT_COLOURS;

export const colourOf = (type: AcledEventType): string => TYPE_COLOURS[type];

/** The legend, in ACLED's own order. */
export const LEGEND = ACLED_EVENT_TYPES.map((type) => ({ type, colour: TYPE_COLOURS[type] }));

/**
 * How far from the marked point the event may have been: the radius of the circle drawn for it.
 * An exact point gets none (a dot); the others say "somewhere in this town / province / country".
 */
export const PRECISION_RADIUS_M: Readonly<Record<GeoPrecision, number>> = {
  exact: 0,
  near: 5_000,
  'admin-region': 50_000,
  country: 250_000,
};

export function describePrecision(p: GeoPrecision): string {
  if (p === 'exact') return 'Exact spot';
  const km = PRECISION_RADIUS_M[p] / 1000;
  return p === 'near' ? `Town or outskirts (within ${km} km)` : p === 'admin-region' ? `Province or district (within ${km} km)` : `Country only (within ${km} km)`;
}

/** 1,234 → "1.2k": a cluster's count in a 30-pixel disc. */
export const abbreviateCount = (n: number): string => (n < 1000 ? String(n) : n < 10_000 ? `${(n / 1000).toFixed(1)}k` : `${Math.round(n / 1000)}k`);

export interface Slice {
  colour: string;
  /** Radians, clockwise from 12 o'clock. */
  from: number;
  to: number;
}

/** A cluster's event types (counts in ACLED order) as slices of a pie, in proportion. */
export function typeSlices(counts: readonly number[]): Slice[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const slices: Slice[] = [];
  let at = 0;
  counts.forEach((n, k) => {
    if (n === 0 || total === 0) return;
    const from = (at / total) * 2 * Math.PI;
    at += n;
    slices.push({ colour: LEGEND[k]!.colour, from, to: (at / total) * 2 * Math.PI });
  });
  return slices;
}
