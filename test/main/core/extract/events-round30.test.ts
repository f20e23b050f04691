import { describe, expect, it } from 'vitest';
import { extractFromText as extract } from '../../../../main/core/extract/extract-text';
import { events, placeNames } from './extracted';

// Round 30 (issue 7): classes found in the thirtieth unseen set (`*-ff*`), tested on new sentences.

describe('places', () => {
  it('a village after "посёлка" by the Latin name its word spells in full (Боровской: Borovskoy, not Borovsk)', () => {
    expect(placeNames('задержан житель поселка Боровской в Костанайской области')).toEqual(['Borovskoy', 'Kostanay Region']);
  });
  it('a town\'s name in guillemets after a cafe or "у" is a brand (у кафе «Тайга»); a crossing\'s is its place', () => {
    expect(placeNames('драка у кафе «Тайга» в Серове')).toEqual(['Serov']);
    expect(placeNames('пункт пропуска «Саразм» закрыт')).toEqual(['Sarazm']);
  });
});

describe('what happened, where and when', () => {
  it('a crowd the police dispersed protested; forces that fire on a group of men attack civilians; a fight between crews is a riot', () => {
    const text = [
      'Over the past week the Embassy has received reports of the following incidents.',
      '',
      '1. Mary province',
      '- On Tuesday, 27 May, residents gathered outside the bank in Bayramaly after wages were not paid. Police dispersed the crowd after an hour.',
      '- On Thursday, 29 May, border troops opened fire on a group of men near Serhetabat. One man was killed.',
      '- Yesterday, a fight between workers of two crews at a site in Turkmenabat left four people injured.',
    ].join('\n');
    expect(events(text, '2025-06-02')).toEqual([
      ['2025-05-27', 'Bayramaly', 'Protests'],
      ['2025-05-29', 'Serhetabat', 'Violence against civilians'],
      ['2025-06-01', 'Turkmenabat', 'Riots'],
    ]);
    const riot = extract(text, '2025-06-02').events.at(-1)!;
    expect([riot.fatalities, riot.injured]).toEqual([null, 4]);
  });
  it('shots fired "по пограничному наряду" are a clash, and so is a patrol that "применил табельное оружие"', () => {
    expect(events('12 сентября вблизи поселка Денисовка по пограничному наряду из автомобиля был открыт огонь.', '2025-09-15')).toEqual([['2025-09-12', 'Ordzhonikidze', 'Battles']]);
    expect(events('13 сентября у села Денисовка пограничный наряд применил табельное оружие.', '2025-09-15')).toEqual([['2025-09-13', 'Ordzhonikidze', 'Battles']]);
  });
  it('a court column: the brawl the court tried is told by the day it happened, a tool blow is an attack, a picket "с плакатами"', () => {
    const text = [
      'Драка в баре',
      'Ирбитский районный суд в среду отправил под стражу двоих участников массовой драки в Ирбите. По версии следствия, в ночь на субботу, 12 октября, около десяти человек выясняли отношения с помощью бит.',
      '',
      'Во вторник около тридцати жителей Тавды вышли к зданию суда с плакатами.',
      '',
      'В понедельник в Туринске пассажир ударил таксиста монтировкой по голове.',
    ].join('\n');
    expect(events(text, '2024-10-18')).toEqual([
      ['2024-10-12', 'Irbit', 'Riots'],
      ['2024-10-15', 'Tavda', 'Protests'],
      ['2024-10-14', 'Turinsk', 'Violence against civilians'],
    ]);
  });
  it('a digest item\'s "Накануне" counts from the digest\'s day, not from the item above it', () => {
    const text = 'пятница, 21 февраля 2025\n\n2️⃣ В Абакане в ночь на четверг неизвестные избили блогера.\n\n3️⃣ Накануне вечером в Черногорске произошла массовая драка в общежитии.';
    expect(events(text, '2025-02-21')).toEqual([
      ['2025-02-20', 'Abakan', 'Violence against civilians'],
      ['2025-02-20', 'Chernogorsk', 'Riots'],
    ]);
  });
  it('Dari: the police "took" people or "took them away" (arrest), a beating written لت‌وکوب, a crowd "جلوی تهانه جمع شدیم"', () => {
    expect(events('روز جمعه پولیس محلی در نزدیکی شهر صوابی ۳۰ تن از مردان ما را با خود برد.', '2025-04-07')).toEqual([['2025-04-04', 'Swabi', 'Strategic developments']]);
    expect(events('شامگاه جمعه یک کارگر در حاشیهٔ شهر مهریز به دست مأموران لت‌وکوب شد.', '2024-09-01')).toEqual([['2024-08-30', 'Mahriz', 'Violence against civilians']]);
    expect(events('روز دوشنبه حدود صد نفر جلوی تهانهٔ پولیس در شهر صوابی جمع شدیم و خواستیم آن‌ها را رها کنند.', '2025-04-08')).toEqual([['2025-04-07', 'Swabi', 'Protests']]);
  });
  it('a victim "باشندهٔ ولایت لغمان" was from there; the police who tell of the attack are no target of it', () => {
    const text = 'شامگاه شنبه، یک دکاندار باشندهٔ ولایت لغمان در شهر مردان از سوی دو مرد مسلح هدف گلوله قرار گرفت. پولیس می‌گوید انگیزهٔ حمله دزدی بوده است.';
    expect(events(text, '2025-04-07')).toEqual([['2025-04-05', 'Mardan', 'Violence against civilians']]);
  });
  it('a podcast\'s notes: a host who "talks to" a reporter holds no talks; retirees at the governorate protest; fire on a pickup', () => {
    expect(events('This week host Laleh talks to reporter Davoud about a tense week in Lorestan.', '2025-02-14')).toEqual([]);
    expect(events('On Sunday, several hundred retirees gathered outside the governorate in Khorramabad.', '2025-02-14')).toEqual([['2025-02-09', 'Khorramabad', 'Protests']]);
    expect(events('On Tuesday night, border guards opened fire on a pickup carrying diesel near Mehran.', '2025-02-14')).toEqual([['2025-02-11', 'Mehran', 'Violence against civilians']]);
  });
  it('Dari: workers "سوار موترها کردند" after the police came were rounded up', () => {
    const text = 'روز یکشنبه مأموران پولیس به میدان کارگران در شهر بروجن آمدند. نزدیک به ۲۰ نفر را سوار موترها کردند.';
    expect(events(text, '2023-12-28')).toEqual([['2023-12-24', 'Borujen', 'Strategic developments']]);
  });
});
