import type { Sentence } from '../text/sentences';
import type { EventCandidate } from './find-event-candidates';
import { sameKind } from './merge-candidates';

/**
 * Headlines, sub-headings and highlights bullets: lines that name what the body of the report tells
 * again with its date and place.
 */

/** A line ended by a full stop, question or exclamation mark (before any closing quote): a sentence of running text. */
export const ENDS_SENTENCE = /[.!?؟۔…]["»”’)]*\s*$/u;
/**
 * A headline, a sub-heading or a highlights bullet: a line of its own with no full stop, in a report
 * whose body has sentences ("Протест в Семее и драка в Экибастузе: главное за выходные", "• ربوده
 * شدن سه کارمند صحی در ولسوالی کجران"). What it names is told again below, with its date and place.
 */
export function isTitleLine(s: Sentence, text: string): boolean {
  if (s.dateline || ENDS_SENTENCE.test(s.text)) return false;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.end);
  return /^[\s\p{Extended_Pictographic}\p{Regional_Indicator}•▪►*–—-]*$/u.test(text.slice(lineStart, s.start)) && /^\s*$/.test(text.slice(s.end, lineEnd < 0 ? text.length : lineEnd));
}

/** A meeting and the agreement signed at it: one headline's news told again below as either. */
const TALKS = new Set<EventCandidate['kind']>(['meeting', 'agreement']);
/** Whether a body's event tells a title's again: the same kind and type, or at the same place the same kind or type (arrests above a seizure and its arrests). */
const retells = (o: EventCandidate, c: EventCandidate) =>
  (sameKind(o, c) && o.eventType === c.eventType) || (!!o.place && o.place.name === c.place?.name && (sameKind(o, c) || o.eventType === c.eventType)) || (TALKS.has(o.kind) && TALKS.has(c.kind));

/**
 * Drops what a title line told when the body tells it again after it (an event of the same type, or
 * violence at the same place: "two children killed in shelling" above the shelling): the body's
 * telling has the date and place. A digest whose every item is a line without a full stop keeps
 * its items, as nothing after them tells them again.
 */
export function withoutTitles(candidates: Array<EventCandidate & { title?: boolean }>): EventCandidate[] {
  return candidates
    .filter((c, i) => !c.title || !candidates.slice(i + 1).some((o) => !o.title && o.start > c.start && retells(o, c)))
    .map(({ title: _title, ...c }) => c);
}
