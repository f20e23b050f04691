import { describe, expect, it } from 'vitest';
import { bucketStart, chooseUnit, fromDay, histogram, toDay } from '../../../../renderer/features/map/histogram';
import { eventSpan } from '../../../../renderer/features/map/event-span';

describe('histogram bucketing', () => {
  it('converts dates to days and back', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(fromDay(toDay('2024-02-29'))).toBe('2024-02-29');
  });

  it('starts weeks on Monday and months on the 1st', () => {
    expect(bucketStart('2021-10-08', 'week')).toBe('2021-10-04'); // a Friday → its Monday
    expect(bucketStart('2021-10-04', 'week')).toBe('2021-10-04');
    expect(bucketStart('2021-10-10', 'week')).toBe('2021-10-04'); // Sunday ends the ISO week
    expect(bucketStart('2021-01-01', 'week')).toBe('2020-12-28'); // across a year end
    expect(bucketStart('2021-10-31', 'month')).toBe('2021-10-01');
  });

  it('uses weeks up to a year, months beyond', () => {
    expect(chooseUnit('2021-01-01', '2021-12-31')).toBe('week');
    expect(chooseUnit('2021-01-01', '2022-06-01')).toBe('month');
  });

  it('counts per bucket and keeps empty buckets, so the bars keep time’s scale', () => {
    expect(histogram(['2021-10-08', '2021-12-01', '2021-10-30', '2021-10-01'], 'month')).toEqual([
      { start: '2021-10-01', count: 3 },
      { start: '2021-11-01', count: 0 },
      { start: '2021-12-01', count: 1 },
    ]);
    expect(histogram(['2021-12-20', '2022-01-05'], 'month').map((b) => b.start)).toEqual(['2021-12-01', '2022-01-01']);
    expect(histogram(['2021-10-04', '2021-10-19'], 'week')).toEqual([
      { start: '2021-10-04', count: 1 },
      { start: '2021-10-11', count: 0 },
      { start: '2021-10-18', count: 1 },
    ]);
    expect(histogram([], 'week')).toEqual([]);
  });

  it('finds the span of events, end dates included', () => {
    expect(eventSpan([])).toBeUndefined();
    expect(eventSpan([{ date: '2021-10-08' }, { date: '2021-09-01', endDate: '2021-11-02' }, { date: '2021-10-01' }])).toEqual({ first: '2021-09-01', last: '2021-11-02' });
  });
});
