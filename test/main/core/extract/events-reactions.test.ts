import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../main/core/extract/extract-text';

/** Gazetteer names carry diacritics: compared without them. */
const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
const events = (text: string, ref: string) =>
  extractFromText(text, ref).events.map((e) => [e.date, e.place ? plain(e.place.name) : null, e.eventType, e.subEventType]);

describe('denials, condemnations and claims are not new events', () => {
  it.each([
    ['en denial', 'Kabul, 10 May 2024\n\nA bomb exploded at a checkpoint in Jalalabad on Wednesday. An army spokesman in Kabul denied that any soldiers had been hurt.', '2024-05-10'],
    ['en no claim', 'Kabul, 10 May 2024\n\nA bomb exploded at a checkpoint in Jalalabad on Wednesday. No group has claimed the bombing.', '2024-05-10'],
    ['ru denial', 'Душанбе, 10 мая 2024 г.\n\nВ среду в Хороге произошла перестрелка. Представитель МВД в Душанбе опроверг сообщения о нападении на пост.', '2024-05-10'],
    ['fa condemnation', 'کابل، ۲۱ ثور ۱۴۰۳\n\nروز چهارشنبه یک ماین در شهر جلال‌آباد منفجر شد. وزارت داخله در کابل این حمله را محکوم کرد.', '2024-05-10'],
    ['fa denial', 'کابل، ۲۱ ثور ۱۴۰۳\n\nروز چهارشنبه یک ماین در شهر جلال‌آباد منفجر شد. والی ننگرهار تیراندازی در شهر را رد کرد.', '2024-05-10'],
  ])('%s', (_label, text, ref) => {
    expect(events(text, ref)).toHaveLength(1);
  });
  it('the toll of a clash with its detentions is the clash, not new arrests', () => {
    const text = 'Душанбе, 10 мая 2024 г.\n\nВо вторник у Хорога пограничники вступили в бой с контрабандистами. По данным ведомства, двое нарушителей убиты, ещё трое задержаны.';
    expect(events(text, '2024-05-10')).toEqual([['2024-05-07', 'Khorugh', 'Battles', 'Armed clash']]);
  });
});

describe('plans are not events', () => {
  it.each([
    ['Dushanbe, 10 May 2024\n\nTalks between the two border services are planned in Khujand on 20 May.', '2024-05-10'],
    ['Душанбе, 10 мая 2024 г.\n\nКонсультации министров запланированы в Худжанде на 20 мая.', '2024-05-10'],
    ['کابل، ۲۱ ثور ۱۴۰۳\n\nنشست هیئت‌های دو کشور قرار است روز شنبه در هرات برگزار شود.', '2024-05-10'],
  ])('%s', (text, ref) => {
    expect(events(text, ref)).toEqual([]);
  });
});

describe('the date and place of what happened, not of the telling', () => {
  it('a date right after "said" dates the saying', () => {
    const text = 'Moscow, 10 May 2024\n\nThe FSB said on Friday that officers had detained two men in Kazan on Wednesday.';
    expect(events(text, '2024-05-10')).toEqual([['2024-05-08', 'Kazan', 'Strategic developments', 'Arrests']]);
  });
  it('officials in a city who speak are not where it happened', () => {
    expect(events('کابل، ۲۱ ثور ۱۴۰۳\n\nمقام‌های محلی در هرات می‌گویند که روز چهارشنبه در ولسوالی شیندند درگیری رخ داد.', '2024-05-10').map((e) => e[1])).toEqual(['Shindand']);
  });
  it("a headline's clause keeps its own place; what only the headline tells stays a candidate", () => {
    const text = 'KABUL, 10 May 2024\n\nBomb hits bazaar in Jalalabad; protest reported in Herat\n\nOn Wednesday a bomb exploded in a bazaar in Jalalabad, killing two.';
    expect(events(text, '2024-05-10').map((e) => [e[1], e[2]])).toEqual([
      ['Jalalabad', 'Explosions/Remote violence'],
      ['Herat', 'Protests'],
    ]);
  });
  it("a digest item's header is its place when the item names none", () => {
    const text = 'Digest, 10 May 2024\n\n🔴 Kunduz\nOn Wednesday gunmen attacked a police checkpoint, killing two officers.';
    expect(events(text, '2024-05-10')).toEqual([['2024-05-08', 'Kunduz', 'Battles', 'Armed clash']]);
  });
  it('a bullet item is its own sentence and takes its own place', () => {
    const text = 'Update, 10 May 2024\n\n- A drone struck a house in Khost on Tuesday. A spokesman in Islamabad denied any strike.\n- The next day, hundreds of people protested in Gardez.';
    expect(events(text, '2024-05-10').map((e) => [e[0], e[1], e[2]])).toEqual([
      ['2024-05-07', 'Khost', 'Explosions/Remote violence'],
      ['2024-05-08', 'Gardez', 'Protests'],
    ]);
  });
});

describe('more kinds of event', () => {
  it.each([
    ['a shootout', 'Moscow, 10 May 2024\n\nTwo gunmen were killed on Wednesday in a shootout with police in Kazan.', 'Battles'],
    ['a brawl', 'Bishkek, 10 May 2024\n\nOn Wednesday a mass brawl between two villages near Osh left five injured.', 'Riots'],
    ['a Russian brawl', 'Бишкек, 10 мая 2024 г.\n\nВ среду в Оше жители двух сёл устроили массовую драку.', 'Riots'],
    ['a Dari brawl', 'کابل، ۲۱ ثور ۱۴۰۳\n\nروز چهارشنبه در شهر هرات نزاع میان دو خانواده سه زخمی برجای گذاشت.', 'Riots'],
    ['a closed crossing', 'Ashgabat, 10 May 2024\n\nOn Wednesday Uzbekistan closed the Termez border crossing for repairs.', 'Strategic developments'],
    ['a Russian closed crossing', 'Ташкент, 10 мая 2024 г.\n\nВ среду Узбекистан закрыл пункт пропуска в Термезе.', 'Strategic developments'],
    ['a Dari gathering with demands', 'کابل، ۲۱ ثور ۱۴۰۳\n\nروز چهارشنبه ده‌ها تن در شهر هرات گرد آمدند و خواستار آزادی زندانیان شدند.', 'Protests'],
  ])('%s', (_label, text, type) => {
    const found = events(text, '2024-05-10');
    expect(found.map((e) => e[0])).toEqual(['2024-05-08']);
    expect(found[0]![2]).toBe(type);
  });
  it('a range dates the event by its first day and keeps its last', () => {
    const x = extractFromText('Ashgabat, 15 May 2024\n\nTurkmenistan closed the Serhetabat border crossing from 6 to 12 May.', '2024-05-15');
    expect(x.events.map((e) => [e.date, e.endDate])).toEqual([['2024-05-06', '2024-05-12']]);
  });
});
