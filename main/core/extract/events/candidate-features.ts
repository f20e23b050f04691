import type { FoundDate } from '../dates/find-dates';
import type { PlaceMention } from '../places/find-places';

/**
 * What the candidate scorer sees of one event candidate: the fields every version of extraction has
 * given (the contract's EventCandidate), so that the scorer can be trained on what earlier versions
 * found in reports they had never seen (test/fixtures/extract/first-runs/).
 */
export interface CandidateView {
  date: string;
  datePrecision: string;
  place: string | null;
  geoPrecision: string | null;
  type: string;
  subType: string;
  actors: string[];
  fatalities: number | null;
  injured: number | null;
  start: number;
  end: number;
}

/** The report a candidate was found in, and what extraction found in it. */
export interface CandidateContext {
  text: string;
  referenceDate: string;
  dates: FoundDate[];
  places: PlaceMention[];
  candidates: CandidateView[];
}

const DAY = 86_400_000;
const days = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;

/** Words of saying: a sentence that reports what someone said is often a reaction, not the event. */
const SAYING = /\b(?:said|says|told|according to|stated|announced|claimed|reported)\b|(?<![\p{L}])(?:заявил\p{L}*|сообщил\p{L}*|сообщает|по словам|по данным|рассказал\p{L}*)(?![\p{L}])|(?<![\p{L}\u200c])(?:گفت|گفته|گفتند|اعلام|به گفتهٔ|به گفته|افزود)(?![\p{L}\u200c])/iu;
/** What may happen, or what someone wants to happen. */
const MAYBE = /\b(?:will|would|could|may|might|plans?|planned|expected|intends?|threatened|warned|if)\b|(?<![\p{L}])(?:будет|будут|может|могут|планиру\p{L}*|намерен\p{L}*|ожида\p{L}*|пригрозил\p{L}*|предупредил\p{L}*|если)(?![\p{L}])|(?<![\p{L}\u200c])(?:خواهد|خواهند|قرار است|ممکن|اگر|هشدار)(?![\p{L}\u200c])/iu;
/** A sentence that denies something happened. */
const NEGATION = /\b(?:no|not|never|none|nobody|denied)\b|n['’]t\b|(?<![\p{L}])(?:не|нет|ни|никто)(?![\p{L}])|(?<![\p{L}\u200c])(?:نه|هیچ|ن(?:شد|کرد|دارد|داشت)\p{L}*)(?![\p{L}\u200c])/iu;
/** Time long past or counted over a span: history and tallies rather than news. */
const HISTORY = /\b(?:since|last year|years? ago|in (?:19|20)\d\d|so far this year|over the past|previously|earlier this)\b|(?<![\p{L}])(?:с начала|в прошлом году|ранее|с \d{4}|в \d{4} году|лет назад)(?![\p{L}])|(?<![\p{L}\u200c])(?:سال گذشته|از آغاز|پیش از این|قبلاً|سال‌های)(?![\p{L}\u200c])/iu;

const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
const SUB_TYPES = ['Arrests', 'Agreement', 'Armed clash', 'Attack', 'Peaceful protest', 'Protest with intervention', 'Other'];
const DATE_PRECISIONS = ['day', 'week', 'month', 'approximate'];
const GEO_PRECISIONS = ['exact', 'near', 'admin-region', 'country'];

const inside = (c: CandidateView, x: { start: number; end: number }) => x.start >= c.start && x.end <= c.end;
const oneHot = (value: string, of: string[]) => of.map((v) => (v === value ? 1 : 0));

/** The names of the features, in the order `candidateFeatures` gives them (the model file lists them to catch a mismatch). */
export const FEATURE_NAMES = [
  ...EVENT_TYPES.map((t) => `type:${t}`),
  ...SUB_TYPES.map((t) => `subType:${t}`),
  ...DATE_PRECISIONS.map((p) => `datePrecision:${p}`),
  'date:stated in sentence',
  'date:any in sentence',
  'date:report date, not stated',
  'date:log days before report',
  'date:after report',
  'place:none',
  ...GEO_PRECISIONS.map((p) => `geoPrecision:${p}`),
  'place:stated in sentence',
  'place:others in sentence',
  'place:log mentions in report',
  'date:log mentions in report',
  'casualties:killed',
  'casualties:injured',
  'actors:count',
  'sentence:log words',
  'sentence:position in report',
  'sentence:first line',
  'sentence:no full stop',
  'sentence:saying',
  'sentence:maybe',
  'sentence:negation',
  'sentence:history',
  'sentence:digits',
  'script:cyrillic',
  'script:arabic',
  'report:log candidates',
  'report:rank',
  'duplicate:same type and day',
  'duplicate:same type and place',
  'duplicate:same day and place',
  'duplicate:same type and day, elsewhere',
  'duplicate:same sentence',
] as const;

/** One candidate as numbers, each a fact about it that the rules' own decisions do not already settle. */
export function candidateFeatures(c: CandidateView, index: number, ctx: CandidateContext): number[] {
  const sentence = ctx.text.slice(c.start, c.end);
  const words = sentence.split(/\s+/).filter(Boolean).length;
  const ownDates = ctx.dates.filter((d) => inside(c, d));
  const ownPlaces = ctx.places.filter((p) => inside(c, p));
  const placeHere = ownPlaces.filter((p) => p.name === c.place);
  const before = days(ctx.referenceDate) - days(c.date);
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  const share = (re: RegExp) => (letters.length === 0 ? 0 : (letters.match(re)?.length ?? 0) / letters.length);
  const earlier = ctx.candidates.slice(0, index);
  const firstLineEnd = ctx.text.search(/\n/u);
  return [
    ...oneHot(c.type, EVENT_TYPES),
    ...oneHot(c.subType, SUB_TYPES),
    ...oneHot(c.datePrecision, DATE_PRECISIONS),
    ownDates.some((d) => d.date === c.date) ? 1 : 0,
    ownDates.length > 0 ? 1 : 0,
    // A day stated in the sentence may well be the report's own; a day taken from the report is a guess.
    c.date === ctx.referenceDate && !ownDates.some((d) => d.date === c.date) ? 1 : 0,
    Math.log1p(Math.max(0, before)),
    before < 0 ? 1 : 0,
    c.place === null ? 1 : 0,
    ...oneHot(c.geoPrecision ?? '', GEO_PRECISIONS),
    placeHere.length > 0 ? 1 : 0,
    Math.min(3, ownPlaces.filter((p) => p.name !== c.place).length) / 3,
    Math.log1p(ctx.places.filter((p) => p.name === c.place).length),
    Math.log1p(ctx.dates.filter((d) => d.date === c.date).length),
    c.fatalities !== null && c.fatalities > 0 ? 1 : 0,
    c.injured !== null && c.injured > 0 ? 1 : 0,
    Math.min(3, c.actors.length) / 3,
    Math.log(1 + words),
    ctx.text.length === 0 ? 0 : c.start / ctx.text.length,
    firstLineEnd < 0 || c.start < firstLineEnd ? 1 : 0,
    /[.!?؟。]["»”’)]*\s*$/u.test(sentence) ? 0 : 1,
    SAYING.test(sentence) ? 1 : 0,
    MAYBE.test(sentence) ? 1 : 0,
    NEGATION.test(sentence) ? 1 : 0,
    HISTORY.test(sentence) ? 1 : 0,
    /[0-9۰-۹]/u.test(sentence) ? 1 : 0,
    share(/\p{Script=Cyrillic}/gu),
    share(/\p{Script=Arabic}/gu),
    Math.log(ctx.candidates.length),
    ctx.candidates.length <= 1 ? 0 : index / (ctx.candidates.length - 1),
    earlier.some((o) => o.type === c.type && o.date === c.date) ? 1 : 0,
    earlier.some((o) => o.type === c.type && o.place !== null && o.place === c.place) ? 1 : 0,
    earlier.some((o) => o.date === c.date && o.place !== null && o.place === c.place) ? 1 : 0,
    earlier.some((o) => o.type === c.type && o.date === c.date && o.place !== c.place) ? 1 : 0,
    earlier.some((o) => o.start === c.start) ? 1 : 0,
  ];
}
