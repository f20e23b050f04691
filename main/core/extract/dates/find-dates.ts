import * as chrono from 'chrono-node';
import { findDariDates, type FoundDate } from './dari-dates';

export type { FoundDate };

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * chrono's result as a calendar date against the report's date. A weekday alone means the last one
 * on or before the report ("on Sunday" in a Friday report is five days earlier: reports tell what
 * happened, so `forwardDate` is never used); a day and month without a year that would fall after
 * the report belong to the year before (a January report on "28 December").
 */
function resolve(result: chrono.ParsedResult, reference: number): FoundDate | undefined {
  const c = result.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const relative = /\b(yesterday|today|tonight|last|ago|earlier|this)\b|вчера|сегодня|позавчера|прошл|назад|эт(?:ой|от|у)/iu.test(result.text);
  if (!known('day') && !known('weekday') && !known('month') && !relative) return undefined; // a bare time or year
  // "after three hours", "for about three hours": a duration, which chrono reads as a moment from now.
  if (/\b(?:hours?|minutes?|seconds?)\b|час|минут|секунд/iu.test(result.text) && !/\d/.test(result.text) && !known('weekday')) return undefined;
  let t = Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!);
  // "after a week (of fighting)" is a span of time, not a day after the report.
  if (!/\d/.test(result.text) && !known('weekday') && t > reference + DAY) return undefined;
  if (known('weekday') && !known('day') && !known('month')) {
    while (t > reference) t -= 7 * DAY;
  } else if (known('month') && !known('year') && t > reference + 2 * DAY) {
    t = Date.UTC(c.get('year')! - 1, c.get('month')! - 1, c.get('day')!);
  }
  // chrono sets a day for "last week"; a week is what the text knows unless it names a day.
  const precision = /week|недел/iu.test(result.text) && !/\d/.test(result.text) ? 'week' : known('day') || known('weekday') || relative ? 'day' : 'month';
  const text = result.text.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
  const start = result.index + result.text.indexOf(text);
  return { text, start, end: start + text.length, date: iso(t), precision };
}

/**
 * Every date the text gives, resolved against the report's own date (YYYY-MM-DD): English and
 * Russian through chrono-node (day-first English, as reports from the region write), Dari through
 * our own parser. Overlapping finds keep the first, longest one.
 */
export function findDates(text: string, referenceDate: string): FoundDate[] {
  const reference = Date.parse(`${referenceDate}T12:00:00Z`);
  const ref = { instant: new Date(reference), timezone: 0 };
  const found: FoundDate[] = [];
  if (/\p{Script=Latin}/u.test(text)) for (const r of chrono.en.GB.parse(text, ref)) found.push(...optional(resolve(r, reference)));
  if (/\p{Script=Cyrillic}/u.test(text)) for (const r of chrono.ru.parse(text, ref)) found.push(...optional(resolve(r, reference)));
  if (/\p{Script=Arabic}/u.test(text)) found.push(...findDariDates(text, referenceDate));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = found.filter((f, i) => !found.slice(0, i).some((g) => f.start < g.end && f.end > g.start));
  return followingDays(kept);
}

const FOLLOWING = /^(?:the\s+)?(?:next|following)\s+day|^(?:на\s+)?следующий\s+день|^(?:روز\s+)?بعد/iu;

/** "The next day" counts from the date told before it, not from the report's date. */
function followingDays(dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const d of dates) {
    if (!FOLLOWING.test(d.text)) {
      out.push(d);
      continue;
    }
    const before = out[out.length - 1];
    if (before) out.push({ ...d, date: iso(Date.parse(`${before.date}T00:00:00Z`) + DAY), precision: 'day' });
  }
  return out;
}

const optional = <T>(v: T | undefined): T[] => (v === undefined ? [] : [v]);
