import { describe, expect, it } from 'vitest';
import { events, placeNames } from './extracted';

// Round 23 (issue 7): classes found in the twenty-third unseen set (`*-b*`), tested on new sentences.

describe('places', () => {
  it('Iranian and Pakistani towns and provinces in Dari; Bam only where cued (بم is also "bomb")', () => {
    expect(placeNames('کارگران در شهر ساوه، بجنورد، جهلم و چکوال')).toEqual(['Saveh', 'Bojnurd', 'Jhelum', 'Chakwal']);
    expect(placeNames('در شهر بم تیراندازی شد.')).toEqual(['Bam']);
    expect(placeNames('یک بم کنار جاده منفجر شد.')).toEqual([]);
    expect(placeNames('در استان تهران، استان اصفهان و خراسان شمالی')).toEqual(['Tehran Province', 'Isfahan Province', 'North Khorasan']);
  });
  it('Zhanakorgan as Russian writes it', () => {
    expect(placeNames('Жители Жанакоргана перекрыли дорогу.')).toEqual(['Yanykurgan']);
  });
});

describe('what is and is not told', () => {
  it('Dari: workers who "دست از کار کشیدند" strike', () => {
    expect(events('روز شنبه کارگران افغان در شهر ساوه دست از کار کشیدند.', '2024-03-05')).toEqual([['2024-03-02', 'Saveh', 'Protests']]);
  });
  it('Dari: "در این تیراندازی" and "این اعتراض پس از آن صورت گرفت" refer to what was told', () => {
    expect(events('دو مامور که در این تیراندازی در شهر بم دست داشتند، روز یکشنبه بازداشت شدند.', '2024-12-16')).toEqual([['2024-12-15', 'Bam', 'Strategic developments']]);
    expect(events('این اعتراض پس از آن صورت گرفت که یک کارگر در شهر ساوه جان باخت.', '2024-03-05')).toEqual([]);
  });
  it('"Public protests are extremely rare" describes, it does not tell', () => {
    expect(events('Public protests are extremely rare in Turkmenistan.', '2022-11-17')).toEqual([]);
  });
});
