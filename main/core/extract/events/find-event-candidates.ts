import type { AcledEventType } from '../../../../shared/geo/acled';
import type { DatePrecision, GeoPrecision } from '../../../../shared/model';
import type { ActorMention } from '../actors/find-actors';
import type { FoundDate } from '../dates/find-dates';
import type { PlaceMention } from '../places/find-places';
import type { Sentence } from '../text/sentences';
import { findCasualties } from './casualties';
import { SECURITY_TARGET, TRIGGERS, type Trigger } from './event-triggers';
import { mergeCandidates } from './merge-candidates';

export interface EventCandidate {
  kind: Trigger['kind'];
  eventType: AcledEventType;
  subEventType: string;
  date: string;
  datePrecision: DatePrecision;
  /** False when the date was taken from around the sentence rather than read in it. */
  dateStated: boolean;
  place: PlaceMention | undefined;
  /** False when the place was taken from around the sentence (the paragraph, the dateline). */
  placeStated: boolean;
  geoPrecision: GeoPrecision | undefined;
  actors: string[];
  fatalities: number | null;
  injured: number | null;
  sentence: string;
  start: number;
  end: number;
}

export interface CandidateInput {
  sentences: Sentence[];
  places: PlaceMention[];
  dates: FoundDate[];
  actors: ActorMention[];
  /** The report's date: the event date when the text gives none near the event. */
  referenceDate: string;
}

/** A sentence that tells more about the event just reported ("ISKP claimed the attack"), not a new one. */
const REFERS_BACK = /\b(?:claimed|claiming) (?:responsibility for )?(?:the|this|that) (?:attack|blast|bombing|explosion|killing)|\bthe (?:attack|blast|explosion|bombing) (?:was|came|took place|happened)|\bresponsibility for the\b|взял\S* на себя ответственность|ответственность за (?:это|этот|нападение|взрыв)|مسئولیت\s+(?:این|آن)/iu;
const SEPARATE = /\b(?:in a separate|in another|separately|elsewhere|meanwhile)\b|в другом|отдельно|در رویدادی دیگر|در حادثه‌ای دیگر|در یک رویداد جداگانه/iu;
const NEAR = /\b(?:near|outside|close to|on the outskirts of|around)\s+$|(?:около|близ|под|вблизи|недалеко от)\s+$|نزدیک\s+$|حومه\s+$/iu;
const SPECIFICITY: Record<PlaceMention['kind'], number> = { town: 3, 'admin-region': 2, country: 1 };
const DAY = 86_400_000;

const within = (s: Sentence, x: { start: number; end: number }) => x.start >= s.start && x.end <= s.end;

function triggerOf(sentence: Sentence, actors: ActorMention[]): Trigger | undefined {
  for (const t of TRIGGERS) {
    if (!t.pattern.test(sentence.text)) continue;
    if (t.needsActor && actors.length === 0) continue;
    // An attack on soldiers or a post is a battle in ACLED's terms, not violence against civilians.
    if (t.eventType === 'Violence against civilians' && t.subEventType === 'Attack' && SECURITY_TARGET.test(sentence.text)) {
      return { ...t, kind: 'clash', eventType: 'Battles', subEventType: 'Armed clash' };
    }
    return t;
  }
  return undefined;
}

/** Words before a place that make it where something happened ("in Ghazni province"), not a modifier ("the Kabul–Kandahar highway"). */
const LOCATIVE = /(?:\b(?:in|near|at|outside|around|into|from)|(?:^|\s)(?:в|во|у|под|близ|около|на)|(?:^|\s)(?:در|نزدیک|حومه))\s+(?:the\s+|شهر\s+|ولسوالی\s+|ولایت\s+)?$/iu;

/** The place an event happened: one after a locative word first, then the most specific, then the first. */
function bestPlace(places: PlaceMention[], text?: string): PlaceMention | undefined {
  const located = (p: PlaceMention) => (text && LOCATIVE.test(text.slice(Math.max(0, p.start - 20), p.start)) ? 1 : 0);
  return [...places].sort((a, b) => located(b) - located(a) || SPECIFICITY[b.kind] - SPECIFICITY[a.kind] || a.start - b.start)[0];
}

function geoPrecisionOf(place: PlaceMention, text: string, inSentence: boolean): GeoPrecision {
  if (place.kind === 'country') return 'country';
  if (place.kind === 'admin-region') return 'admin-region';
  return inSentence && !NEAR.test(text.slice(Math.max(0, place.start - 40), place.start)) ? 'exact' : 'near';
}

/**
 * Sentences that report an attack, clash, arrest, meeting, statement or agreement, each with the
 * date, place, ACLED type, actors and casualty counts it gives. What a sentence lacks comes from
 * around it: the last date and place told earlier in the paragraph, then the report's dateline and
 * date. A sentence that only adds to the event before it (casualties, a claim of responsibility)
 * is folded into that event.
 */
export function findEventCandidates(input: CandidateInput, text: string): EventCandidate[] {
  const { sentences, places, dates, actors, referenceDate } = input;
  const reference = Date.parse(`${referenceDate}T00:00:00Z`);
  const datelinePlace = bestPlace(places.filter((p) => p.start < (sentences[1]?.start ?? 200)));
  const out: EventCandidate[] = [];
  let last: { candidate: EventCandidate; index: number } | undefined;

  sentences.forEach((s, index) => {
    const sActors = actors.filter((a) => within(s, a));
    const sPlaces = places.filter((p) => within(s, p));
    // A date after the report is a plan or a deadline, not when this happened.
    const sDates = dates.filter((d) => within(s, d) && Date.parse(`${d.date}T00:00:00Z`) <= reference + DAY);
    const counts = findCasualties(s.text);
    // News paragraphs are often one sentence: the follow-up may open the next paragraph.
    const recent = last && index - last.index <= 2 && s.paragraph - sentences[last.index]!.paragraph <= 1 ? last.candidate : undefined;
    const trigger = triggerOf(s, sActors);

    if (recent && (!trigger || REFERS_BACK.test(s.text)) && (counts.killed !== null || counts.injured !== null || sActors.length > 0)) {
      recent.fatalities ??= counts.killed;
      recent.injured ??= counts.injured;
      for (const a of sActors) if (!recent.actors.includes(a.name)) recent.actors.push(a.name);
      return;
    }
    if (!trigger || s.text.split(/\s+/).length < 4) return;

    const earlier = (list: Array<{ start: number }>) => list.filter((x) => x.start < s.start && sentences.some((o) => o.paragraph === s.paragraph && within(o, x as never)));
    // No date in the sentence: the last one earlier in its paragraph, else the date of the event told
    // just before (later paragraphs go on about it), else the report's own date.
    // "In a separate incident" starts an event of its own: it does not take the last event's date.
    const previous = SEPARATE.test(s.text) ? undefined : out.at(-1);
    const date: Pick<FoundDate, 'date' | 'precision'> | undefined =
      sDates[0] ??
      (earlier(dates) as FoundDate[]).filter((d) => Date.parse(`${d.date}T00:00:00Z`) <= reference + DAY).at(-1) ??
      (previous && previous.datePrecision !== 'approximate' ? { date: previous.date, precision: previous.datePrecision === 'day' ? 'day' : 'month' } : undefined);
    // A statement is made where the speaker is: a town in the sentence, else the dateline; a country
    // in it is usually the speaker's (the Minister of Defence of Russia) or the topic.
    const sayable = trigger.kind === 'statement' ? sPlaces.filter((p) => p.kind === 'town') : sPlaces;
    const here = bestPlace(sayable, text);
    const place = here ?? (trigger.kind === 'statement' ? datelinePlace : undefined) ?? bestPlace((earlier(places) as PlaceMention[]).slice(-3)) ?? datelinePlace;
    const candidate: EventCandidate = {
      kind: trigger.kind,
      eventType: trigger.eventType,
      subEventType: trigger.subEventType,
      date: date?.date ?? referenceDate,
      datePrecision: date ? date.precision : 'approximate',
      dateStated: !!sDates[0],
      place,
      placeStated: !!here,
      geoPrecision: place ? geoPrecisionOf(place, text, !!here) : undefined,
      actors: [...new Set(sActors.map((a) => a.name))],
      fatalities: counts.killed,
      injured: counts.injured,
      sentence: s.text,
      start: s.start,
      end: s.end,
    };
    out.push(candidate);
    last = { candidate, index };
  });
  return mergeCandidates(out);
}
