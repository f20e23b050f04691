import { describe, expect, it } from 'vitest';
import { events, placeNames } from './extracted';

// Round 21 (issue 7): classes found in the twenty-first unseen set (`*-d*`), tested on new sentences.

describe('places', () => {
  it("Khyber Pakhtunkhwa's towns in Dari and Timergara as the press spells it", () => {
    expect(placeNames('مهاجران در هری‌پور، صوابی و هنگو بازداشت شدند.')).toEqual(['Haripur', 'Swabi', 'Hangu']);
    expect(placeNames('TIMERGARA: Police said the checkpost on the outskirts of Timergara was attacked.')).toEqual(['Timargara', 'Timargara']);
  });
  it('English month names are no villages ("In March this year")', () => {
    expect(placeNames('In March this year, police repulsed an attack in Chitral.')).toEqual(['Chitral']);
  });
});

describe('what is and is not told', () => {
  it('"a similar attack" in March is history', () => {
    expect(events('In March this year, police repulsed a similar attack on a checkpost in Chitral.', '2023-09-14')).toEqual([]);
  });
  it('Russian: "собираются провести митинг" is a plan', () => {
    expect(events('Дольщики в Благовещенске собираются провести митинг в следующее воскресенье.', '2025-01-28')).toEqual([]);
  });
  it('women who gathered outside the hakimlik (administration) protest; police who "took them to the police department" arrested them', () => {
    expect(events('On Saturday several dozen women gathered outside the hakimlik (administration) of Köneürgench.', '2024-03-05')).toEqual([['2024-03-02', 'Koneurgench', 'Protests']]);
    expect(events('On Sunday police officers came to the homes of three women in Köneürgench and took them to the district police department.', '2024-03-05')).toEqual([['2024-03-03', 'Koneurgench', 'Strategic developments']]);
  });
  it('a rocket-propelled grenade in a firefight is no grenade attack, and "martyred" counts the dead', () => {
    const found = events('On Tuesday two policemen were martyred when militants attacked a checkpost in Chitral with rifles and a rocket-propelled grenade.', '2023-09-14');
    expect(found).toEqual([['2023-09-12', 'Chitral', 'Battles']]);
  });
});
