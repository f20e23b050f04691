/** Events per week or month, for the small histogram over the time slider. */
export type BucketUnit = 'week' | 'month';

const DAY_MS = 86_400_000;

export const toDay = (date: string): number => Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS);
export const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Weeks while the span fits in about a year (up to ~60 bars); months beyond. */
export const chooseUnit = (first: string, last: string): BucketUnit => (toDay(last) - toDay(first) <= 366 ? 'week' : 'month');

/** The first day of the week (Monday, as ISO 8601) or month holding `date`. */
export function bucketStart(date: string, unit: BucketUnit): string {
  if (unit === 'month') return `${date.slice(0, 7)}-01`;
  const day = toDay(date);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
  return fromDay(day - ((day + 3) % 7));
}

function nextBucket(start: string, unit: BucketUnit): string {
  if (unit === 'week') return fromDay(toDay(start) + 7);
  const y = +start.slice(0, 4);
  const m = +start.slice(5, 7);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export interface Bucket {
  start: string;
  count: number;
}

/** Every bucket from the first date's to the last's, empty ones included, so the bars keep time's scale. */
export function histogram(dates: readonly string[], unit: BucketUnit): Bucket[] {
  if (dates.length === 0) return [];
  let first = dates[0]!;
  let last = dates[0]!;
  const counts = new Map<string, number>();
  for (const d of dates) {
    if (d < first) first = d;
    if (d > last) last = d;
    const b = bucketStart(d, unit);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const out: Bucket[] = [];
  const end = bucketStart(last, unit);
  for (let b = bucketStart(first, unit); b <= end; b = nextBucket(b, unit)) out.push({ start: b, count: counts.get(b) ?? 0 });
  return out;
}
