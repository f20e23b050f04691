import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/core/extract/dates/find-dates';

const dates = (text: string, ref: string) => findDates(text, ref).map((d) => [d.text, d.date, d.precision]);

describe('anaphoric dates count from the date just told', () => {
  it('in English', () => {
    expect(dates('Gunmen raided a checkpoint on 3 April. Two days later, the army sent reinforcements. A week later the road reopened.', '2022-04-20')).toEqual([
      ['on 3 April', '2022-04-03', 'day'],
      ['Two days later', '2022-04-05', 'day'],
      ['A week later', '2022-04-12', 'day'],
    ]);
    expect(dates('The governor resigned on Friday, 8 March, and the following day the council met.', '2024-03-12')).toEqual([
      ['on Friday, 8 March', '2024-03-08', 'day'],
      ['the following day', '2024-03-09', 'day'],
    ]);
    expect(dates('Troops entered the town on 14 August. The day before, the last officials had left.', '2024-03-12').map((d) => d[1])).toEqual(['2023-08-14', '2023-08-13']);
    // "two days before the vote" counts from the vote, which the text does not date: not read.
    expect(dates('Two days before the vote, rallies were banned.', '2024-03-12')).toEqual([]);
  });

  it('in Russian', () => {
    expect(dates('Нападение на пост произошло 11 июля. На следующий день силовики задержали двоих. Днём ранее в городе прошёл митинг.', '2023-07-14')).toEqual([
      ['11 июля', '2023-07-11', 'day'],
      ['На следующий день', '2023-07-12', 'day'],
      ['Днём ранее', '2023-07-11', 'day'],
    ]);
    expect(dates('Взрыв прогремел 2 марта, а через два дня был задержан подозреваемый.', '2023-03-10').map((d) => d[1])).toEqual(['2023-03-02', '2023-03-04']);
  });

  it('in Dari', () => {
    expect(dates('روز سه‌شنبه یک کاروان مورد حمله قرار گرفت. یک روز پیش از آن یک ماین منفجر شد و روز بعد نیروهای امنیتی به منطقه رسیدند.', '2023-11-09')).toEqual([
      ['روز سه‌شنبه', '2023-11-07', 'day'],
      ['یک روز پیش از آن', '2023-11-06', 'day'],
      ['روز بعد', '2023-11-07', 'day'],
    ]);
    // "دو روز پیش" alone is two days ago, from the report's date.
    expect(dates('دو روز پیش بازار شهر بسته شد.', '2023-11-09').map((d) => d[1])).toEqual(['2023-11-07']);
  });

  it('a phrase with the date in apposition adds nothing ("Накануне, 9 мая")', () => {
    expect(dates('Учения завершились 10 мая. Накануне, 9 мая, министры встретились.', '2024-05-11').map((d) => d[0])).toEqual(['10 мая', '9 мая']);
  });

  it('with no date before them, from the report\'s date', () => {
    expect(dates('The day before, the border crossing was closed.', '2023-02-10').map((d) => d[1])).toEqual(['2023-02-09']);
  });
});

describe('a date without a year in a future context goes forward', () => {
  it('in English, and an ordinary past date still goes back', () => {
    expect(dates('The commission will meet again on 2 February. It last met on 28 December.', '2023-01-20').map((d) => d[1])).toEqual(['2023-02-02', '2022-12-28']);
    expect(dates('Next report: 4 September.', '2023-08-28').map((d) => d[1])).toEqual(['2023-09-04']);
    expect(dates('Talks are scheduled for Sunday.', '2023-08-30').map((d) => d[1])).toEqual(['2023-09-03']);
    expect(dates('Police said militants attacked on 20 September.', '2023-08-28').map((d) => d[1])).toEqual(['2022-09-20']);
  });

  it('in Russian and Dari', () => {
    expect(dates('Следующий раунд переговоров планируется провести 14 ноября.', '2023-11-02').map((d) => d[1])).toEqual(['2023-11-14']);
    expect(dates('Заседание состоится в пятницу.', '2023-11-02').map((d) => d[1])).toEqual(['2023-11-03']);
    // The weekday right before a date is that date's ("روز جمعه ۲۰ ثور"), not a day of its own.
    expect(dates('قرار است نشست بعدی روز جمعه ۲۰ ثور برگزار شود.', '2023-05-02').map((d) => d[1])).toEqual(['2023-05-10']);
    expect(dates('قرار است نشست بعدی روز جمعه برگزار شود.', '2023-05-02').map((d) => d[1])).toEqual(['2023-05-05']);
    expect(dates('این حمله ۲۰ ثور صورت گرفت.', '2023-05-02').map((d) => d[1])).toEqual(['2022-05-10']);
    // "is held" (present for a set date) is a plan: ۱۵ حوت ۱۴۰۲ is 5 March 2024, the report of 29 February.
    expect(dates('نشست شورای علما روز ۱۵ حوت در لشکرگاه برگزار می‌شود.', '2024-02-29').map((d) => d[1])).toEqual(['2024-03-05']);
  });
});

describe('a date without a year in a sentence that tells no event', () => {
  it('stays in the report\'s year up to a month ahead (a plan in words not recognised), and goes back beyond', () => {
    expect(dates('The authorities said they planned to move children to sanatoriums from 23 October.', '2023-10-20').map((d) => d[1])).toEqual(['2023-10-23']);
    expect(dates('Власти решили переселить семьи 10 ноября.', '2023-10-20').map((d) => d[1])).toEqual(['2023-11-10']);
    expect(dates('The authorities moved the families on 20 December.', '2023-10-20').map((d) => d[1])).toEqual(['2022-12-20']);
  });
  it('goes back where the sentence tells an attack, an arrest or a clash', () => {
    expect(dates('Police arrested two men on 23 October.', '2023-10-20').map((d) => d[1])).toEqual(['2022-10-23']);
  });
});

describe('precision below a day', () => {
  it('month and year phrases are month precision, weeks are week precision from their Monday', () => {
    expect(dates('The district fell in July 2021 and was retaken in March 2023.', '2024-01-15')).toEqual([
      ['July 2021', '2021-07-01', 'month'],
      ['March 2023', '2023-03-01', 'month'],
    ]);
    expect(dates('Two posts were attacked last week.', '2024-01-18')).toEqual([['last week', '2024-01-08', 'week']]);
    expect(dates('На прошлой неделе в районе ввели комендантский час; в октябре 2022 года его отменяли.', '2024-01-18')).toEqual([
      ['На прошлой неделе', '2024-01-08', 'week'],
      ['в октябре 2022 года', '2022-10-01', 'month'],
    ]);
    expect(dates('هفته گذشته سه تن بازداشت شدند.', '2024-01-18')).toEqual([['هفته گذشته', '2024-01-08', 'week']]);
  });
});

describe('sentence boundaries and spans', () => {
  it('a date phrase never runs across a full stop', () => {
    expect(dates('Prices rose sharply this week. On 12 March, traders closed their shops.', '2024-03-14').map((d) => d[0])).toEqual(['this week', 'On 12 March']);
  });

  it('marks dates that open a span ("since")', () => {
    const found = findDates('Attacks have doubled since 4 January. С 5 мая введён режим. این سومین حمله از ۱۲ جدی به این سو است. On 6 May police came.', '2024-05-10');
    expect(found.map((d) => [d.text, !!d.since])).toEqual([
      ['4 January', true],
      ['С 5 мая', true],
      ['۱۲ جدی', true],
      ['On 6 May', false],
    ]);
  });
});

describe('a weekday inside a named week, and a time of day before a Russian date', () => {
  it('reads "earlier this week, on Tuesday" as that Tuesday, not the week', () => {
    // 20 October 2023 is a Friday; that week's Tuesday is the 17th.
    expect(dates('Earlier this week, on Tuesday, a drone struck a fuel depot.', '2023-10-20')).toEqual([['this week, on Tuesday', '2023-10-17', 'day']]);
    expect(dates('Last week, on Thursday, the crossing was closed.', '2023-10-20').map((d) => d[1])).toEqual(['2023-10-12']);
  });
  it('keeps the day of "утром 14 ноября" and "вечером 10 марта"', () => {
    expect(dates('Утром 14 ноября в Магасе задержали мужчину.', '2023-11-16').map((d) => d[1])).toEqual(['2023-11-14']);
    expect(dates('Перестрелка произошла вечером 10 марта.', '2025-03-14').map((d) => d[1])).toEqual(['2025-03-10']);
    expect(dates('Сегодня утром торговцы перекрыли дорогу.', '2024-07-10').map((d) => d[1])).toEqual(['2024-07-10']);
  });
});
