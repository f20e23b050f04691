import { describe, expect, it } from 'vitest';
import { days, events, placeNames } from './extracted';

describe('a wire dateline run into the lead', () => {
  it('gives the report its place and date, not the event told after the dash', () => {
    const text = 'KUNDUZ, Afghanistan, Jan 9 (Frontier Wire) – Gunmen attacked a police post in Imam Sahib late on Sunday, killing two officers.';
    expect(events(text, '2024-01-09')).toEqual([['2024-01-07', 'Imam Sahib', 'Battles']]);
  });
  it('reads "Oct 12" and "Sept. 3" as days, not as October 2012', () => {
    expect(days('Officials said on Oct 12 that the crossing would reopen on Sept. 3.', '2023-10-17')).toEqual(['2023-10-12', '2023-09-03']);
  });
});

describe('what did not happen, or is not one event', () => {
  it('"no one was detained", "задержаний нет", "کسی بازداشت نشده"', () => {
    expect(events('Kabul, 5 May 2024\n\nPolice watched the rally in Kabul on Sunday; no one was detained.', '2024-05-05').map((e) => e[2])).toEqual(['Protests']);
    expect(events('Бишкек, 5 мая 2024 г.\n\nПолиция наблюдает за митингом, задержаний нет.', '2024-05-05').map((e) => e[2])).toEqual(['Protests']);
    expect(events('کابل، ۱۶ ثور ۱۴۰۳\n\nپولیس می‌گوید که تا کنون کسی بازداشت نشده است.', '2024-05-05')).toEqual([]);
  });
  it('a group that "has claimed several attacks", and "two attacks" counted in a summary', () => {
    expect(events('Mazar, 5 May 2024\n\nThe front, which has claimed several small attacks this year, said on Monday it knew nothing.', '2024-05-05')).toEqual([]);
    expect(events('Herat, 5 May 2024\n\n• Traffic on the Herat highway restricted after two attacks on passenger vehicles.', '2024-05-05')).toEqual([]);
  });
  it('reports of arrests that "could not be verified"', () => {
    expect(events('Herat, 5 May 2024\n\nReports that several men were detained in Herat could not be verified.', '2024-05-05')).toEqual([]);
  });
  it('"talks with victims\' families" is how a report was made, not a meeting', () => {
    expect(events('هرات، ۱۶ ثور ۱۴۰۳\n\nبر اساس گفت‌وگو با خانواده‌های قربانیان، موارد زیر در ولایت هرات ثبت شده است.', '2024-05-05')).toEqual([]);
  });
  it('weapons found hidden, and arrests "در این پیوند", belong to the seizure told', () => {
    const fa = 'پلخمری، ۱۰ جوزا ۱۴۰۳\n\nنیروهای امنیتی روز ۶ جوزا در ولسوالی نهرین یک دیپوی سلاح را کشف کردند. در این دیپو چهار راکت و مقدار زیادی مهمات جاسازی شده بود. در این پیوند یک تن بازداشت شده است.';
    expect(events(fa, '2024-05-30')).toEqual([['2024-05-26', 'Nahrin', 'Strategic developments']]);
  });
});

describe('events told in other words', () => {
  it('passengers "taken away" by armed men are abducted', () => {
    expect(events('Herat, 14 Nov 2022\n\nOn 4 November armed men stopped a bus in Adraskan and took away two passengers.', '2022-11-14')).toEqual([['2022-11-04', 'Adraskan', 'Violence against civilians']]);
  });
  it('Dari "به ضرب گلوله کشتند" is a killing', () => {
    const fa = 'لشکرگاه، ۲۲ اسد ۱۴۰۲\n\nروز ۱۲ اسد افراد مسلح ناشناس یک سرباز پیشین را در ولسوالی سنگین به ضرب گلوله کشتند.';
    expect(events(fa, '2023-08-13')).toEqual([['2023-08-03', 'Sangin', 'Violence against civilians']]);
  });
});

describe('where and when, from the story around', () => {
  it('"the following day" in a later sentence counts from the story, not from a look back', () => {
    const text = 'On Friday gunmen shot a driver in Adraskan. A week earlier, a bus was stopped on the same road.\n\nThe following day, women protested in Karukh.';
    expect(days(text, '2022-11-14')).toEqual(['2022-11-11', '2022-11-04', '2022-11-12']);
  });
  it('an event with no place of its own is where the story was, not at the dateline', () => {
    const text = 'DUSHANBE, 21 February 2024 — A trial of eleven men opened yesterday at the regional court in Bokhtar.\n\nAround thirty relatives protested outside the courthouse yesterday morning.';
    expect(events(text, '2024-02-21').map((e) => e[1])).toEqual(['Qurghonteppa']);
  });
});

describe('Russian words that are also town names', () => {
  it('an adjective (пограничный наряд, Северный Кавказ) or a woman\'s surname (Назаровой) is no town', () => {
    expect(placeNames('На Северном Кавказе пограничный наряд встретился с юристом Фирузой Назаровой.')).toEqual(['North Caucasus']);
  });
  it('a stanitsa named like an adjective is found where "станица" says so', () => {
    expect(placeNames('Накануне в станице Ассиновской силовики блокировали дом.')).toEqual(['Assinovskaya']);
  });
});
