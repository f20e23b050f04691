import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/core/extract/dates/find-dates';
import { splitSentences } from '../../../../main/core/extract/text/sentences';

const dates = (text: string, ref: string) => findDates(text, ref).map((d) => [d.date, d.precision]);
const days = (text: string, ref: string) => findDates(text, ref).filter((d) => d.precision === 'day').map((d) => d.date);

describe('a date without a year after "would" or "until" is the one nearest the report', () => {
  it('in English', () => {
    expect(days('The council said inspectors would visit the dam on 22 August.', '2024-08-17')).toEqual(['2024-08-22']);
    expect(days('The ministry closed the market until 9 October.', '2023-10-02')).toEqual(['2023-10-09']);
    // Without a cue, in a sentence that tells an attack, a day after the report is last year's.
    expect(days('Gunmen attacked the market on 9 October.', '2023-10-02')).toEqual(['2022-10-09']);
  });
  it('in Russian', () => {
    expect(days('Режим КТО продлён до 12 апреля.', '2024-04-05')).toEqual(['2024-04-12']);
  });
  it('in Dari', () => {
    // ۱۰ جدی ۱۴۰۳ is 30 December 2024; the report is of 24 December.
    expect(days('شاهراه تا ۱۰ جدی مسدود است.', '2024-12-24')).toEqual(['2024-12-30']);
  });
});

describe('ranges give their first and last day', () => {
  it.each([
    ['The road was closed from 4 to 11 July for repairs.', '2024-07-12', ['2024-07-04', '2024-07-11']],
    ['The crossing was shut between 2 and 6 April.', '2024-04-20', ['2024-04-02', '2024-04-06']],
    ['Граница была закрыта с 3 по 8 июня.', '2024-06-05', ['2024-06-03', '2024-06-08']],
    ['Учения пройдут с 29 августа по 2 сентября.', '2024-08-20', ['2024-08-29', '2024-09-02']],
    // ۵ ثور ۱۴۰۳ is 24 April 2024, ۹ ثور 28 April.
    ['بازار از ۵ تا ۹ ثور بسته بود.', '2024-05-01', ['2024-04-24', '2024-04-28']],
  ])('%s', (text, ref, expected) => {
    expect(days(text, ref)).toEqual(expected);
    expect(findDates(text, ref).find((d) => d.endDate)?.endDate).toBe(expected[1]);
    expect(findDates(text, ref).some((d) => d.since)).toBe(false);
  });
});

describe('durations, years and months are not days', () => {
  it.each([
    ['The suspects were held without charge for 48 hours.', '2024-03-10'],
    ['The well ran dry five years ago.', '2024-03-10'],
    ['Thousands have been deported this year.', '2024-03-10'],
    ['Связи не было двое суток.', '2024-03-10'],
    ['Три года назад здесь был пост.', '2024-03-10'],
    ['В этом году задержаны десятки человек.', '2024-03-10'],
  ])('%s', (text, ref) => {
    expect(days(text, ref)).toEqual([]);
  });
  it('"this month" is a month; "в понедельник" a day, not a week', () => {
    expect(dates('Prices rose this month.', '2024-03-10')).toEqual([['2024-03-01', 'month']]);
    expect(dates('В понедельник в городе прошёл митинг.', '2024-03-10')).toEqual([['2024-03-04', 'day']]);
  });
  it('a clock time with a weekday is that day', () => {
    expect(days('Shelling began at 23:30 on Saturday.', '2024-03-13')).toEqual(['2024-03-09']);
  });
});

describe('list and digest items are sentences of their own', () => {
  it('a bullet line after a full stop starts a new sentence', () => {
    const s = splitSentences('- A bomb went off in the bazaar.\n- The next day, shops stayed closed.').map((x) => x.text);
    expect(s).toEqual(['- A bomb went off in the bazaar.', '- The next day, shops stayed closed.']);
  });
  it("an emoji item's header line is its own sentence", () => {
    const s = splitSentences('🔴 Kunar | Asadabad\nTwo mortar rounds hit the bazaar.\n🟢 Kabul\nShops reopened.').map((x) => x.text);
    expect(s).toEqual(['🔴 Kunar | Asadabad', 'Two mortar rounds hit the bazaar.', '🟢 Kabul', 'Shops reopened.']);
  });
  it('wrapped prose lines stay one sentence', () => {
    expect(splitSentences('Gunmen attacked a checkpoint on the road\nto Gardez late on Sunday.')).toHaveLength(1);
  });
});
