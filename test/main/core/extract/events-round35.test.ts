import { describe, expect, it } from 'vitest';
import { days, events, placeNames } from './extracted';

// Round 35 (issue 7): classes found in the thirty-fifth unseen set (`*-kk*`), tested on new sentences.

describe('places', () => {
  it('Khyber Pakhtunkhwa\'s and Balochistan\'s districts whose names are no town\'s', () => {
    expect(placeNames('Police in Buner and Shangla districts')).toEqual(['Buner', 'Shangla']);
    expect(placeNames('in the Kech district of Balochistan')).toEqual(['Kech', 'Balochistan']);
  });
  it('a town near the places around wins over a larger namesake the alias table knows', () => {
    expect(placeNames('در ولسوالی فیض‌آباد ولایت جوزجان')).toEqual(['Faizabad', 'Jowzjan']);
    expect(placeNames('در فیض‌آباد بدخشان')).toEqual(['Fayzabad', 'Badakhshan']);
    expect(placeNames('اطراف گرمسار در استان سمنان')).toEqual(['Garmsar', 'Semnan Province']);
  });
  it('a Tajik ғ written g where GeoNames writes gh (Jirgatol: Jirghatol)', () => {
    expect(placeNames('Shots were fired near Jirgatol.')).toEqual(['Jirghatol']);
  });
  it('Kyrgyz й written i before a word\'s end (Бакай-Ата: Bakai-Ata), in any case', () => {
    expect(placeNames('в селе Бакай-Ата')).toEqual(['Bakai-Ata']);
    expect(placeNames('задержаны в Бакай-Ате')).toEqual(['Bakai-Ata']);
  });
  it('a two-word Russian name with a short adjective, in any case (под Новым Уренгоем)', () => {
    expect(placeNames('под Новым Уренгоем')).toEqual(['Novyy Urengoy']);
  });
});

describe('dates', () => {
  it('"last week, on Saturday 12 April": the day, not the week', () => {
    expect(events('На прошлой неделе, в субботу 12 апреля, в Гиждуване произошла массовая драка.', '2025-04-16')).toEqual([['2025-04-12', 'Gijduvon Shahri', 'Riots']]);
  });
  it('an update\'s stamp dates the update, not the arrest the update tells of on another day', () => {
    const text = '13 декабря 2023, 10:20 — ОБНОВЛЕНО\nВ понедельник вечером в Баксане сотрудники ФСБ задержали местного жителя.';
    expect(events(text, '2023-12-13')).toEqual([['2023-12-11', 'Baksan', 'Strategic developments']]);
    expect(days(text, '2023-12-13')).toEqual(['2023-12-13', '2023-12-11']);
  });
});

describe('what happened', () => {
  it('"expect more protests" is a forecast', () => {
    expect(events('Cold snap ahead in Andijan: expect more outage protests next week.', '2025-02-08')).toEqual([]);
  });
  it('a meeting refused is no meeting', () => {
    expect(events('Жители Каракола от встречи с представителями компании отказались.', '2024-10-02')).toEqual([]);
  });
});
