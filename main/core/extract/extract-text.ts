import { findActors, type ActorMention } from './actors/find-actors';
import { nameKey } from './actors/name-key';
import { findDates, type FoundDate } from './dates/find-dates';
import { findEventCandidates, type EventCandidate } from './events/find-event-candidates';
import { scoreCandidates, type CandidateScore } from './events/score-candidates';
import { findPlaces, type PlaceMention } from './places/find-places';
import { placeIndex, type PlaceIndex } from './places/place-index';
import { splitSentences } from './text/sentences';
import { foldName } from '../geo';

export interface TextExtraction {
  referenceDate: string;
  places: PlaceMention[];
  dates: FoundDate[];
  actors: ActorMention[];
  events: Array<EventCandidate & CandidateScore>;
}

/** The places, dates and actors of one text (all of extraction but its event candidates). */
export function findMentions(text: string, referenceDate: string, index: PlaceIndex = placeIndex()): Omit<TextExtraction, 'events'> {
  const dates = findDates(text, referenceDate);
  // A word that is a date is not a place (دوشنبه is Monday in "روز دوشنبه" and Dushanbe elsewhere).
  const places = findPlaces(text, index).filter((p) => !dates.some((d) => p.start < d.end && p.end > d.start));
  const placeKeys = new Set(places.map((p) => foldName(p.text)));
  const actors = findActors(text, (name) => placeKeys.has(foldName(name)) || index.exact.has(foldName(name)));
  // A name that is both (Kunduz the town in "Kunduz police") stays a place; a person's name is not a town.
  const actorKeys = new Set(actors.filter((a) => a.kind === 'person').map((a) => nameKey(a.text)));
  const placesClean = places.filter((p) => !actorKeys.has(nameKey(p.text)) && !actors.some((a) => p.start >= a.start && p.end <= a.end && a.kind === 'person'));
  return { referenceDate, places: placesClean, dates, actors };
}

/**
 * Everything extraction finds in one text, resolved against the report's date (YYYY-MM-DD). Pure
 * and offline: the gazetteer is read from disk once per process.
 */
export function extractFromText(text: string, referenceDate: string, index: PlaceIndex = placeIndex()): TextExtraction {
  const { places, dates, actors } = findMentions(text, referenceDate, index);
  const sentences = splitSentences(text);
  const found = findEventCandidates({ sentences, places, dates, actors, referenceDate }, text);
  const views = found.map((e) => ({ ...e, place: e.place?.name ?? null, geoPrecision: e.geoPrecision ?? null, type: e.eventType, subType: e.subEventType }));
  const scores = scoreCandidates({ text, referenceDate, dates, places, candidates: views });
  const events = found.map((e, i) => ({ ...e, ...scores[i]! }));
  return { referenceDate, places, dates, actors, events };
}
