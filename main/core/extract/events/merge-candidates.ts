import { distanceKm } from '../../geo';
import { TRIGGERS } from './event-triggers';
import { liesIn } from './lies-in';
import type { EventCandidate } from './find-event-candidates';

/** Two mentions of one event's place: the same name, or towns this close. */
const SAME_PLACE_KM = 40;

const rank = (c: EventCandidate) => TRIGGERS.findIndex((t) => t.eventType === c.eventType && t.subEventType === c.subEventType);

function samePlace(a: EventCandidate, b: EventCandidate): boolean {
  if (!a.place || !b.place || !a.placeStated || !b.placeStated) return true;
  if (a.place.name === b.place.name) return true;
  // A town and the province or country it is in: one event told at two scales.
  if (a.place.kind !== 'town' || b.place.kind !== 'town') return a.place.country === b.place.country;
  return distanceKm(a.place.lat, a.place.lng, b.place.lat, b.place.lng) <= SAME_PLACE_KM;
}

/**
 * The same day, or one of the two has no day of its own: a day taken from the clause or the event
 * before ("…; three arrests in Tyrnyauz" after Monday's shooting) yields to the day the body states.
 */
const sameDay = (a: EventCandidate, b: EventCandidate) => a.date === b.date || a.datePrecision === 'approximate' || b.datePrecision === 'approximate' || (a.dateStated !== b.dateStated && a.place?.name === b.place?.name);


/** The better-known of two values: a stated date over an assumed one, a town over a province. */
function absorb(into: EventCandidate, from: EventCandidate): void {
  if ((into.datePrecision === 'approximate' && from.datePrecision !== 'approximate') || (!into.dateStated && from.dateStated)) {
    into.date = from.date;
    into.datePrecision = from.datePrecision;
    into.dateStated = from.dateStated;
  }
  const specific = { town: 3, 'admin-region': 2, country: 1 } as const;
  const sure = (c: EventCandidate) => (c.placeStated ? (c.placeSure ?? 1) : -1);
  // "Shelling kills civilian in Belgorod region" above "the border town of Shebekino was shelled":
  // the town, told as where it happened, is the finer place of the same event, however the
  // headline's "in" made the region sound surer.
  const finer = !!from.place && !!into.place && sure(from) >= 1 && liesIn(from.place, into.place);
  // A country ("KAZAKHSTAN: WATER PROTEST ACTIVIST JAILED") never stands for the town the body tells of, stated or not.
  const coarser = !!from.place && !!into.place && (sure(into) >= 1 || from.place.kind === 'country') && liesIn(into.place, from.place);
  if (from.place && !coarser && (!into.place || finer || sure(from) > sure(into) || (sure(from) === sure(into) && specific[from.place.kind] > specific[into.place.kind]))) {
    into.place = from.place;
    into.placeStated = from.placeStated;
    into.placeSure = from.placeSure;
    into.geoPrecision = from.geoPrecision;
  }
  if (rank(from) >= 0 && rank(from) < rank(into)) {
    // The type and its sub-type go together ("Battles/Air/drone strike" is no ACLED pair).
    into.eventType = from.eventType;
    into.subEventType = from.subEventType;
    into.kind = from.kind;
  }
  into.fatalities ??= from.fatalities;
  into.injured ??= from.injured;
  for (const a of from.actors) if (!into.actors.includes(a)) into.actors.push(a);
}

/** Violence is told with different words (a "bombing" in the headline, an "explosion" below); a meeting and an agreement are two things. */
const VIOLENT = new Set(['attack', 'clash', 'riot', 'takeover', 'abduction']);
export const sameKind = (a: EventCandidate, b: EventCandidate) => (a.kind === b.kind && a.kind !== 'statement') || (VIOLENT.has(a.kind) && VIOLENT.has(b.kind));

/** Which of two reports of one event to build on: the one with a stated date, else the longer sentence. */
function better(a: EventCandidate, b: EventCandidate): EventCandidate {
  if (a.dateStated !== b.dateStated) return a.dateStated ? a : b;
  if (a.placeStated !== b.placeStated) return a.placeStated ? a : b;
  return b.sentence.length > a.sentence.length ? b : a;
}

/**
 * One event told twice — in the headline and in the body, or in the lead and again below — is one
 * candidate: same ACLED event type, same day (or no day of its own), same place or one near it.
 * The report with a stated date (else the fuller sentence) is kept, completed from the other.
 */
export function mergeCandidates(candidates: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const c of candidates) {
    const last = out.length - 1;
    // A sentence without a date of its own, of the same kind as the event just told, goes on about it.
    // Two events read from one sentence (a protest and its arrests, arrests in two towns) stay two.
    // So does violence told again in other words with no date or place of its own ("A mass brawl broke out …
    // two groups of young men fought with bats").
    // (Not one its paragraph dates to another day: "Вчера вечером в Козьмодемьянске … — дошло до драки" after Friday's attack.)
    const sameViolence = last >= 0 && VIOLENT.has(out[last]!.kind) && VIOLENT.has(c.kind) && !c.placeStated && (c.date === out[last]!.date || c.datePrecision === 'approximate');
    const continues = last >= 0 && !c.dateStated && (out[last]!.kind === c.kind || sameViolence) && c.kind !== 'statement' && out[last]!.start !== c.start;
    const at = continues ? last : out.findIndex((o) => o.start !== c.start && o.eventType === c.eventType && sameKind(o, c) && sameDay(o, c) && samePlace(o, c));
    if (at < 0) {
      out.push({ ...c, actors: [...c.actors] });
      continue;
    }
    const same = out[at]!;
    const primary = better(same, c);
    // Marked so that find-event-candidates does not split what was only more about an event into places.
    const merged = { ...primary, actors: [...primary.actors], merged: true };
    absorb(merged, primary === same ? c : same);
    out[at] = merged;
  }
  return out;
}
