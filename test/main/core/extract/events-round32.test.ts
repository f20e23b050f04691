import { describe, expect, it } from 'vitest';
import { events, placeNames } from './extracted';

// Round 32 (issue 7): classes found in the thirty-second unseen set (`*-hh*`), tested on new sentences.

describe('places', () => {
  it('a plural name in the locative (в Киришах) is read as its nominative, not as a stem it shares (Qarshi)', () => {
    expect(placeNames('полиция задержала в Киришах трёх человек')).toEqual(['Kirishi']);
  });
  it('an adjectival village name after станица or село, in its noun\'s case (в станице Новопокровской)', () => {
    expect(placeNames('задержаны в станице Новопокровской')).toEqual(['Novopokrovskaya']);
  });
});

describe('what happened', () => {
  it('workers who stop work or refuse to start their shift strike (a protest)', () => {
    expect(events('4 октября работники цеха в Кингисеппе остановили работу, отказавшись приступать к смене до погашения долга.', '2023-10-09')).toEqual([['2023-10-04', 'Kingisepp', 'Protests']]);
  });
  it('people "taken away in police vans" were arrested; a crowd that looted a truck rioted', () => {
    expect(events('On Monday nine students were taken away in police vans in Sargodha.', '2023-11-22')).toEqual([['2023-11-20', 'Sargodha', 'Strategic developments']]);
    expect(events('On Monday a truck carrying tents was stopped near Yasuj by a crowd of some 60 people, who looted half of the cargo.', '2024-04-17')).toEqual([['2024-04-15', 'Yasuj', 'Riots']]);
  });
  it('"нападение связано с его работой" explains the attack told before; it tells no new one', () => {
    expect(events('Профком считает, что нападение связано с его профсоюзной деятельностью в Тихвине.', '2023-10-09')).toEqual([]);
  });
});
