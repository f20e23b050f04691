import { GREGORIAN_MONTHS, monthIndex, SOLAR_MONTHS, toLatinDigits } from '../extract/dates/dari-dates';
import { solarHijriToGregorian } from '../extract/dates/persian-calendar';

/**
 * Reads the publication date a report states at its top: a dateline such as "Kabul, 9 October 2021",
 * "KABUL, Oct. 9, 2021 (Reuters) –", "Москва, 8 октября 2021 г.", "کابل، ۱۷ میزان ۱۴۰۰" (Solar
 * Hijri), "کابل، ۹ اکتبر ۲۰۲۱", or a line "date 2021-10-08" / "Date: 9 October 2021" / "تاریخ: …".
 * Returns YYYY-MM-DD, or undefined (never a guess from elsewhere in the text).
 */
const MONTHS: Record<string, number> = {};
const add = (names: string, month: number) => names.split(' ').forEach((n) => (MONTHS[n] = month));
add('january jan января январь', 1);
add('february feb февраля февраль', 2);
add('march mar марта март', 3);
add('april apr апреля апрель', 4);
add('may мая май', 5);
add('june jun июня июнь', 6);
add('july jul июля июль', 7);
add('august aug августа август', 8);
add('september sep sept сентября сентябрь', 9);
add('october oct октября октябрь', 10);
add('november nov ноября ноябрь', 11);
add('december dec декабря декабрь', 12);

const MONTH = '(\\p{L}+)\\.?';
const PLACE = "(?:[\\p{L}][\\p{L}\\p{M} .'’-]{0,60}),\\s*";
const DAY_MONTH_YEAR = new RegExp(`^(?:${PLACE})?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`^(?:${PLACE})?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'iu');
const ISO = /^(\d{4})-(\d{2})-(\d{2})\b/;
const DATE_LABEL = /^(?:date|تاریخ)(?:\s*:\s*|\s+)/iu;

// Dari and Persian: an optional place and comma (، or ,), an optional weekday, then day, month and
// year in Persian, Arabic or Latin digits; the month names the calendar (Solar Hijri or Gregorian).
const PERSIAN_PLACE = '(?:[\\p{L}\\u200c][\\p{L}\\p{M}\\u200c .-]{0,60}[،,]\\s*)?';
const PERSIAN_WEEKDAY = '(?:(?:روز\\s+)?(?:شنبه|یک‌?شنبه|دو‌?شنبه|سه‌?\\s?شنبه|چهار‌?شنبه|پنج‌?شنبه|جمعه)[،,]?\\s+)?';
const monthAlternatives = (table: string[][]) => table.flat().map((n) => n.replace(/\u200c/g, '\u200c?')).join('|');
const PERSIAN_DATE = new RegExp(
  `^${PERSIAN_PLACE}${PERSIAN_WEEKDAY}([0-9۰-۹٠-٩]{1,2})\\s+(${monthAlternatives(SOLAR_MONTHS)}|${monthAlternatives(GREGORIAN_MONTHS)})(?![\\p{L}\\u200c])\\s+(?:سال\\s+)?([0-9۰-۹٠-٩]{4})(?![0-9۰-۹٠-٩])`,
  'u',
);

function persianDate(text: string): string | undefined {
  const m = PERSIAN_DATE.exec(text);
  if (!m) return undefined;
  const day = Number(toLatinDigits(m[1]!));
  const year = Number(toLatinDigits(m[3]!));
  const solar = monthIndex(SOLAR_MONTHS, m[2]!);
  if (solar >= 0) return year >= 1300 && year < 1500 ? solarHijriToGregorian(year, solar + 1, day) : undefined;
  return toIso(year, monthIndex(GREGORIAN_MONTHS, m[2]!) + 1, day);
}

function toIso(year: number, month: number | undefined, day: number): string | undefined {
  if (!month || year < 1900 || year > 2200) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

export function parseDateLine(line: string): string | undefined {
  const text = line.trim().replace(/^[#>*_\s]+/, '').replace(DATE_LABEL, '');
  let m = ISO.exec(text);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(text);
  const dayMonthYear = m ? toIso(Number(m[3]), MONTHS[m[2]!.toLowerCase()], Number(m[1])) : undefined;
  if (dayMonthYear) return dayMonthYear;
  m = MONTH_DAY_YEAR.exec(text);
  const monthDayYear = m ? toIso(Number(m[3]), MONTHS[m[1]!.toLowerCase()], Number(m[2])) : undefined;
  if (monthDayYear) return monthDayYear;
  return persianDate(text);
}

/** True for a line that is only a date label (so it is not taken as the title). */
export const isDateOnlyLine = (line: string): boolean =>
  DATE_LABEL.test(line.trim()) && parseDateLine(line) !== undefined;
