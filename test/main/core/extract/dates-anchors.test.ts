import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/core/extract/dates/find-dates';

const days = (text: string, ref: string) => findDates(text, ref).filter((d) => d.precision === 'day').map((d) => d.date);

describe('a date counted from a named event anchors on that event, not on the date just told', () => {
  it('in English', () => {
    // The raid was on Sunday 7 July; "said on Tuesday" dates the saying.
    const text = 'Militants raided a checkpoint in the valley on Sunday, an official said on Tuesday.\n\nTwo days after the raid, a mine hit a tractor near the river.';
    expect(days(text, '2024-07-10')).toEqual(['2024-07-07', '2024-07-09', '2024-07-09']);
  });
  it('in English, beside a date that the event is counted from', () => {
    const found = findDates('The market was shut on 14 May, the day after a violent riot between rival vendors.', '2024-05-20');
    expect(found.map((d) => d.date)).toEqual(['2024-05-14', '2024-05-13']);
    expect(found[1]!.names).toBeDefined();
  });
  it('in Russian', () => {
    const text = 'В четверг боевики напали на пост ДПС в селе.\n\nНакануне нападения полиция получила анонимное предупреждение.';
    expect(days(text, '2024-03-09')).toEqual(['2024-03-07', '2024-03-06']);
  });
  it('in Dari', () => {
    const text = 'روز سه‌شنبه افراد مسلح بر یک پاسگاه حمله کردند. یک روز پیش از حمله، دو تن در بازار بازداشت شدند.';
    // 2024-06-15 is a Saturday; the Tuesday before is 11 June.
    expect(days(text, '2024-06-15')).toEqual(['2024-06-11', '2024-06-10']);
  });
});

describe('which way a day without a year leans', () => {
  it('a Dari weekday in a past clause is past, even when what was promised after "که" is future', () => {
    expect(days('روز دوشنبه والی با بزرگان دیدار کرد و گفت که مکتب‌ها باز خواهند شد.', '2024-06-15')).toEqual(['2024-06-10']);
    expect(days('قرار است روز دوشنبه والی با بزرگان دیدار کند.', '2024-06-15')).toEqual(['2024-06-17']);
  });
  it('a Russian date with a future verb after it, or "с" before a future, is the coming one', () => {
    expect(days('Рынок с 1 декабря будет работать без выходных.', '2024-11-20')).toEqual(['2024-12-01']);
    expect(days('Сезон навигации откроется 5 мая, сообщили в порту.', '2024-04-28')).toEqual(['2024-05-05']);
    // A past "с" is still a span start of the past.
    expect(days('Дорога закрыта с 1 ноября.', '2024-11-20')).toEqual(['2024-11-01']);
  });
});
