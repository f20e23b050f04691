/**
 * What the words around a date say about it: a plan ("will meet on 3 June") puts a date without a
 * year after the report; "since 10 May" starts a span up to now rather than naming an event's day.
 */

/**
 * Words that put what follows in the future, in English and Russian (they come before the date:
 * "will meet on 3 June", "Next update: 16 May", "планируется 5 июня").
 */
const FUTURE_BEFORE =
  /\b(?:will|shall|is (?:due|scheduled|expected|set|planned|to be held)|are (?:due|scheduled|expected|set|planned|to be held)|to be held|due to|plans? to|planned for|scheduled for|upcoming|next (?!day\b|morning\b|evening\b|night\b)\p{L}+)\b|(?:^|[^\p{L}])(?:будет|будут|начн[её]тся|начнутся|откро[ею]тся|заработает|вступит|возобнов[ия]тся|продлится|состоится|состоятся|пройд[её]т|пройдут|планиру\p{L}*|запланирован\p{L}*|намечен\p{L}*|намерен\p{L}*|ожида\p{L}*ся|предстоящ\p{L}*|следующ\p{L}* (?:встреч|раунд|заседани|саммит|пикет|митинг|акци|протест)\p{L}*)(?![\p{L}])/iu;

/**
 * Dari marks the future around the verb, which ends the sentence: "قرار است … برگزار شود" (is to be
 * held), "خواهد/خواهند" (will), "آینده" (next, coming).
 */
const FUTURE_DARI = /(?<![\p{L}\u200c])(?:قرار است|قرار بود|خواهد|خواهند|آینده|برنامه‌?ریزی شده|پیش رو|برگزار می‌?(?:شود|شوند|گردد))(?![\p{L}\u200c])/u;

/**
 * Words that bound a span or tell a future seen from the past ("would mediate on 20 June", "until
 * 15 December", "до 15 декабря", "تا ۱۵ سرطان"): the date may fall either side of the report, and
 * a date without a year is read in the year that puts it nearest the report's date.
 */
const NEAR_BEFORE = /\b(?:would|until|till|through|deadline|postponed (?:to|until)|extended (?:to|until))\b/iu;
/** Russian "до"/"по" bound a span only right before the date ("до 15 декабря", "с 13 по 20 мая"). */
const NEAR_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:до|по|вплоть до)\s+$/iu;
const NEAR_DARI = /(?<![\p{L}\u200c])تا(?![\p{L}\u200c])\s+$/u;

/**
 * A future verb after a date in its clause (Russian and English put it there too: "с 1 ноября будет
 * работать", "on 1 September will open").
 */
const FUTURE_AFTER = /^[^.;!?]{0,60}?(?:\b(?:will|shall|(?:is|are) (?:expected|forecast))\b|(?<![\p{L}])(?:будет|будут|начн[её]тся|начнутся|откро[ею]тся|заработает|вступит|состоится|состоятся|ожида\p{L}*ся|прогнозиру\p{L}*ся)(?![\p{L}]))/iu;
/** What ends a Dari clause after a date: "که" (that) opens what was said or promised, which may be future while the clause is not. */
const DARI_CLAUSE_END = /(?<![\p{L}\u200c])که(?![\p{L}\u200c])/u;

/** How far before a date (in characters, within its sentence) an English or Russian future word still governs it. */
const REACH = 100;
/** How close before a date an "until" or a "would" must stand. */
const NEAR_REACH = 60;

/**
 * How far after the report a day and month without a year may fall and still be this year's where
 * the sentence tells no event ('ahead'): a report does not name a day eleven months back without
 * its year, so "from 23 October" in a report of 20 October is a plan whose wording was not
 * recognised ("planned to move … from 23 October"), not last year's 23 October. A month is what
 * such plans reach. Where the sentence tells an attack or an arrest ('past'), a day after the
 * report is last year's, with two days' slack for datelines.
 */
export const AHEAD_DAYS = 31;
const DAY = 86_400_000;

/** Whether a date without a year, at t, stays in the report's year in a past or 'ahead' context. */
const keepsYear = (t: number, reference: number, lean: 'past' | 'ahead'): boolean => t <= reference + (lean === 'ahead' ? AHEAD_DAYS : 2) * DAY;

/**
 * The year a day and month without one belong to, given that day in the report's year (t) and in
 * the years around it (`inYear(±1)`, undefined where the calendar has no such day): forward in a
 * future context, the nearest for a span's bound, else the latest the lean allows ("2 January"
 * ahead of a report of 30 December is next year's; "28 December" in a January report last year's).
 * Used for the Gregorian and the Solar Hijri calendar alike.
 */
export function chooseYear(t: number, reference: number, lean: DateLean, inYear: (delta: number) => number | undefined): number {
  if (lean === 'future') return t < reference - DAY ? (inYear(1) ?? t) : t;
  const options = [inYear(1), t, inYear(-1)].filter((y): y is number => y !== undefined);
  if (lean === 'near') return options.sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference))[0]!;
  return options.find((y) => keepsYear(y, reference, lean)) ?? t;
}

/**
 * How a date without a year leans: into the past (a sentence telling an event: the default of a
 * report), a little ahead (a sentence telling no event), forward (a plan) or to the nearest year
 * (a span's bound).
 */
export type DateLean = 'past' | 'ahead' | 'future' | 'near';

/**
 * Whether the date at [start, end) of the sentence is in a future context: a future word shortly
 * before it in its clause (English, Russian), or anywhere in its sentence (Dari, whose verb comes last).
 */
export function isFutureContext(sentence: string, start: number): boolean {
  return dateLean(sentence, start) === 'future';
}

/**
 * How a date without a year at this offset of its sentence leans: 'future' after a word of plans
 * (anywhere in a Dari sentence, whose verb comes last), 'near' after "until" or "would", right after "до",
 * "تا", else 'past'.
 */
export function dateLean(sentence: string, start: number): DateLean {
  if (/\p{Script=Arabic}/u.test(sentence)) {
    // The date's own clause: "روز جمعه والی … دیدار کرد و وعده داد که … فرستاده خواهد شد" is a past
    // meeting with a promise; "قرار است روز جمعه … برگزار شود" is a plan.
    const from = Math.max(sentence.lastIndexOf('.', start), 0);
    const afterEnd = sentence.slice(start).search(DARI_CLAUSE_END);
    const clause = sentence.slice(from, afterEnd < 0 ? sentence.length : start + afterEnd);
    if (FUTURE_DARI.test(clause)) return 'future';
    return NEAR_DARI.test(sentence.slice(Math.max(0, start - 10), start)) ? 'near' : 'past';
  }
  const before = sentence.slice(Math.max(0, start - REACH), start);
  // The clause the date is in: a full stop, a semicolon or "but" ends the reach of "will".
  const clause = before.split(/[;.!?]|\s(?:but|while|although|но|однако)\s/iu).at(-1) ?? '';
  const after = sentence.slice(start).replace(/^[^\s]+\s+\S+/u, '');
  if (FUTURE_BEFORE.test(clause)) return 'future';
  if (!NEAR_BEFORE.test(clause.slice(-NEAR_REACH)) && !NEAR_RIGHT_BEFORE.test(clause) && FUTURE_AFTER.test(after)) return 'future';
  return NEAR_BEFORE.test(clause.slice(-NEAR_REACH)) || NEAR_RIGHT_BEFORE.test(clause) ? 'near' : 'past';
}

/** "since 10 May", "since last week", "с 5 мая", "начиная с мая", "از ۱۰ حوت به این سو / تاکنون / بدین‌سو". */
const SINCE_BEFORE = /(?:\b(?:since|ever since)|(?:^|\s)(?:с|со|начиная с|начиная со)|(?:^|\s)از)\s+$/iu;
const SINCE_AFTER_DARI = /^\s*(?:به این سو|به این‌سو|بدین‌?سو|تاکنون|تا کنون|تا اکنون|به بعد)/u;

/**
 * Whether a date opens a span ("since 10 May"): in Dari only with the closing words ("از ۱۰ حوت به
 * این سو"), as "از" alone is also "from" and "of"; in Russian "с" must not be part of a range
 * ("с 5 по 7 мая" is found as one date by chrono anyway).
 */
export function isSinceDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  if (/\p{Script=Arabic}/u.test(text.slice(start, end))) return /(?:^|\s)از\s+$/u.test(before) && SINCE_AFTER_DARI.test(after);
  if (/(?:^|\s)(?:с|со)\s+$/iu.test(before) && /^\s*(?:по|до)\s/iu.test(after)) return false;
  return SINCE_BEFORE.test(before) || /^(?:since|с|со|начиная с)\s/iu.test(text.slice(start, end));
}
