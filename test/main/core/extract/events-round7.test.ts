import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../main/core/extract/extract-text';
import { days, events } from './extracted';

describe('dates written as logs and alerts write them', () => {
  it('numeric solar dates in an incident log (۱۴۰۲/۰۲/۰۴, 1402/2/6)', () => {
    expect(days('۱۴۰۲/۰۲/۰۴ | ولسوالی اندخوی | انفجار ماین. 1402/2/6 | درگیری', '2023-04-30')).toEqual(['2023-04-24', '2023-04-26']);
  });
  it('"on the evening of Tuesday, October 8" keeps its day', () => {
    expect(days('On the evening of Tuesday, October 8, a bomb went off near the bazaar.', '2024-10-10')).toEqual(['2024-10-08']);
  });
  it('"through October 15" and "the next picket on 20 November" lie ahead', () => {
    expect(days('Police have set up checkpoints along the highway through October 15.', '2024-10-10')).toEqual(['2024-10-15']);
    expect(days('Организаторы подали уведомление о следующем пикете — на 20 ноября.', '2021-11-15')).toEqual(['2021-11-20']);
  });
});

describe('what is not an event told', () => {
  it('an explosion named only as what arrests were "in connection with"', () => {
    const text = 'Dushanbe, 10 October 2024\n\nA bomb exploded in Tursunzoda on Tuesday. Two men were detained in Vahdat the following day in connection with the explosion.';
    expect(events(text, '2024-10-10').map((e) => e[2])).toEqual(['Explosions/Remote violence', 'Strategic developments']);
  });
  it('a blast said to be fake', () => {
    expect(events('Магас, 14 ноября 2022 г.\n\nИнформация о якобы произошедшем взрыве в Сунже не соответствует действительности.', '2022-11-14')).toEqual([]);
  });
  it('a trend in a monthly summary', () => {
    expect(events('Almaty, 3 April 2023\n\nProtest activity rose in March; lethal violence remained rare.', '2023-04-03')).toEqual([]);
  });
});

describe('told in other words', () => {
  it('a vehicle that "came under fire", and people who "подрались"', () => {
    expect(events('Faizabad, 3 June 2024\n\nOn Thursday a Taliban pick-up came under fire near Baharak.', '2024-06-03').map((e) => e[2])).toEqual(['Battles']);
    expect(events('Хабаровск, 15 ноября 2021 г.\n\nНакануне в Хабаровске на стройке подрались двадцать рабочих.', '2021-11-15').map((e) => e[2])).toEqual(['Riots']);
  });
});

describe('where it happened', () => {
  it('officials who act where they are named ("intelligence officials in Asmar detained")', () => {
    const text = 'Kabul, 14 March 2025\n\nTwo journalists were detained by intelligence officials in Asmar district, Kunar province, on 12 February.';
    expect(events(text, '2025-03-14')).toEqual([['2025-02-12', 'Asmar', 'Strategic developments']]);
  });
  it('a person\'s home town, when the paragraph already said where', () => {
    const text = 'Орск, 24 января 2025 г.\n\nВо вторник на пункте пропуска в Орске в грузовике нашли 40 кг гашиша. Водитель, 41-летний житель Актобе, задержан.';
    expect(events(text, '2025-01-24').map((e) => e[1])).toEqual(['Orsk']);
  });
  it('a Dari dateline under a headline, and a district among its namesakes', () => {
    const text = 'روایت شاهدان عینی\n\nمیمنه، ۱۰ ثور ۱۴۰۲ — روز جمعه یک کارمند صحی در ولسوالی دولت‌آباد ولایت فاریاب ربوده شد.';
    const [event] = extractFromText(text, '2023-04-30').events;
    expect([event?.date, event?.eventType]).toEqual(['2023-04-28', 'Violence against civilians']);
    // Faryab's Dowlatabad (36.43 N 64.92 E), not Balkh's or Iran's.
    expect(Math.abs(event!.place!.lat - 36.43) + Math.abs(event!.place!.lng - 64.92)).toBeLessThan(0.1);
  });
});
