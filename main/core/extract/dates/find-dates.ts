import * as chrono from 'chrono-node';
import { splitSentences, type Sentence } from '../text/sentences';
import { TRIGGERS } from '../events/event-triggers';
import { findAnaphoricDates } from './anaphoric-dates';
import { findDariDates, weekStart, type FoundDate } from './dari-dates';
import { chooseYear, dateLean, isSinceDate, type DateLean } from './date-context';
import { referenceAt, threadStamps } from '../text/post-stamps';

export type { FoundDate };

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Month names in English and Russian: a duration phrase with one of them is a date ("the night of 5 May"). */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|(?<![\p{L}])(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*/iu;

/** English "the evening of" before a weekday or a day ("on the evening of Tuesday, October 8"), which chrono reads as this evening. */
const TIME_OF_DAY_OF = /\b(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))/giu;

/** A month's English name or abbreviation and then a day number, with no year ("Oct 17", "Sept. 3", "March 5th"). */
const MONTH_THEN_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/i;

/** Russian times of day right before a day number ("утром 14 ноября", "вечером 10 марта"). */
const TIME_OF_DAY_BEFORE_DATE = /(?<![\p{L}])(?:утром|вечером|днём|днем|ночью)(?=\s+(?:\d|в\s|во\s))/giu;

/** "Вчерашнюю драку", "yesterday's attack": the day an adjective names, read as the adverb it comes from (blanked to its length). */
const YESTERDAYS = /(?<![\p{L}])(позавчера|вчера|сегодня)(?:шн|чн)\p{L}*/giu;

/** A day and month given without a year, at t in the reference's year, in the year its lean puts it. */
function inYearOf(t: number, reference: number, lean: DateLean): number {
  const d = new Date(t);
  return chooseYear(t, reference, lean, (dy) => Date.UTC(d.getUTCFullYear() + dy, d.getUTCMonth(), d.getUTCDate()));
}

/** The event triggers as non-global patterns, to ask whether a sentence tells an event at all. */
const TELLS_EVENT = TRIGGERS.map((t) => new RegExp(t.pattern.source, 'iu'));

/** How a date at this offset of its sentence leans; a past lean in a sentence that tells no event reaches a little ahead (see AHEAD_DAYS). */
function leanIn(sentence: string, offset: number): DateLean {
  const lean = dateLean(sentence, offset);
  return lean === 'past' && !TELLS_EVENT.some((p) => p.test(sentence)) ? 'ahead' : lean;
}

/**
 * chrono's result as a calendar date against the report's date. A weekday alone means the last one
 * on or before the report ("on Sunday" in a Friday report is five days earlier: reports tell what
 * happened); a day and month without a year that would fall after the report belong to the year
 * before (a January report on "28 December"). In a future context ("will meet on 3 June", "Next
 * update: 16 May") both go forward instead: the next such weekday, this year's or next year's date;
 * after "would" or "until", either goes to the nearer side of the report.
 */
function resolve(result: chrono.ParsedResult, reference: number, lean: DateLean): FoundDate | undefined {
  const c = result.start;
  const future = lean === 'future';
  const known = (k: chrono.Component) => c.isCertain(k);
  const relative = /\b(yesterday|today|tonight|last|ago|earlier|this)\b|вчера|сегодня|позавчера|прошл|назад|эт(?:ой|от|у)/iu.test(result.text);
  if (!known('day') && !known('weekday') && !known('month') && !relative) return undefined; // a bare time or year
  // "three years ago", "this year", "в этом году": a year, which is no day (and no month) of anything.
  if (!known('day') && !known('weekday') && !known('month') && /\byears?\b|(?<![\p{L}])(?:год\p{L}*|лет)(?![\p{L}])/iu.test(result.text)) return undefined;
  // "after three hours", "for 24 hours", "за сутки": a duration, which chrono reads as a moment from
  // now; a clock time with a day ("02:00 on Monday") is a moment.
  if (/\b(?:hours?|hrs?|minutes?|mins?|seconds?)\b|час|минут|секунд|сутк|суток/iu.test(result.text) && !known('weekday') && !/\d:\d\d/.test(result.text) && !MONTH_WORD.test(result.text)) return undefined;
  let t = Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!);
  // "Oct 17", "Sept. 3" (American wire style): chrono's British reading takes the number for a year
  // (October 2017); a one- or two-digit number after a month's name is its day.
  const monthDay = !known('day') && MONTH_THEN_DAY.exec(result.text.trim());
  if (monthDay) t = inYearOf(Date.UTC(new Date(reference).getUTCFullYear(), c.get('month')! - 1, Number(monthDay[1])), reference, lean);
  // "after a week (of fighting)" is a span of time, not a day after the report.
  if (!/\d/.test(result.text) && !known('weekday') && t > reference + DAY) return undefined;
  if (known('weekday') && !known('day') && !known('month')) {
    if (future) while (t < reference - DAY / 2) t += 7 * DAY;
    else while (t > reference) t -= 7 * DAY;
    // "talks would continue on Friday" in a Wednesday report: a future seen from the past, whichever Friday is nearer.
    if (lean === 'near' && t + 7 * DAY - reference < reference - t) t += 7 * DAY;
  } else if (known('month') && !known('year') && !monthDay) {
    t = inYearOf(t, reference, lean);
    // "Saturday, Jul 2": the weekday says which year, where the lean alone would guess.
    if (known('weekday') && known('day')) {
      const years = [0, -1, 1].map((dy) => Date.UTC(new Date(t).getUTCFullYear() + dy, c.get('month')! - 1, c.get('day')!));
      t = years.filter((y) => new Date(y).getUTCDay() === c.get('weekday')).sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference))[0] ?? t;
    }
  }
  // "earlier this week, on Tuesday", "на прошлой неделе, во вторник": chrono keeps the week and
  // drops the day; the day is that weekday of the week named.
  const weekday = !known('weekday') && /\bweeks?\b|(?<!\p{L})недел/iu.test(result.text) ? weekdayIndex(result.text) : undefined;
  if (weekday !== undefined) t = Date.parse(`${weekOf(result.text, reference, t)}T00:00:00Z`) + weekday * DAY;
  // chrono sets a day for "last week"; a week is what the text knows unless it names a day. The
  // date of a week is its Monday, as the date of a month is its first.
  // "on Thursday last week": chrono has read the day itself.
  const week = weekday === undefined && !known('weekday') && /\bweeks?\b|(?<!\p{L})недел/iu.test(result.text) && !/\d/.test(result.text);
  // "this month", "в прошлом месяце": relative, but a month.
  const month = !known('day') && !known('weekday') && /\bmonths?\b|месяц/iu.test(result.text);
  const precision = week ? 'week' : month ? 'month' : known('day') || known('weekday') || relative || monthDay ? 'day' : 'month';
  const text = result.text.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '');
  const start = result.index + result.text.indexOf(text);
  return { text, start, end: start + text.length, date: week ? weekOf(result.text, reference, t) : iso(t), precision };
}

/**
 * Where a thread numbers its posts ("1/6 🧵 …", "2/6 …" at the start of lines, two or more with the
 * same total): those counters' offsets, which are no dates.
 */
function threadCounters(text: string): Set<number> {
  const lines = [...text.matchAll(/^[ \t]*(\d{1,2})\/(\d{1,2})(?![\d/.])/gmu)].filter((m) => Number(m[1]) <= Number(m[2]));
  const totals = new Map<string, number>();
  for (const m of lines) totals.set(m[2]!, (totals.get(m[2]!) ?? 0) + 1);
  return new Set(lines.filter((m) => totals.get(m[2]!)! >= 2).map((m) => m.index! + m[0].indexOf(m[1]!)));
}

/**
 * "on Sunday (9 June)", "в воскресенье (9 июня)": a weekday glossed by its date in brackets is that
 * date, not the last such weekday before the report.
 */
function glossedWeekdays(dates: FoundDate[], sentence: string): FoundDate[] {
  return dates.map((d, i) => {
    const next = dates[i + 1];
    if (!next || d.precision !== 'day' || next.precision !== 'day' || /\d/.test(d.text) || !/^\s*\(\s*$/u.test(sentence.slice(d.end, next.start))) return d;
    return { ...d, date: next.date };
  });
}

/**
 * "Last week, on Thursday", "на прошлой неделе, в четверг": chrono reads a week and a weekday apart
 * (the weekday as the last one before the report); together they name that weekday of that week.
 */
function joinWeekAndWeekday(dates: FoundDate[], sentence: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const d of dates) {
    const week = out.at(-1);
    const day = weekdayIndex(d.text);
    if (week?.precision === 'week' && day !== undefined && /^[\s,]*(?:on|в|во)?\s*$/iu.test(sentence.slice(week.end, d.start)) && /^(?:on\s+|в\s+|во\s+)?\p{L}+$/iu.test(d.text)) {
      out[out.length - 1] = { ...week, text: sentence.slice(week.start, d.end), end: d.end, date: iso(Date.parse(`${week.date}T00:00:00Z`) + day * DAY), precision: 'day' };
    } else out.push(d);
  }
  return out;
}

/** English and Russian weekday names, Monday first, as the stems their cases share. */
const WEEKDAYS = [/\bmonday|понедельник/iu, /\btuesday|вторник/iu, /\bwednesday|сред[ауы]/iu, /\bthursday|четверг/iu, /\bfriday|пятниц/iu, /\bsaturday|суббот/iu, /\bsunday|воскресень/iu];

/** Days after Monday of the weekday a phrase names, if it names one. */
function weekdayIndex(phrase: string): number | undefined {
  const i = WEEKDAYS.findIndex((w) => w.test(phrase));
  return i < 0 ? undefined : i;
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
  const leanAt = (at: number): DateLean => {
    const s = sentenceAt(at);
    return s ? leanIn(s.text, at - s.start) : 'past';
  };
  // In a thread or a channel, each post's "today" is its own stamp's day.
  const stamps = threadStamps(text);
  const dayAt = (at: number) => referenceAt(stamps, at, referenceDate);
  const anaphoric = findAnaphoricDates(text);
  const counters = threadCounters(text);
  // Ranges first: where chrono reads "from 13 to 20 May" too, the range is kept (same span, found first).
  const found: FoundDate[] = findRanges(text, sentences, ref, leanAt);
  /** The year the text gave each month it named with one ("April 2024", "3 April 2024"), in reading order. */
  const monthYears = new Map<number, number>();
  /** The last year each paragraph gave. */
  const paragraphYears = new Map<number, number>();
  for (const s of sentences) {
    // A line of digits alone ("16.05.2022 09:15", a post's stamp) is read day first, as the region writes dates.
    const digitsOnly = !/\p{L}/u.test(s.text);
    const parsers = [...(/\p{Script=Latin}/u.test(s.text) || digitsOnly ? [chrono.en.GB] : []), ...(/\p{Script=Cyrillic}/u.test(s.text) ? [chrono.ru] : [])];
    for (const parser of parsers) {
      // chrono.ru reads "Утром 14 ноября" as this morning and loses the date: the time of day before
      // a day number is blanked (same length, so offsets hold) and the date read alone.
      const words = s.text.replace(parser === chrono.ru ? TIME_OF_DAY_BEFORE_DATE : TIME_OF_DAY_OF, (w) => ' '.repeat(w.length)).replace(YESTERDAYS, (w, day: string) => day + ' '.repeat(w.length - day.length));
      const own: FoundDate[] = [];
      const sentenceReference = Date.parse(`${dayAt(s.start)}T12:00:00Z`);
      for (const r of parser.parse(words, { instant: new Date(sentenceReference), timezone: 0 })) {
        // "now", "right now", "сейчас": the present, not a day a report dates anything by (and "Now Zad" is a district).
        if (/^(?:right\s+)?now$|^сейчас$/iu.test(r.text.trim())) continue;
        // "1/6", "4/6" opening a thread's posts: a count of posts, not the 1st or 4th of June.
        if (counters.has(s.start + r.index)) continue;
        // "6/7 unknown armed men", "300/350 persons": a count given as a range, not the 6th of July.
        if (/^\d{1,3}\/\d{1,3}$/u.test(r.text.trim()) && /^\s+\p{Ll}/u.test(s.text.slice(r.index + r.text.length)) && !/(?:\b(?:on|since|by|until|till|from|dated)|(?<![\p{L}])(?:от|на|с|до|по))\s+$/iu.test(s.text.slice(0, r.index))) continue;
        // chrono matches inside a word ("в Мары" as "в Мар", March): a date ends where a word does.
        if (/^\p{L}/u.test(words.slice(r.index + r.text.length))) continue;
        // "two days before the vote" counts from the vote, which is not a date we know.
        if (/\b(?:before|after)$|(?:до|после)$/iu.test(r.text) && /^\s+\p{L}/u.test(s.text.slice(r.index + r.text.length))) continue;
        const lean = leanIn(s.text, r.index);
        const d = resolve(r, sentenceReference, lean);
        if (!d) continue;
        // "Нефтебаза сегодня ночью подверглась атаке": the night just gone, not the coming one chrono reads.
        if (lean !== 'future' && /^(?:сегодня|этой)\s+ночью$/iu.test(d.text)) d.date = iso(sentenceReference);
        // "in April 2024 … On 17 April, police detained …": a day without its year is in the year the
        // text gave its month (an article about last year's events, read in this year's report).
        // So is one in a paragraph that gave a year ("in January 2024 … at a meeting on 28 March").
        // Only a year written out counts ("May 2010" is no "MAY 10", a day chrono may read as a year).
        if (r.start.isCertain('year') && /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(r.text)) {
          paragraphYears.set(s.paragraph, r.start.get('year')!);
          if (r.start.isCertain('month')) monthYears.set(r.start.get('month')!, r.start.get('year')!);
        } else if (d.precision === 'day' && r.start.isCertain('month') && !r.start.isCertain('year') && (lean === 'past' || lean === 'ahead')) {
          const year = monthYears.get(r.start.get('month')!) ?? paragraphYears.get(s.paragraph);
          // "On Monday, 13 January" after "since January 2024": the weekday names the year (13 January 2024 was a Saturday).
          const weekdayFits = (y: number) => !r.start.isCertain('weekday') || new Date(`${y}${d.date.slice(4)}T00:00:00Z`).getUTCDay() === r.start.get('weekday');
          if (year !== undefined && Date.parse(`${year}${d.date.slice(4)}T00:00:00Z`) <= sentenceReference && weekdayFits(year)) d.date = `${year}${d.date.slice(4)}`;
        }
        // chrono's own ranges ("с 28 февраля по 3 марта", "13–20 May"): the last day, as many days after the first.
        const span = r.end?.isCertain('day') ? Math.round((r.end.date().getTime() - r.start.date().getTime()) / DAY) : 0;
        const endDate = d.precision === 'day' && span > 0 && span <= 62 ? iso(Date.parse(`${d.date}T00:00:00Z`) + span * DAY) : undefined;
        own.push({ ...d, ...(endDate ? { endDate } : {}) });
      }
      for (const d of glossedWeekdays(joinWeekAndWeekday(own, s.text), s.text)) found.push({ ...d, start: d.start + s.start, end: d.end + s.start });
    }
  }
  if (/\p{Script=Arabic}/u.test(text)) found.push(...findDariDates(text, referenceDate, (at) => leanAt(at)));
  // An anaphoric phrase wins over what chrono made of it ("a day later" as the day after the report).
  const plain = found.filter((f) => !anaphoric.some((a) => f.start < a.end && f.end > a.start));
  const all: Array<FoundDate & { offset?: number; noun?: string }> = [...plain, ...anaphoric.map((a) => ({ ...a, date: '', precision: 'day' as const }))];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = all.filter((f, i) => !all.slice(0, i).some((g) => f.start < g.end && f.end > g.start));
  const anchored = anchor(
    // "с 1 ноября будет работать": a future start, not a span up to now.
    kept.map((d) => (!d.endDate && leanAt(d.start) !== 'future' && isSinceDate(text, d.start, d.end) ? { ...d, since: true } : d)),
    dayAt,
    text,
    sentences,
  );
  // A range gives two days: its first (which dates the event) and its last.
  return anchored.flatMap((d) => (d.endDate ? [d, { ...d, date: d.endDate, endDate: undefined, rangeEnd: true }] : [d]));
}

/** "from 13 to 20 May", "between 13 and 20 May", "13–20 May", "с 13 по 20 мая", "از ۱۳ تا ۲۰ ثور": a first day before a full date. */
const RANGE = /(?:\b(?:from|between)\s+|(?<![\p{L}])(?:с|со|از)\s+)?(\d{1,2}|[۰-۹]{1,2})\s*(?:to|and|until|till|through|по|до|تا|الی|[-–—])\s*(?=(?:\d{1,2}|[۰-۹]{1,2})\s+\p{L})/giu;
const latinDigits = (x: string) => x.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/**
 * Date ranges, as one found date from the first day (its date) to the last (its endDate): the first
 * day is the last one's phrase with its own number ("13 May" from "20 May", "۱۳ ثور" from "۲۰ ثور",
 * so that Solar Hijri months count right), read as any date is; the last is the next such day on
 * or after it.
 */
function findRanges(text: string, sentences: Sentence[], ref: { instant: Date; timezone: number }, leanAt: (at: number) => DateLean): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(RANGE)) {
    const at = m.index! + m[0].length;
    const s = sentences.find((x) => at >= x.start && at < x.end);
    if (!s) continue;
    const rest = text.slice(at, s.end);
    const day = m[1]!;
    const lean = leanAt(m.index!);
    const last = readDay(rest, ref.instant.getTime(), lean);
    if (!last || Number(latinDigits(day)) >= Number(latinDigits(/^\S+/u.exec(last.text)![0]))) continue;
    const first = readDay(day + last.text.replace(/^\S+/u, ''), ref.instant.getTime(), lean);
    if (!first) continue;
    const end = readDay(rest, Date.parse(`${first.date}T12:00:00Z`), 'future');
    if (!end || end.date < first.date) continue;
    out.push({ text: m[0] + last.text, start: m.index!, end: at + last.end, date: first.date, precision: 'day', endDate: end.date });
  }
  return out;
}

/** The day date that opens this text, if one does ("20 May …", "۲۰ ثور …"), read against a reference instant. */
function readDay(text: string, reference: number, lean: DateLean): FoundDate | undefined {
  if (/\p{Script=Arabic}/u.test(text.slice(0, 20))) {
    return findDariDates(text, iso(reference), () => lean).find((d) => d.start === 0 && d.precision === 'day');
  }
  const parser = /\p{Script=Cyrillic}/u.test(text.slice(0, 20)) ? chrono.ru : chrono.en.GB;
  const r = parser.parse(text, { instant: new Date(reference), timezone: 0 }).find((x) => x.index === 0 && x.start.isCertain('day') && x.start.isCertain('month'));
  const d = r && resolve(r, reference, lean);
  return d && d.start === 0 ? d : undefined;
}

/** A date right after a verb of saying dates the saying, not the event the sentence tells. */
const SAID_BEFORE = /(?:\b(?:said|says|told|announced|reported|stated|confirmed)(?:\s+on)?|(?<![\p{L}])(?:заявил\p{L}*|сообщил\p{L}*|объявил\p{L}*|گفت\p{L}*))\s+$/iu;

/** The key an event noun is recognised by in other sentences: its first letters ("ambush" in "ambushed", "напад" in "напали"). */
const nounKey = (noun: string) => {
  const n = noun.toLowerCase().replace(/\u200c.*$/u, '');
  return n.slice(0, /\p{Script=Arabic}/u.test(n) ? 3 : /\p{Script=Cyrillic}/u.test(n) ? 4 : 5);
};

/** Whether a sentence tells an event of the kind the noun names: a word of the same stem, or a trigger that reads both. */
function tellsEvent(sentence: string, noun: string): boolean {
  const key = nounKey(noun);
  if (new RegExp(`(?<![\\p{L}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(sentence)) return true;
  return TRIGGERS.some((t) => new RegExp(t.pattern.source, 'iu').test(noun) && new RegExp(t.pattern.source, 'iu').test(sentence));
}

/** The start of a digest's item: a keycap number, an emoji, a bullet or "3." / "3)". */
const DIGEST_ITEM = /^(?:\d\uFE0F?\u20E3|\p{Extended_Pictographic}|[-•*▪►–—][ \t]|\d{1,2}[.)][ \t])/u;

/**
 * Anaphoric dates count from the last day-precision date before them (which may itself be
 * anaphoric), or from the report's date when none came before. One that names an event ("the day
 * before the ambush", "накануне нападения") counts from the day of the last such event told; when
 * that event was not told before and the phrase stands beside a date ("closed on 27 February, the
 * day after a mass brawl"), it dates the event it names from that date instead (`names`).
 */
function anchor(dates: Array<FoundDate & { offset?: number; noun?: string }>, dayAt: (at: number) => string, text: string, sentences: Sentence[]): FoundDate[] {
  const out: FoundDate[] = [];
  /** Days found by looking back from another ("a week earlier", "the day before"). */
  const flashbacks = new Set<FoundDate>();
  const sentenceOf = (at: number) => sentences.find((s) => at >= s.start && at < s.end);
  const shift = (date: string, days: number) => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);
  for (const [i, { offset, noun, ...d }] of dates.entries()) {
    if (offset === undefined) {
      out.push(d);
      continue;
    }
    const reference = Date.parse(`${dayAt(d.start)}T00:00:00Z`);
    if (noun) {
      const own = sentenceOf(d.start);
      const eventDay = (s: Sentence) =>
        out.find((o) => o.start >= s.start && o.end <= s.end && o.precision === 'day' && !o.since && !o.rangeEnd && Date.parse(`${o.date}T00:00:00Z`) <= reference + DAY && !SAID_BEFORE.test(text.slice(Math.max(0, o.start - 30), o.start)));
      // "В ночь на среду беспилотник атаковал завод …, а накануне атаки …": told earlier in the same sentence.
      const before = own && tellsEvent(text.slice(own.start, d.start), noun) ? eventDay({ ...own, end: d.start }) : undefined;
      const told = before ?? sentences.filter((s) => own && s.end <= own.start && tellsEvent(s.text, noun)).reverse().map(eventDay).find((o) => o !== undefined);
      if (told) {
        out.push({ ...d, date: shift(told.date, offset), precision: 'day' });
        continue;
      }
      const beside = out.at(-1);
      if (beside && beside.precision === 'day' && own && beside.start >= own.start && /^[\s,;:(—–-]*$/u.test(text.slice(beside.end, d.start))) {
        out.push({ ...d, date: shift(beside.date, -offset), precision: 'day', names: { start: d.start, end: d.end } });
      }
      continue;
    }
    // "Накануне, 9 августа": the date in apposition says it; the anaphoric phrase adds nothing.
    const next = dates[i + 1];
    if (next && next.offset === undefined && next.start - d.end <= 3) continue;
    // "On Friday … A week earlier … The following day …": a day after, in a later sentence, counts on
    // from the story's own line, not from a look back at something before it (in the same sentence,
    // "a day before that a mine went off and the next day …", it goes on from the look back).
    const lookedBack = (o: FoundDate) => offset > 0 && flashbacks.has(o) && sentenceOf(o.start) !== sentenceOf(d.start);
    // A digest's numbered or bulleted item ("3️⃣ Накануне вечером в Сорске …") counts from its own days, else the digest's: items are not a story.
    const own = sentenceOf(d.start);
    const itemStart = own ? sentences.find((s) => s.paragraph === own.paragraph)!.start : undefined;
    const item = itemStart !== undefined && DIGEST_ITEM.test(text.slice(itemStart, itemStart + 8)) ? itemStart : undefined;
    const base = out.filter((o) => o.precision === 'day' && !o.since && !lookedBack(o) && (item === undefined || o.start >= item)).at(-1)?.date ?? dayAt(d.start);
    const found: FoundDate = { ...d, date: iso(Date.parse(`${base}T00:00:00Z`) + offset * DAY), precision: 'day' };
    if (offset < 0) flashbacks.add(found);
    out.push(found);
  }
  return out;
}
