import { describe, expect, it } from 'vitest';
import { days, events, placeNames } from './extracted';

// Round 37 (issue 7): classes found in the thirty-seventh unseen set (`*-mm*`), tested on new sentences.

describe('places', () => {
  it('a Tajik town in Persian script after شهر (اسفره: Isfara, استروشن: Istaravshan)', () => {
    expect(placeNames('بستگانش را در شهر اسفره بازداشت کردند')).toEqual(['Isfara']);
    expect(placeNames('در شهر استروشن')).toEqual(['Istaravshan']);
  });
  it('a bulleted item led by its place and a full stop (🔻Курчатов. …) names a town a surname could spell', () => {
    expect(placeNames('🔻Курчатов. В понедельник задержан местный житель.')).toEqual(['Kurchatov']);
    expect(placeNames('▪️ Астрахань. Позавчера задержан местный житель.')).toEqual(['Astrakhan']);
  });
});

describe('dates', () => {
  it('"on Sunday (9 June)" is the date in brackets', () => {
    expect(days('Police detained him in Nukus on Sunday (9 June).', '2024-06-18')).toEqual(['2024-06-09', '2024-06-09']);
  });
  it('a diary\'s heading ("Fri 14 June - Beruniy") dates the writing, not the beating told "on Wednesday evening"', () => {
    const text = 'Fri 14 June - Beruniy\nA trader was beaten outside his stall in Beruniy on Wednesday evening by two men.';
    expect(events(text, '2024-06-18')).toEqual([['2024-06-12', 'Beruniy', 'Violence against civilians']]);
  });
});
