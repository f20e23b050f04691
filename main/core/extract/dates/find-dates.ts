import * as chrono from 'chrono-node';
import { splitSentences, type Sentence } from '../text/sentences';
import { findAnaphoricDates } from './anaphoric-dates';
import { findDariDates, weekStart, type FoundDate } from './dari-dates';
import { isFutureContext, isSinceDate } from './date-context';

export type { FoundDate };

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * chrono's result as a calendar date against the report's date. A weekday alone means the last one
 * on or before the report ("on Sunday" in a Friday report is five days earlier: reports tell what
 * happened); a day and month without a year that would fall after the report belong to the year
 * before (a January report on "28 December"). In a future context ("will meet on 3 June", "Next
 * update: 16 May") both go forward instead: the next such weekday, this year's or next year's date.
 */
function resolve(result: chrono.ParsedResult, reference: number, future: boolean): FoundDate | undefined {
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
    if (future) while (t < reference - DAY / 2) t += 7 * DAY;
    else while (t > reference) t -= 7 * DAY;
  } else if (known('month') && !known('year')) {
    if (future && t < reference - DAY) t = Date.UTC(c.get('year')! + 1, c.get('month')! - 1, c.get('day')!);
    else if (!future && t > reference + 2 * DAY) t = Date.UTC(c.get('year')! - 1, c.get('month')! - 1, c.get('day')!);
  }
  // chrono sets a day for "last week"; a week is what the text knows unless it names a day. The
  // date of a week is its Monday, as the date of a month is its first.
  const week = /week|недел/iu.test(result.text) && !/\d/.test(result.text);
  const precision = week ? 'week' : known('day') || known('weekday') || relative ? 'day' : 'month';
  const text = result.text.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
  const start = result.index + result.text.indexOf(text);
  return { text, start, end: start + text.length, date: week ? weekOf(result.text, reference, t) : iso(t), precision };
}

/** The Monday of the week a phrase names: last week's, this week's, next week's (chrono's own start of the week is a Sunday). */
function weekOf(phrase: string, reference: number, t: number): string {
  const shift = /\b(?:last|past|previous)\b|прошл|предыдущ/iu.test(phrase) ? -7 : /\b(?:this|current)\b|эт(?:ой|у)|текущ/iu.test(phrase) ? 0 : /\b(?:next|coming)\b|следующ|будущ/iu.test(phrase) ? 7 : undefined;
  return weekStart(iso(shift === undefined ? t : reference + shift * DAY));
}

/**
 * Every date the text gives, resolved against the report's own date (YYYY-MM-DD): English and
 * Russian through chrono-node (day-first English, as reports from the region write) sentence by
 * sentence, so that no date phrase runs across a full stop ("this week. On 5 May"); Dari through
 * our own parser. "A day later", "the day before", "на следующий день", "یک روز پیش از آن" count
 * from the date told just before them. Overlapping finds keep the first, longest one.
 */
export function findDates(text: string, referenceDate: string): FoundDate[] {
  const reference = Date.parse(`${referenceDate}T12:00:00Z`);
  const ref = { instant: new Date(reference), timezone: 0 };
  const sentences = splitSentences(text);
  const sentenceAt = (at: number): Sentence | undefined => sentences.find((s) => at >= s.start && at < s.end);
  const futureAt = (at: number) => {
    const s = sentenceAt(at);
    return !!s && isFutureContext(s.text, at - s.start);
  };
  const anaphoric = findAnaphoricDates(text);
  const found: FoundDate[] = [];
  for (const s of sentences) {
    const parsers = [...(/\p{Script=Latin}/u.test(s.text) ? [chrono.en.GB] : []), ...(/\p{Script=Cyrillic}/u.test(s.text) ? [chrono.ru] : [])];
    for (const parser of parsers) {
      for (const r of parser.parse(s.text, ref)) {
        // "two days before the vote" counts from the vote, which is not a date we know.
        if (/\b(?:before|after)$|(?:до|после)$/iu.test(r.text) && /^\s+\p{L}/u.test(s.text.slice(r.index + r.text.length))) continue;
        const d = resolve(r, reference, isFutureContext(s.text, r.index));
        if (d) found.push({ ...d, start: d.start + s.start, end: d.end + s.start });
      }
    }
  }
  if (/\p{Script=Arabic}/u.test(text)) found.push(...findDariDates(text, referenceDate, futureAt));
  // An anaphoric phrase wins over what chrono made of it ("a day later" as the day after the report).
  const plain = found.filter((f) => !anaphoric.some((a) => f.start < a.end && f.end > a.start));
  const all: Array<FoundDate & { offset?: number }> = [...plain, ...anaphoric.map((a) => ({ ...a, date: '', precision: 'day' as const }))];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = all.filter((f, i) => !all.slice(0, i).some((g) => f.start < g.end && f.end > g.start));
  return anchor(
    kept.map((d) => (isSinceDate(text, d.start, d.end) ? { ...d, since: true } : d)),
    referenceDate,
  );
}

/**
 * Anaphoric dates count from the last day-precision date before them (which may itself be
 * anaphoric), or from the report's date when none came before.
 */
function anchor(dates: Array<FoundDate & { offset?: number }>, referenceDate: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const [i, { offset, ...d }] of dates.entries()) {
    if (offset === undefined) {
      out.push(d);
      continue;
    }
    // "Накануне, 9 августа": the date in apposition says it; the anaphoric phrase adds nothing.
    const next = dates[i + 1];
    if (next && next.offset === undefined && next.start - d.end <= 3) continue;
    const base = out.filter((o) => o.precision === 'day' && !o.since).at(-1)?.date ?? referenceDate;
    out.push({ ...d, date: iso(Date.parse(`${base}T00:00:00Z`) + offset * DAY), precision: 'day' });
  }
  return out;
}
