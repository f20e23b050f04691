import { distanceKm } from '../../main/core/geo';
import type { Extraction } from '../../shared/model';

/** What an annotator marked in one report (test/fixtures/extract/*.gold.json). */
export interface Gold {
  publishedAt: string;
  places: Array<{ name: string; lat: number; lng: number; kind: 'town' | 'admin-region' | 'country' }>;
  dates: string[];
  events: Array<{ date: string; place: string; lat: number; lng: number; type: string }>;
}

export interface Tally {
  truePositives: number;
  predicted: number;
  gold: number;
}

/** How far a found place may be from the truth and still be the same place, by what it is. */
const TOLERANCE_KM = { town: 25, 'admin-region': 150, country: 800 } as const;

const near = (a: { lat: number; lng: number }, b: { lat: number; lng: number }, km: number) => distanceKm(a.lat, a.lng, b.lat, b.lng) <= km;

/** One-to-one matching, in the order predicted: whether each prediction claimed a gold item no earlier one had. */
function claims<P, G>(predicted: P[], gold: G[], same: (p: P, g: G) => boolean): boolean[] {
  const used = new Set<number>();
  return predicted.map((p) => {
    const i = gold.findIndex((g, j) => !used.has(j) && same(p, g));
    if (i >= 0) used.add(i);
    return i >= 0;
  });
}

function match<P, G>(predicted: P[], gold: G[], same: (p: P, g: G) => boolean): Tally {
  return { truePositives: claims(predicted, gold, same).filter(Boolean).length, predicted: predicted.length, gold: gold.length };
}

/** Places: a town within 25 km of the truth, a province within 150 km, a country by its centre. */
export const scorePlaces = (x: Extraction, g: Gold): Tally =>
  match(x.places, g.places, (p, t) => p.kind === t.kind && near(p, t, TOLERANCE_KM[t.kind]));

/** Dates: distinct calendar dates, by value. */
/**
 * Dates: calendar days, by value. The annotations list day dates only ("in January", "last week",
 * "в июле 2022 года" are not dates there), so extraction's month- and week-precision dates, which
 * the reader still shows, are neither right nor wrong here.
 */
export const scoreDates = (x: Extraction, g: Gold): Tally =>
  match([...new Set(x.dates.filter((d) => d.precision === 'day').map((d) => d.date))], [...new Set(g.dates)], (p, t) => p === t);

/**
 * Events: the right date and the right place — within 25 km, or, for a candidate placed only in a
 * province, a province centre within 150 km of the event (right at the precision it claims).
 */
export const scoreEvents = (x: Extraction, g: Gold): Tally => match(x.events, g.events, sameEvent);

type Found = Pick<Extraction['events'][number], 'date' | 'lat' | 'lng'> & { geoPrecision: string | null };

function sameEvent(p: Found, t: Gold['events'][number]): boolean {
  if (p.date !== t.date || p.lat === null || p.lng === null) return false;
  const km = p.geoPrecision === 'admin-region' ? 150 : 25;
  return near({ lat: p.lat, lng: p.lng }, t, km);
}

/** Which candidates are right, as scoreEvents counts them: the labels the candidate scorer learns from. */
export const rightEvents = (found: Found[], g: Gold): boolean[] => claims(found, g.events, sameEvent);

export const add = (a: Tally, b: Tally): Tally => ({ truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
export const precision = (t: Tally) => (t.predicted === 0 ? 1 : t.truePositives / t.predicted);
export const recall = (t: Tally) => (t.gold === 0 ? 1 : t.truePositives / t.gold);
