import { describe, expect, it } from 'vitest';
import { days, events } from './extracted';

// Round 16 (issue 7): classes found in the sixteenth unseen set (`*-k*`), tested on new sentences.

describe('what is and is not told', () => {
  it('a group that "claimed responsibility in a message" adds nothing to the attack told', () => {
    const text = 'PESHAWAR, 23 August 2023\n\nGunmen attacked a police post in Tank on Tuesday, killing two constables. The TTP later claimed responsibility in a message to journalists.';
    expect(events(text, '2023-08-23')).toEqual([['2023-08-22', 'Tank', 'Battles']]);
  });
  it('Russian: impounded fuel is a seizure, not an arrest', () => {
    const text = 'Душанбе, 5 сентября 2022\n\n3 сентября на посту в Пахтакороне таможенники задержали бензовоз с 12 тоннами контрабандного дизельного топлива. Топливо задержано и помещено на склад.';
    expect(events(text, '2022-09-05')).toEqual([['2022-09-03', 'Pakhtakoron', 'Strategic developments']]);
    expect(events(text, '2022-09-05').length).toBe(1);
  });
  it('Russian: a woman detained is "жительницу" of her home town, not where she was detained', () => {
    const text = 'Ашхабад, 7 марта 2024\n\nНакануне, 6 марта, в Мары полиция задержала 29-летнюю жительницу Байрамали.';
    expect(events(text, '2024-03-07')).toEqual([['2024-03-06', 'Mary', 'Strategic developments']]);
  });
});

describe('dates', () => {
  it('no date inside a word ("в Мары" is no "в Мар", March)', () => {
    expect(days('В среду в Мары задержали блогера.', '2024-03-07')).toEqual(['2024-03-06']);
  });
  it('Pashto time words in Dari reports: نن (today), پرون (yesterday), تیره شپه (last night)', () => {
    expect(days('نن سهار موتروانان اعتراض کردند.', '2024-01-18')).toEqual(['2024-01-18']);
    expect(days('پرون در امانزی درگیری شد.', '2024-01-18')).toEqual(['2024-01-17']);
    expect(days('تیره شپه دو تن بازداشت شدند.', '2024-01-18')).toEqual(['2024-01-17']);
  });
});
