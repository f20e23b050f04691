import { describe, expect, it } from 'vitest';
import { days, events, places } from './extracted';

describe('an event told first in a sentence that also names a claim', () => {
  it('"…ambushed a vehicle; no group has claimed the attack" is the ambush', () => {
    const text = 'Kabul, 28 June 2024\n\nOn 24 June, gunmen ambushed a Taliban vehicle in Gereshk district; no group has claimed the attack.';
    expect(events(text, '2024-06-28').map((e) => [e[0], e[2]])).toEqual([['2024-06-24', 'Battles']]);
  });
});

describe('words that are not the day, and cues for districts', () => {
  it('"Now" is no date (and "Now Zad district" is a place)', () => {
    expect(days('The centre of Now Zad district is calm now.', '2024-06-28')).toEqual([]);
    expect(places('Fighting near the centre of Now Zad district.', '2024-06-28')).toEqual(['Now Zad']);
  });
  it('"on the evening of April 12" keeps its day', () => {
    expect(days('Young men beat two employees on the evening of April 12.', '2024-04-18')).toEqual(['2024-04-12']);
  });
  it('ولسوال (district governor) and уезд (an Afghan district in Russian) cue a place', () => {
    expect(places('ولسوال دوشی امروز گفت.', '2022-09-12')).toEqual(['Doshi']);
  });
  it('"Kochkor village in Naryn region" is the village', () => {
    expect(events('Bishkek, 19 May 2025\n\nOn Saturday residents of Kochkor village in Naryn region blocked the highway, demanding water.', '2025-05-19')).toEqual([['2025-05-17', 'Kochkor', 'Protests']]);
  });
});

describe('events told in other words', () => {
  it('residents who block a street protesting, a death in a police station, a fight at a filling station', () => {
    expect(events('Tashkent, 12 Jan 2023\n\nOn Tuesday residents of Chirchiq blocked a street, protesting against gas cuts.', '2023-01-12').map((e) => e[2])).toEqual(['Protests']);
    expect(events('Moscow, 18 April 2024\n\nIn Krasnoyarsk, a man died in a police station on April 9.', '2024-04-18').map((e) => e[2])).toEqual(['Violence against civilians']);
    expect(events('Tashkent, 12 Jan 2023\n\nIn Jizzakh a quarrel on Sunday turned into a fight involving 15 people. Six participants were detained.', '2023-01-12').map((e) => e[2])).toEqual(['Riots']);
  });
  it('drugs found in a vehicle are a seizure, and the driver\'s arrest is part of it', () => {
    const ru = 'Душанбе, 23 ноября 2021 г.\n\n20 ноября на посту милиции в Айни в тайнике автомобиля обнаружено 38 кг гашиша. Водитель задержан.';
    expect(events(ru, '2021-11-23').map((e) => [e[0], e[2]])).toEqual([['2021-11-20', 'Strategic developments']]);
  });
});

describe('not events', () => {
  it('one who "helped make" a bomb, a licence to be reviewed at a meeting, arrests "on suspicion of" calling for protests', () => {
    expect(events('Челябинск, 14 августа 2022 г.\n\nСегодня в Розе задержан мужчина, который помогал изготовить взрывное устройство.', '2022-08-14').map((e) => e[2])).toEqual(['Strategic developments']);
    expect(events('Bishkek, 19 May 2025\n\nThe town hall said the licence would be reviewed at a meeting on May 22.', '2025-05-19')).toEqual([]);
    expect(events('Tashkent, 12 Jan 2023\n\nFour men were detained in Angren on Wednesday on suspicion of calling for protests.', '2023-01-12').map((e) => e[2])).toEqual(['Strategic developments']);
  });
});
