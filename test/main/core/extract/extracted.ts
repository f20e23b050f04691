import { extractFromText } from '../../../../main/core/extract/extract-text';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';

/** What the extraction tests compare: gazetteer names without diacritics and apostrophes (Āsmār, Nazran’). */
export const plain = (name: string): string => name.normalize('NFD').replace(/\p{M}|[’'‘]/gu, '');

/** Each event candidate as [date, place, ACLED event type]. */
export const events = (text: string, ref: string) => extractFromText(text, ref).events.map((e) => [e.date, e.place ? plain(e.place.name) : null, e.eventType]);

/** The dates found, as YYYY-MM-DD. */
export const days = (text: string, ref: string): string[] => extractFromText(text, ref).dates.map((d) => d.date);

/** The places found by the place finder alone, by name. */
export const placeNames = (text: string): string[] => findPlaces(text, placeIndex()).map((p) => plain(p.name));

/** The places extraction keeps (after dates and people have taken their words), by name. */
export const places = (text: string, ref: string): string[] => extractFromText(text, ref).places.map((p) => plain(p.name));
