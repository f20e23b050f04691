import { describe, expect, it } from 'vitest';
import { events, placeNames } from './extracted';

// Round 38 (issue 7): classes found in the thirty-eighth unseen set (`*-nn*`), tested on new sentences.

describe('places', () => {
  it('a second name after "and" following a plural word of place (ولسوالی‌های جرم و بهارک)', () => {
    expect(placeNames('ولسوالی‌های جرم و بهارک')).toEqual(['Jurm', 'Baharak']);
  });
});

describe('what happened', () => {
  it('a dateline\'s date ("KUNDUZ CITY, Nov 14 (ASNA): … on Tuesday") is the report\'s; the event\'s is the one it tells', () => {
    const text = 'KUNDUZ CITY, Nov 14 (ASNA): Hundreds of traders closed their shops and marched through Kunduz city on Tuesday, protesting against a new levy.';
    expect(events(text, '2024-11-14')).toEqual([['2024-11-12', 'Kunduz', 'Protests']]);
  });
  it('the driver detained after a road accident is no security event', () => {
    expect(events('In Osh, a car hit a pedestrian on the evening of 6 August; the driver was detained.', '2024-08-07')).toEqual([]);
  });
  it('people who "سنگ پرتاب کردند" (threw stones) at officials rioted', () => {
    expect(events('روز یکشنبه در ولسوالی کشم شماری از افراد بالای هیئت سنگ پرتاب کردند.', '2025-05-13')).toEqual([['2025-05-11', 'Keshem', 'Riots']]);
  });
});
