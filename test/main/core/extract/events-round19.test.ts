import { describe, expect, it } from 'vitest';
import { days, events, placeNames } from './extracted';

// Round 19 (issue 7): classes found in the nineteenth unseen set (`*-f*`), tested on new sentences.

describe('places', () => {
  it('Turkmen ports and capitals, Hyderabad (cued) and Sindh, Kerman and Punjab provinces in Dari and English', () => {
    expect(placeNames('هیئت در بندر ترکمن‌باشی و شهر بالکان‌آباد دیدار کرد.')).toEqual(['Turkmenbasy', 'Balkanabat']);
    expect(placeNames('مهاجران در شهر حیدرآباد ایالت سند گرد آمدند.')).toEqual(['Hyderabad', 'Sindh']);
    expect(placeNames('کارگران در استان کرمان کار می‌کنند.')).toEqual(['Kerman Province']);
    expect(placeNames('Brick kiln workers from Punjab province.')).toEqual(['Punjab']);
  });
  it('Russian -ый romanised -y as reporters write it (Prokhladny for GeoNames\' Prokhladnyy)', () => {
    expect(placeNames('A raid in Prokhladny ended at dawn.')).toEqual(['Prokhladnyy']);
  });
});

describe('dates', () => {
  it('a day without its year is in the year the text gave its month, or its paragraph', () => {
    const text = 'The dispute began in May 2023.\n\nOn 12 May, miners went on strike in Ekibastuz. Wages rose in January 2023, and on 2 March the bonus was cut.';
    expect(days(text, '2024-09-01')).toEqual(expect.arrayContaining(['2023-05-12', '2023-03-02']));
  });
  it('Russian: "сегодня ночью" in a report of what happened is the night just gone', () => {
    expect(days('Склад в Омске сегодня ночью подвергся атаке беспилотника.', '2025-02-10')).toEqual(['2025-02-10']);
  });
});

describe('layout', () => {
  it('a reference list and an infobox tell no events; section headings stand apart from their text', () => {
    const text = [
      '2023 Ekibastuz miners\' strike',
      '',
      'Date\t10–14 May 2023',
      'Arrests\t2',
      '',
      'Arrests',
      'On 12 May 2023, police detained two members of the strike committee in Pavlodar.',
      '',
      'References',
      '1. "Two miners detained in Pavlodar". Steppe Courier. 13 May 2023.',
      '2. "Miners end strike after pay deal". Labour Monitor. 15 May 2023.',
    ].join('\n');
    expect(events(text, '2024-06-01')).toEqual([['2023-05-12', 'Pavlodar', 'Strategic developments']]);
  });
  it('an article edited long after the events it tells still tells them as its news', () => {
    const text = 'On 12 May 2023, about 300 miners refused to go down in Ekibastuz.\n\nThis page was last edited on 3 June 2025, at 10:04 (UTC).';
    expect(events(text, '2025-06-03')).toEqual([['2023-05-12', 'Ekibastuz', 'Protests']]);
  });
  it('"Incident 2 – Place." heads its item; "fighters in Syria" is where fighters are, not where the arrest was', () => {
    const text = 'Incident 2 – Baksan. On Tuesday (14 MAR) the FSB detained two men in Baksan suspected of sending money to fighters in Syria.';
    expect(events(text, '2023-03-16')).toEqual([['2023-03-14', 'Baksan', 'Strategic developments']]);
  });
  it('a highlights bullet without a day of its own is the event the body dates, not another one', () => {
    const text = 'SUMMARY\n• Two militants killed in a counter-terrorist operation in Nalchik on Monday; three arrests in Baksan.\n\nOn Tuesday (14 MAR) police detained three men in Baksan.';
    const found = events(text, '2023-03-16').filter((e) => e[2] === 'Strategic developments');
    expect(found).toEqual([['2023-03-14', 'Baksan', 'Strategic developments']]);
  });
});

describe('what is and is not told', () => {
  it('"were found in the house" after an explosive device: found, not set off', () => {
    expect(events('On 15 March a rifle and an improvised explosive device were found in a house in Baksan.', '2023-03-16')).toEqual([['2023-03-15', 'Baksan', 'Strategic developments']]);
  });
  it('stone-throwing crowds and groups that "сошлись" riot', () => {
    expect(events('On Tuesday evening some residents threw stones and bottles at police in Karshi.', '2024-12-19')).toEqual([['2024-12-17', 'Qarshi', 'Riots']]);
    expect(events('Вчера на рынке в Артёме сошлись две группы мужчин, в ход пошли палки.', '2023-09-12')).toEqual([['2023-09-11', 'Artem', 'Riots']]);
  });
  it('officers who took people "from their homes" arrested them; "the Karshi protest" is one told before', () => {
    expect(events('On Wednesday officers took two bloggers, who had filmed the Karshi protest, from their homes in Karshi.', '2024-12-19')).toEqual([['2024-12-18', 'Qarshi', 'Strategic developments']]);
  });
  it('"Видео задержания" is a record of an arrest told, and "Никаких беспорядков не было" is none', () => {
    expect(events('Видео задержания ФСБ в Артёме опубликовала только сегодня.', '2023-09-12')).toEqual([]);
    expect(events('Вчера в Артёме никаких беспорядков не было.', '2023-09-12')).toEqual([]);
  });
  it('crowds at the seat of power protest: "у здания администрации собрались", "gathered outside the town hall", "در برابر دفتر … گرد آمدند"', () => {
    expect(events('Сегодня утром у здания администрации Артёма собрались сто жителей.', '2023-09-12')).toEqual([['2023-09-12', 'Artem', 'Protests']]);
    expect(events('On Monday about 80 traders gathered outside the town hall in Karshi.', '2024-12-19')).toEqual([['2024-12-16', 'Qarshi', 'Protests']]);
    expect(events('روز دوشنبه صدها کارگر در شهر کرمان در برابر دفتر استانداری گرد آمدند.', '2025-07-09')).toEqual([['2025-07-07', 'Kerman', 'Protests']]);
  });
  it('Dari: a gathering that "پایان یافت" ended; detained workers (کارگران بازداشت‌شده) are no new arrest; "قرار است" is a plan', () => {
    expect(events('این تجمع در شهر کرمان پس از یک ساعت پایان یافت.', '2025-07-09')).toEqual([]);
    expect(events('مشاوره برای کارگران بازداشت‌شده هر دوشنبه در شهر کرمان ارائه می‌شود.', '2025-07-09')).toEqual([]);
    expect(events('قرار است کمیته در شهر هرات نشست کند و تفاهم‌نامه را نهایی سازد.', '2025-07-09')).toEqual([]);
  });
  it('Russian: those held "на месте" after a brawl whose injured "получили телесные повреждения" are the brawl\'s', () => {
    const text = 'В ночь на воскресенье, 16 июля, у кафе в Калачинске произошла массовая драка. Участники использовали биты. Трое получили телесные повреждения. На месте задержаны шесть человек.';
    expect(events(text, '2023-07-18')).toEqual([['2023-07-16', 'Kalachinsk', 'Riots']]);
  });
  it('"the strike committee" is no strike; "refused to go down" is one', () => {
    expect(events('On 17 April police detained two members of the strike committee in Aktobe.', '2024-04-20')).toEqual([['2024-04-17', 'Aktobe', 'Strategic developments']]);
    expect(events('On 15 April about 600 miners in Khromtau refused to go down at the start of their shift.', '2024-04-20')).toEqual([['2024-04-15', 'Khromtau', 'Protests']]);
  });
});

describe('words inside words', () => {
  it('Russian meeting and exercise words start a word: "реквизиты" holds no "визит", "мучения" no "учения"', () => {
    expect(events('Кто хочет помочь ребятам в Судже, реквизиты в закрепе, 20 ноября.', '2023-11-23')).toEqual([]);
    expect(events('20 ноября жители Суджи рассказали о мучениях в очередях за водой.', '2023-11-23')).toEqual([]);
  });
});
