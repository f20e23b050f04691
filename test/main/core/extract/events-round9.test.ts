import { describe, expect, it } from 'vitest';
import { days, events } from './extracted';

describe('the report\'s own date', () => {
  it('"Issued: 30 October 2024" under a headline does not date the event the headline names', () => {
    const text = 'AFGHANISTAN\nFlash Update No. 1: Cross-border shelling in Paktya province\nIssued: 30 October 2024\n\n• Five civilians were killed when artillery shells hit homes in Chamkani district late on Sunday, 27 October.';
    expect(events(text, '2024-10-30')).toEqual([['2024-10-27', 'Tsamkani', 'Explosions/Remote violence']]);
  });
  it('a wire dateline under a headline and a time stamp is split off its lead', () => {
    const text = 'Oil workers end strike\n\nMarch 7, 2024 10:42 AM\n\nALMATY, March 7 (Reuters) - Oil workers gathered on Monday in Kulsary, demanding higher wages.';
    expect(events(text, '2024-03-07').map((e) => [e[0], e[2]])).toEqual([['2024-03-04', 'Protests']]);
  });
});

describe('counts and follow-ups', () => {
  it('arrests counted over a past week are a statistic, in English, Russian and Dari', () => {
    expect(events('Kabul, 17 March 2024\n\nFourteen people were detained in Lashkar Gah during the past week.', '2024-03-17')).toEqual([]);
    expect(events('Душанбе, 17 марта 2024 г.\n\nЗа прошедшую неделю в Кулябе задержаны 14 человек.', '2024-03-17')).toEqual([]);
    expect(events('لشکرگاه، ۲۷ حوت ۱۴۰۲\n\nدر جریان هفته گذشته چهارده تن در لشکرگاه بازداشت شدند.', '2024-03-17')).toEqual([]);
  });
  it('what protesters did hours later, told in Dari with a word between', () => {
    const fa = 'چغچران، ۲۵ جوزا ۱۴۰۲\n\nامروز صبح ده‌ها تن در شهر چغچران در اعتراض به بیکاری تجمع کردند. معترضان پس از حدود دو ساعت به آرامی پراکنده شدند.';
    expect(events(fa, '2023-06-15').map((e) => e[2])).toEqual(['Protests']);
  });
  it('explosives a man was found with, after his arrest, are no explosion', () => {
    const ru = 'Самара, 12 июля 2024 г.\n\nВчера вечером в Сызрани полицейские задержали мужчину, у которого в гараже нашли два обреза, сотню патронов и почти килограмм самодельной взрывчатки.';
    expect(events(ru, '2024-07-12').map((e) => e[2])).toEqual(['Strategic developments']);
  });
});

describe('told in other words', () => {
  it('"exchanged gunfire", "стрельба у кафе", "opened fire on customers"', () => {
    expect(events('Kabul, 20 June 2022\n\nOn Saturday nomads and villagers exchanged gunfire in Behsud district.', '2022-06-20').map((e) => e[2])).toEqual(['Battles']);
    expect(events('Ставрополь, 16 мая 2022 г.\n\nВечером 13 мая поступило сообщение о стрельбе у кафе в селе Прасковея.', '2022-05-16').map((e) => e[0])).toEqual(['2022-05-13']);
    expect(events('Kabul, 20 June 2022\n\nOn Friday a gunman opened fire on customers at a restaurant in Herat.', '2022-06-20').map((e) => e[2])).toEqual(['Violence against civilians']);
  });
  it('"вечером в среду" keeps its weekday', () => {
    expect(days('Вечером в среду в Салавате около двухсот жителей собрались у больницы.', '2025-01-23')).toEqual(['2025-01-22']);
  });
});
