import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/core/extract/dates/find-dates';
import { solarHijriToGregorian } from '../../../../main/core/extract/dates/persian-calendar';

const dates = (text: string, ref: string) => findDates(text, ref).map((d) => [d.text, d.date]);

describe('dates', () => {
  it('resolves English dates against the report date, never forward', () => {
    expect(dates('On Thursday, 7 October, fighters attacked. On Sunday the road reopened. Yesterday a convoy passed.', '2021-10-08')).toEqual([
      ['On Thursday, 7 October', '2021-10-07'],
      ['On Sunday', '2021-10-03'],
      ['Yesterday', '2021-10-07'],
    ]);
    // A day and month after the report's date belong to the year before.
    expect(dates('Militants attacked on 28 December.', '2022-01-05')).toEqual([['on 28 December', '2021-12-28']]);
    // "The next day" counts from the date told before it; durations and bare times are not dates.
    expect(dates('Fighting began on 4 October and resumed the next day after three hours of calm, at 10 am.', '2021-10-08')).toEqual([
      ['on 4 October', '2021-10-04'],
      ['the next day', '2021-10-05'],
    ]);
  });

  it('reads Russian dates with chrono\'s ru locale', () => {
    expect(dates('Душанбе, 18 октября 2021 г. В четверг, 14 октября, и вчера.', '2021-10-18')).toEqual([
      ['18 октября 2021 г', '2021-10-18'],
      ['В четверг, 14 октября', '2021-10-14'],
      ['вчера', '2021-10-17'],
    ]);
  });

  it('reads Dari dates: Solar Hijri, Gregorian months, weekdays and yesterday, in Persian digits', () => {
    expect(dates('مزار شریف، ۱۵ قوس ۱۴۰۰. دیروز و روز جمعه، ۸ اکتوبر ۲۰۲۱.', '2021-12-06')).toEqual([
      ['۱۵ قوس ۱۴۰۰', '2021-12-06'],
      ['دیروز', '2021-12-05'],
      ['روز جمعه، ۸ اکتوبر ۲۰۲۱', '2021-10-08'],
    ]);
    expect(solarHijriToGregorian(1400, 1, 1)).toBe('2021-03-21');
    expect(solarHijriToGregorian(1399, 12, 30)).toBe('2021-03-20'); // 1399 was a leap year
    expect(solarHijriToGregorian(1400, 12, 30)).toBeUndefined();
  });
});
