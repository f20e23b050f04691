/**
 * Dates told relative to the date just mentioned, not to the report's: "A day later", "two days
 * earlier", "the next day", "the day before", "на следующий день", "днём ранее", "через два дня",
 * "یک روز پیش از آن", "روز بعد". Found here with their offset in days; find-dates.ts anchors them.
 */
export interface AnaphoricMention {
  text: string;
  start: number;
  end: number;
  /** Days after (positive) or before (negative) the date it is anchored on. */
  offset: number;
  /**
   * The event it counts from, when it names one ("the day before the ambush", "накануне нападения",
   * "یک روز پیش از حمله"): the noun, to anchor on the last such event told rather than on the date
   * just mentioned.
   */
  noun?: string;
}

const EN_NUM: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const RU_NUM: Record<string, number> = { день: 1, днём: 1, днем: 1, сутки: 1, два: 2, двое: 2, двумя: 2, три: 3, трое: 3, тремя: 3, четыре: 4, четырьмя: 4, пять: 5, пятью: 5 };
const FA_NUM: Record<string, number> = { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7 };
const FA_DIGITS = (s: string) => s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

const count = (word: string | undefined, table: Record<string, number>): number | undefined => {
  if (word === undefined) return 1;
  const w = FA_DIGITS(word.toLowerCase());
  return /^\d+$/.test(w) ? Number(w) : table[w];
};

interface Rule {
  re: RegExp;
  /** The offset in days from the match. */
  offset: (m: RegExpMatchArray) => number | undefined;
  /** The event noun it counts from, if it names one. */
  noun?: (m: RegExpMatchArray) => string | undefined;
}

/** Nouns of events a date can be told relative to ("the day after the blast"). */
const EVENT_EN = '(attacks?|ambush|bombing|blast|explosion|brawl|clash(?:es)?|fighting|protests?|demonstration|raid|strike|airstrike|shelling|riot|arrests?|detentions?|meeting|talks|incident|shooting|killing|closure|rally)';
const EVENT_RU = '(нападени\\p{L}*|атак\\p{L}*|взрыв\\p{L}*|драк\\p{L}*|столкновени\\p{L}*|обстрел\\p{L}*|протест\\p{L}*|митинг\\p{L}*|перестрелк\\p{L}*|задержани\\p{L}*|встреч\\p{L}*|переговор\\p{L}*|теракт\\p{L}*|беспорядк\\p{L}*|стрельб\\p{L}*)';
const EVENT_FA = '(حمله|حملات|انفجار|درگیری|درگیری‌ها|اعتراض|اعتراضات|تظاهرات|بازداشت|نشست|دیدار|نزاع|تیراندازی|بمباران|کمین)';

const unit = (word: string) => (/^(?:weeks?|недел\p{L}*|هفته)$/iu.test(word) ? 7 : 1);
/** Not followed by a noun that would be the anchor instead ("two days before the election"): punctuation, an end, "that"/"this". */
const ALONE = '(?=\\s*(?:[,.;:!?)»"—–-]|$))';
const EN_N = `(${Object.keys(EN_NUM).join('|')}|\\d{1,2})`;
const RU_N = '(два|двое|двумя|три|трое|тремя|четыре|четырьмя|пять|пятью|\\d{1,2})';
const FA_N = `(${Object.keys(FA_NUM).join('|')}|[0-9۰-۹]{1,2})`;
const FA_END = '(?![\\p{L}\\u200c])';
const FA_START = '(?<![\\p{L}\\u200c])';

const RULES: Rule[] = [
  // Counted from a named event: "the day before the ambush", "two days after a mass brawl".
  {
    re: new RegExp(`\\b(?:the\\s+(?:day|night|morning|evening)|${EN_N}\\s+(days?|weeks?))\\s+(before|after)\\s+(?:the|a|an|this|that|last\\s+\\p{L}+[’']s)\\s+(?:[\\p{L}-]+\\s+){0,2}?${EVENT_EN}\\b`, 'giu'),
    offset: (m) => {
      const n = m[1] === undefined ? 1 : count(m[1], EN_NUM);
      return n === undefined ? undefined : n * (m[2] ? unit(m[2]) : 1) * (/^after$/i.test(m[3]!) ? 1 : -1);
    },
    noun: (m) => m[4],
  },
  {
    re: new RegExp(`(?<![\\p{L}])(накануне|на\\s+следующий\\s+день\\s+после|за\\s+день\\s+до|через\\s+день\\s+после)\\s+(?:\\p{L}+\\s+){0,1}?${EVENT_RU}(?![\\p{L}])`, 'giu'),
    offset: (m) => (/^(?:накануне|за)/iu.test(m[1]!) ? -1 : 1),
    noun: (m) => m[2],
  },
  {
    re: new RegExp(`${FA_START}(?:${FA_N}\\s+)?(روز|هفته)\\s+(پیش|قبل|بعد|پس)\\s+از\\s+${EVENT_FA}${FA_END}`, 'gu'),
    offset: (m) => {
      const n = count(m[1], FA_NUM);
      return n === undefined ? undefined : n * unit(m[2]!) * (/^(?:پیش|قبل)$/u.test(m[3]!) ? -1 : 1);
    },
    noun: (m) => m[4],
  },
  // "The attack came three days after a sea drone blew up …", "The brawl came a day after residents
  // blocked a highway": what follows "after" happened that many days before the day just told.
  {
    re: new RegExp(`\\b(?:came|comes|happened|occurred|followed|took\\s+place)\\s+${EN_N}\\s+(days?|weeks?)\\s+(after|before)\\b`, 'giu'),
    offset: (m) => {
      const n = count(m[1], EN_NUM);
      return n === undefined ? undefined : n * unit(m[2]!) * (/^after$/i.test(m[3]!) ? -1 : 1);
    },
  },
  // English: "a day later", "two days earlier", "a week after that", "the next day", "the day before".
  {
    re: new RegExp(`\\b${EN_N}\\s+(days?|weeks?)\\s+(later|afterwards|earlier)\\b|\\b${EN_N}\\s+(days?|weeks?)\\s+(after|before|prior)(?:\\s+(?:that|this|then))?${ALONE}`, 'giu'),
    offset: (m) => {
      const n = count(m[1] ?? m[4], EN_NUM);
      return n === undefined ? undefined : n * unit(m[2] ?? m[5]!) * (/^(?:later|after)/i.test(m[3] ?? m[6]!) ? 1 : -1);
    },
  },
  { re: /\b(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|evening|night)\b|\bthe\s+day\s+after(?:\s+that)?(?=\s*(?:[,.;:!?]|$|that\b))/giu, offset: () => 1 },
  { re: /\b(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|evening|night)\b|\bthe\s+day\s+before(?:\s+that)?(?=\s*(?:[,.;:!?]|$|that\b))|\ba\s+day\s+earlier\b/giu, offset: () => -1 },
  { re: /\b(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the\s+same)\s+day\b/giu, offset: () => 0 },
  // Russian: "на следующий день", "днём ранее", "двумя днями позже", "через два дня", "за день до этого", "в тот же день".
  { re: /(?<![\p{L}])(?:на\s+следующий\s+день|на\s+другой\s+день|следующим\s+(?:утром|днём|днем|вечером))(?![\p{L}])/giu, offset: () => 1 },
  {
    re: new RegExp(`(?<![\\p{L}])(?:${RU_N}\\s+)?(днём|днем|днями|сутками|неделей|неделями)\\s+(ранее|раньше|позже|позднее|спустя)(?![\\p{L}])`, 'giu'),
    offset: (m) => {
      const n = count(m[1], RU_NUM);
      return n === undefined ? undefined : n * (/^недел/iu.test(m[2]!) ? 7 : 1) * (/^(?:ранее|раньше)$/iu.test(m[3]!) ? -1 : 1);
    },
  },
  {
    re: new RegExp(`(?<![\\p{L}])(через|спустя)\\s+(?:${RU_N}\\s+)?(день|дня|дней|сутки|суток|неделю|недели|недель)(?![\\p{L}])`, 'giu'),
    offset: (m) => {
      const n = count(m[2], RU_NUM);
      return n === undefined ? undefined : n * (/^недел/iu.test(m[3]!) ? 7 : 1);
    },
  },
  {
    re: new RegExp(`(?<![\\p{L}])за\\s+(?:${RU_N}\\s+)?(день|дня|дней|сутки|суток|неделю|недели)\\s+до\\s+(?:этого|того)(?![\\p{L}])`, 'giu'),
    offset: (m) => {
      const n = count(m[1], RU_NUM);
      return n === undefined ? undefined : -n * (/^недел/iu.test(m[2]!) ? 7 : 1);
    },
  },
  // "накануне" alone is the day before; "накануне выборов" is before something else, and is not read.
  { re: /(?<![\p{L}])накануне(?=\s*(?:[,.;:]|вечером|утром|днём|днем|ночью|около\s|примерно\s|в\s|во\s|на\s|у\s))/giu, offset: () => -1 },
  { re: /(?<![\p{L}])(?:в\s+тот\s+же\s+день|(?:(?:утром|днём|днем|вечером|ночью)\s+)?того\s+же\s+дня)(?![\p{L}])/giu, offset: () => 0 },
  // Dari: "یک روز پیش از آن", "دو روز بعد", "روز بعد", "فردای آن روز", "همان روز".
  {
    re: new RegExp(`${FA_START}(?:${FA_N}\\s+)?(روز|هفته)\\s+(پیش|قبل|بعد|پس)\\s+از\\s+(?:آن|این)(?:\\s+روز)?${FA_END}`, 'gu'),
    offset: (m) => {
      const n = count(m[1], FA_NUM);
      return n === undefined ? undefined : n * unit(m[2]!) * (/^(?:پیش|قبل)$/u.test(m[3]!) ? -1 : 1);
    },
  },
  {
    // "دو روز بعد" (two days later) and "روز بعد" (the day after); "دو روز پیش" alone is "two days ago", read elsewhere.
    re: new RegExp(`${FA_START}(?:${FA_N}\\s+)?(روز|هفته)\\s+(بعد|پسین)${FA_END}(?!\\s+از)`, 'gu'),
    offset: (m) => {
      const n = count(m[1], FA_NUM);
      return n === undefined ? undefined : n * unit(m[2]!);
    },
  },
  { re: new RegExp(`${FA_START}روز\\s+قبل${FA_END}(?!\\s+از)`, 'gu'), offset: () => -1 },
  { re: new RegExp(`${FA_START}فردای\\s+آن\\s+روز${FA_END}`, 'gu'), offset: () => 1 },
  { re: new RegExp(`${FA_START}(?:در\\s+)?همان\\s+روز${FA_END}`, 'gu'), offset: () => 0 },
];

/** Every anaphoric date phrase of the text, longest first where two overlap. */
export function findAnaphoricDates(text: string): AnaphoricMention[] {
  const found: AnaphoricMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const offset = rule.offset(m);
      if (offset === undefined) continue;
      const noun = rule.noun?.(m);
      found.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, offset, ...(noun ? { noun } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => !found.slice(0, i).some((g) => f.start < g.end && f.end > g.start));
}
