import { chooseYear, type DateLean } from './date-context';
import { solarHijriToGregorian } from './persian-calendar';

/** A date found in Dari (or Persian) text. */
export interface FoundDate {
  text: string;
  start: number;
  end: number;
  date: string;
  precision: 'day' | 'week' | 'month';
  /** "since 10 May": the date opens a span up to the report rather than naming the day something happened. */
  since?: boolean;
  /** A range ("с 13 по 20 мая"): its last day; `date` is its first. */
  endDate?: string;
  /** The last day of a range, listed after the range itself: a date of the text, not the day of an event. */
  rangeEnd?: boolean;
  /**
   * The span of an event the date is of, told beside another date ("closed on 27 February, the day
   * after a mass brawl": the brawl's day): that event's date, not the sentence's.
   */
  names?: { start: number; end: number };
}

/** How a date at this offset of the text leans: forward in a future context ("قرار است"), nearest after "تا" (until), else back. */
export type FutureAt = (start: number) => DateLean;

export const toLatinDigits = (s: string) => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

/** Afghan month names of the Solar Hijri year, with the Iranian ones; index + 1 is the month. */
export const SOLAR_MONTHS = [
  ['حمل', 'فروردین'], ['ثور', 'اردیبهشت'], ['جوزا', 'خرداد'], ['سرطان', 'تیر'], ['اسد', 'مرداد'], ['سنبله', 'شهریور'],
  ['میزان', 'مهر'], ['عقرب', 'آبان'], ['قوس', 'آذر'], ['جدی', 'دی'], ['دلو', 'بهمن'], ['حوت', 'اسفند'],
];
/** Gregorian month names as Dari and Persian write them. */
export const GREGORIAN_MONTHS = [
  ['جنوری', 'ژانویه', 'جنوري'], ['فبروری', 'فوریه'], ['مارچ', 'مارس'], ['اپریل', 'آوریل', 'اپرېل'], ['می', 'مه'], ['جون', 'ژوئن'],
  ['جولای', 'ژوئیه', 'جولائی'], ['اگست', 'اوت', 'آگوست'], ['سپتمبر', 'سپتامبر'], ['اکتوبر', 'اکتبر'], ['نومبر', 'نوامبر'], ['دسمبر', 'دسامبر'],
];
/** Saturday first, as the week starts in Afghanistan; index → JS weekday (Sunday 0). */
const WEEKDAYS: Array<[string, number]> = [['یکشنبه', 0], ['یک‌شنبه', 0], ['دوشنبه', 1], ['سه‌شنبه', 2], ['سه شنبه', 2], ['چهارشنبه', 3], ['پنجشنبه', 4], ['پنج‌شنبه', 4], ['جمعه', 5], ['شنبه', 6]];
// "روز گذشته" (the past day) is yesterday; after a number ("دو روز گذشته", the past two days) it is a span, left alone below.
const RELATIVE: Array<[string, number]> = [['پریروز', -2], ['دیروز', -1], ['امروز', 0], ['دیشب', -1], ['شب گذشته', -1], ['روز گذشته', -1], ['فردا', 1], ['پس‌فردا', 2], ['پس فردا', 2],
  // Pashto words that Dari reports from the east and south use: today, yesterday, last night.
  ['نن', 0], ['پرون', -1], ['تیره شپه', -1], ['پرون شپه', -1]];
/** Weeks: the week before the report's and its own; the date given is the Monday that starts it. */
const WEEKS: Array<[string, number]> = [['هفته گذشته', -1], ['هفتهٔ گذشته', -1], ['هفته پیش', -1], ['هفتهٔ پیش', -1], ['هفته قبل', -1], ['هفتهٔ قبل', -1], ['این هفته', 0], ['هفته جاری', 0], ['هفتهٔ جاری', 0]];
const NUMBER_WORDS: Record<string, number> = { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10 };

const alt = (names: string[]) => names.map((n) => n.replace(/\u200c/g, '\u200c?')).join('|');
/** A day of the month in digits, or as the ordinal words "اول"/"یکم" (first), "دوم", "سوم" ("اول حمل"). */
const NUM = '([0-9۰-۹٠-٩]{1,2}|اول|یکم|دوم|سوم)';
const DAY_WORDS: Record<string, number> = { اول: 1, یکم: 1, دوم: 2, سوم: 3 };
const dayNumber = (s: string): number => DAY_WORDS[s] ?? Number(toLatinDigits(s));
const YEAR = '([0-9۰-۹٠-٩]{4})';
// Month words double as ordinary words (می is also a verb prefix, تیر a bullet): a month must stand
// alone after a day number.
const END = '(?![\\p{L}\\u200c])';
const START = '(?<![\\p{L}\\u200c])';
const SOLAR = new RegExp(`${START}${NUM}\\s+(${alt(SOLAR_MONTHS.flat())})${END}(?:\\s+(?:سال\\s+)?${YEAR})?`, 'gu');
const GREG = new RegExp(`${START}${NUM}\\s+(${alt(GREGORIAN_MONTHS.flat())})${END}(?:\\s+(?:سال\\s+)?${YEAR})?`, 'gu');
const WEEKDAY = new RegExp(`${START}(?:روز\\s+)?(${alt(WEEKDAYS.map((w) => w[0]))})${END}`, 'gu');
/** A number right before "روز گذشته" or "شب گذشته" makes it a span ("در دو روز گذشته", in the past two days). */
const SPAN_BEFORE = new RegExp(`(?:${Object.keys({ یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, چند: 0 }).join('|')}|(?<![0-9۰-۹])[0-9۰-۹]{1,3})[ \\t\\u200c]+$`, 'u');
const RELATIVE_RE = new RegExp(`${START}(${alt(RELATIVE.map((r) => r[0]))})${END}`, 'gu');
/** Year 1300–1499 / month / day, in Persian, Arabic or Latin digits, with / or - or . between. */
const SOLAR_NUMERIC = /(?<![0-9۰-۹٠-٩])([1۱١][3۳٣4۴٤][0-9۰-۹٠-٩]{2})[/\-.]([0-9۰-۹٠-٩]{1,2})[/\-.]([0-9۰-۹٠-٩]{1,2})(?![0-9۰-۹٠-٩])/gu;
const WEEK_RE = new RegExp(`${START}(${WEEKS.map((w) => w[0]).join('|')})${END}`, 'gu');
/** "دو روز پیش" (two days ago): counted back from the report; "پیش از آن" (before that) is anaphoric and read elsewhere. */
const AGO_RE = new RegExp(`${START}(${Object.keys(NUMBER_WORDS).join('|')}|[0-9۰-۹]{1,2})\\s+روز\\s+(?:پیش|قبل)${END}(?!\\s+از)`, 'gu');

export const monthIndex = (table: string[][], word: string) => table.findIndex((names) => names.some((n) => n.replace(/\u200c/g, '') === word.replace(/\u200c/g, '')));
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The Monday of the week the day is in. */
export const weekStart = (iso: string): string => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

/**
 * Dates in Dari: "۱۶ میزان ۱۴۰۰" (Solar Hijri), "۸ اکتوبر ۲۰۲۱", weekdays ("روز جمعه": the most
 * recent Friday on or before the report's date) and yesterday/today. chrono-node has no Persian.
 */
export function findDariDates(text: string, reference: string, futureAt: FutureAt = () => 'past'): FoundDate[] {
  const found: FoundDate[] = [];
  const refYear = Number(reference.slice(0, 4));
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const m of text.matchAll(SOLAR)) {
    const month = monthIndex(SOLAR_MONTHS, m[2]!) + 1;
    const day = dayNumber(m[1]!);
    // Without a year: the Solar Hijri year current at the reference date (it starts in March).
    const year = m[3] ? Number(toLatinDigits(m[3])) : refYear - (Number(reference.slice(5, 7)) < 3 || (reference.slice(5, 7) === '03' && Number(reference.slice(8)) < 21) ? 622 : 621);
    let date = solarHijriToGregorian(year, month, day);
    // Without a year, a day after the report's is of the year before, unless the text speaks of what is to come.
    if (date && !m[3]) date = shiftYear(date, reference, futureAt(m.index!), (dy) => solarHijriToGregorian(year + dy, month, day));
    if (date) found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, date, precision: 'day' });
  }
  // Numeric Solar Hijri dates ("۱۴۰۲/۰۲/۰۴", "1402/2/4"), as incident logs and Afghan forms write them.
  for (const m of text.matchAll(SOLAR_NUMERIC)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const [year, month, day] = [m[1], m[2], m[3]].map((x) => Number(toLatinDigits(x!)));
    const date = solarHijriToGregorian(year!, month!, day!);
    if (date) found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, date, precision: 'day' });
  }
  for (const m of text.matchAll(GREG)) {
    const month = monthIndex(GREGORIAN_MONTHS, m[2]!) + 1;
    const day = dayNumber(m[1]!);
    const year = m[3] ? Number(toLatinDigits(m[3])) : refYear;
    const gregorian = (dy: number) => {
      const d = new Date(Date.UTC(year + dy, month - 1, day));
      return d.getUTCDate() === day ? d.toISOString().slice(0, 10) : undefined;
    };
    let date = gregorian(0);
    if (month < 1 || !date || taken(m.index!, m.index! + m[0].length)) continue;
    if (!m[3]) date = shiftYear(date, reference, futureAt(m.index!), gregorian);
    found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, date, precision: 'day' });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    // "روز سه‌شنبه اول حمل", "پنجشنبه، ۲۶ حوت": the weekday of the date right after it, not a day of its own.
    const end = m.index! + m[0].length;
    // The date then begins at its weekday, so that no other reading takes the word (دوشنبه is also Dushanbe).
    const dated = found.find((f) => f.start >= end && /^[\s،,]*$/u.test(text.slice(end, f.start)));
    if (dated) {
      dated.start = m.index!;
      dated.text = text.slice(m.index!, dated.end);
      continue;
    }
    const weekday = WEEKDAYS.find((w) => w[0].replace(/\u200c/g, '') === m[1]!.replace(/\u200c/g, ''))![1];
    const refDay = new Date(`${reference}T00:00:00Z`).getUTCDay();
    // The last such day on or before the report's, or the next one on or after it when a plan is told.
    const days = futureAt(m.index!) === 'future' ? (weekday - refDay + 7) % 7 : -((refDay - weekday + 7) % 7);
    found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, date: addDays(reference, days), precision: 'day' });
  }
  for (const m of text.matchAll(WEEK_RE)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const weeks = WEEKS.find((w) => w[0] === m[1])![1];
    found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, date: weekStart(addDays(reference, 7 * weeks)), precision: 'week' });
  }
  for (const m of text.matchAll(AGO_RE)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    const n = NUMBER_WORDS[m[1]!] ?? Number(toLatinDigits(m[1]!));
    found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, date: addDays(reference, -n), precision: 'day' });
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    if (taken(m.index!, m.index! + m[0].length)) continue;
    if (SPAN_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const days = RELATIVE.find((r) => r[0].replace(/\u200c/g, '') === m[1]!.replace(/\u200c/g, ''))![1];
    found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, date: addDays(reference, days), precision: 'day' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A Solar Hijri or Gregorian day and month without a year, in the year `chooseYear` gives it (ISO dates in and out). */
function shiftYear(date: string, reference: string, lean: DateLean, inYear: (delta: number) => string | undefined): string {
  // "اول حمل" in a report of 28 Hoot is three days ahead, in the next solar year.
  const ms = (d: string | undefined) => (d ? Date.parse(`${d}T00:00:00Z`) : undefined);
  return new Date(chooseYear(ms(date)!, ms(reference)!, lean, (dy) => ms(inYear(dy)))).toISOString().slice(0, 10);
}
