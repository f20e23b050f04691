import { describe, expect, it } from 'vitest';
import { days, events, placeNames } from './extracted';

// Round 22 (issue 7): classes found in the twenty-second unseen set (`*-c*`), tested on new sentences.

describe('places', () => {
  it('a five-letter Russian city in its cases (в Пензе, в Чите), Zaamin as Russian writes it, Karaj and Sialkot in Dari', () => {
    expect(placeNames('Рейды прошли в Пензе и в Чите.')).toEqual(['Penza', 'Chita']);
    expect(placeNames('Драка произошла в Заамине.')).toEqual(['Zomin Shaharchasi']);
    expect(placeNames('کارگران در کرج و سیالکوت بازداشت شدند.')).toEqual(['Karaj', 'Sialkot']);
  });
  it('Iranian provinces in Dari: Hormozgan, Golestan, Semnan', () => {
    expect(placeNames('در استان هرمزگان، استان گلستان و استان سمنان')).toEqual(['Hormozgan Province', 'Golestan Province', 'Semnan Province']);
  });
});

describe('dates and what is told', () => {
  it('"Thursday\'s attack came two days after a roadside bomb ripped through a truck near Kalat": the bomb is two days earlier', () => {
    const text = "Thursday's attack came two days after a roadside bomb ripped through a police truck near Mastung.";
    expect(days(text, '2024-03-15')).toEqual(['2024-03-14', '2024-03-12']);
    expect(events(text, '2024-03-15')).toEqual([['2024-03-12', 'Mastung', 'Explosions/Remote violence']]);
  });
  it('"traffic between Quetta and Sindh" names a route, not where the protest was', () => {
    const text = 'On Friday elders met in Sibi.\n\nOn Saturday traffic between Quetta and Karachi stopped as residents blocked the highway.';
    expect(events(text, '2024-03-11')).toEqual([
      ['2024-03-08', 'Sibi', 'Strategic developments'],
      ['2024-03-09', 'Sibi', 'Protests'],
    ]);
  });
  it('a trend ("have stepped up attacks since the start of last year") and a confirmation of detentions are no new events', () => {
    expect(events('Separatists in Balochistan have stepped up attacks since the start of last year.', '2024-03-15')).toEqual([]);
    const text = 'On Tuesday police in Stepnogorsk detained two workers. The regional police department confirmed the detentions on Wednesday.';
    expect(events(text, '2023-02-09')).toEqual([['2023-02-07', 'Stepnogorsk', 'Strategic developments']]);
  });
  it('Dari: "پس از آغاز درگیری" and "در مورد حمله" refer to the clash told; "یک روز پس از این رویداد" dates a new one', () => {
    expect(events('پولیس یک ساعت پس از آغاز درگیری در گرگان به محل رسید.', '2023-05-21')).toEqual([]);
    expect(events('مقام‌ها در مورد حمله در گرگان چیزی نگفته‌اند.', '2023-05-21')).toEqual([]);
    const text = 'روز جمعه ۲۹ ثور در شهر گرگان بر کارگران حمله شد. یک روز پس از این رویداد، پولیس در شهر شاهرود ده تن را بازداشت کرد.';
    expect(events(text, '2023-05-22')).toEqual([
      ['2023-05-19', 'Gorgan', 'Violence against civilians'],
      ['2023-05-20', 'Shahrud', 'Strategic developments'],
    ]);
  });
});
