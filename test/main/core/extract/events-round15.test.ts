import { describe, expect, it } from 'vitest';
import { days, events, placeNames } from './extracted';

// Round 15 (issue 7): classes found in the fifteenth unseen set (`*-m*`), tested on new sentences.

describe('strikes and road blocks', () => {
  it('Russian: workers who "не вышли на смены" strike; a "сидячая акция" is a protest', () => {
    const text = 'Караганда, 9 октября 2023\n\nВ пятницу, 6 октября, около 300 шахтёров в Шахтинске не вышли на смены, требуя повысить зарплату.\n\nВ субботу около 100 рабочих в Темиртау провели сидячую акцию у заводоуправления.';
    expect(events(text, '2023-10-09').map((e) => [e[0], e[2]])).toEqual([
      ['2023-10-06', 'Protests'],
      ['2023-10-07', 'Protests'],
    ]);
  });
  it('residents who blocked a road protested, whatever the sentence says of why; so did those who came out onto the highway', () => {
    const ru = 'Каракол, 28 июля 2025\n\nВ воскресенье жители села Кызыл-Суу в Иссык-Кульской области почти на десять часов перекрыли трассу.';
    expect(events(ru, '2025-07-28')).toEqual([['2025-07-27', 'Kyzyl-Suu', 'Protests']]);
    const en = 'Karakol, 28 July 2025\n\nOn Sunday villagers in Kyzyl-Suu blocked the lakeside highway for ten hours.';
    expect(events(en, '2025-07-28')).toEqual([['2025-07-27', 'Kyzyl-Suu', 'Protests']]);
    const out = 'Ургенч, 12 января 2023\n\nВо вторник вечером жители Хивы вышли на трассу Хива — Ургенч и два часа не пропускали машины.';
    expect(events(out, '2023-01-12')).toEqual([['2023-01-10', 'Khiwa', 'Protests']]);
  });
});

describe('dates', () => {
  it('"вечером того же дня" is the day told before', () => {
    const text = 'Каракол, 28 июля 2025\n\nВ воскресенье, 27 июля, жители перекрыли трассу у Кызыл-Суу.\n\nВечером того же дня в Чолпон-Ате около 50 человек собрались у администрации в поддержку односельчан.';
    expect(events(text, '2025-07-28').map((e) => [e[0], e[1]])).toEqual([
      ['2025-07-27', 'Kyzyl-Suu'],
      ['2025-07-27', 'Cholpon-Ata'],
    ]);
  });
  it('a meeting "tomorrow" is a plan, though only a day ahead', () => {
    expect(events('کابل، ۱۵ ثور ۱۴۰۴\n\nسخنگو می‌گوید هیئت تجاری فردا برای گفتگو به اسلام‌آباد می‌رود.', '2025-05-05')).toEqual([]);
    expect(days('The delegation meets the elders tomorrow.', '2025-05-05')).toEqual(['2025-05-06']);
  });
});

describe('places', () => {
  it('Kazakh and Uzbek q and gh are Russian к and г (Жезказган is Zhezqazghan)', () => {
    expect(placeNames('В воскресенье полиция в Жезказгане задержала двоих.')).toEqual(['Zhezqazghan']);
  });
});
