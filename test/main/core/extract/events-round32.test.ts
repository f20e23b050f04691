import { describe, expect, it } from 'vitest';
import { placeNames } from './extracted';

// Round 32 (issue 7): classes found in the thirty-second unseen set (`*-hh*`), tested on new sentences.

describe('places', () => {
  it('a plural name in the locative (в Киришах) is read as its nominative, not as a stem it shares (Qarshi)', () => {
    expect(placeNames('полиция задержала в Киришах трёх человек')).toEqual(['Kirishi']);
  });
  it('an adjectival village name after станица or село, in its noun\'s case (в станице Новопокровской)', () => {
    expect(placeNames('задержаны в станице Новопокровской')).toEqual(['Novopokrovskaya']);
  });
});
