import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { days, events, placeNames } from './extracted';

// Round 12 (issue 7): classes found in the twelfth unseen set (`*-t*`), tested on new sentences.

describe('how reports are laid out', () => {
  it('a numbered digest item "PROVINCE / District" places its item at the district', () => {
    const text = 'DAILY DIGEST\nIssued: 5 MAR 2023\n\n1) KUNDUZ / Chahar Dara district\nAt approx. 2200 on 4 MAR, gunmen attacked a police checkpoint near the district centre. Two policemen killed.';
    expect(events(text, '2023-03-05')).toEqual([['2023-03-04', 'Chahar Dara', 'Battles']]);
  });
  it('a headline over a seizure and its arrests is told again by them', () => {
    const text =
      'г. Душанбе, 12.05.2024\n\nВ Турсунзаде задержаны двое с героином\n\n10 мая сотрудники милиции на въезде в город Турсунзаде остановили автомашину. При досмотре обнаружено и изъято 2 кг героина.\n\nВодитель и пассажир задержаны.';
    expect(events(text, '2024-05-12')).toEqual([['2024-05-10', 'Tursunzoda', 'Strategic developments']]);
  });
  it('a long lead with two events in clauses between semicolons tells both', () => {
    const text =
      'Самара, 13 марта 2025\n\nВ ночь на среду беспилотный летательный аппарат атаковал завод в Новокуйбышевске, вызвав пожар; тем временем в Сызрани сотрудники ФСБ задержали местного жителя, подозреваемого в наводке.';
    expect(events(text, '2025-03-13').map((e) => [e[1], e[2]])).toEqual([
      ['Novokuybyshevsk', 'Explosions/Remote violence'],
      ['Syzran', 'Strategic developments'],
    ]);
  });
});

describe('what is and is not told', () => {
  it('"перебои" (interruptions) hold no "бои" (fighting)', () => {
    expect(events('г. Бухара, 13 января 2023 года\n\nВ ряде сёл наблюдались перебои в подаче газа.', '2023-01-13')).toEqual([]);
  });
  it('Russian: residents who blocked a street "выражая недовольство" protested', () => {
    const text = 'Бухара, 13 января 2023\n\n11 января около 40 жителей города Гиждуван, выражая недовольство перебоями в подаче газа, перекрыли проезжую часть улицы.';
    expect(events(text, '2023-01-13')).toEqual([['2023-01-11', 'Gijduvon Shahri', 'Protests']]);
  });
  it('villagers who blocked a road "saying" the mine poisons them, and people who gathered to show support, protested', () => {
    const text = 'BISHKEK, June 17, 2025\n\nAbout 200 residents of Kazarman blocked the road to the mine on June 14, saying the dust was poisoning their pastures.\n\nOn Monday, about 80 people gathered in Toktogul to show support for the detained men.';
    expect(events(text, '2025-06-17').map((e) => [e[0], e[1], e[2]])).toEqual([
      ['2025-06-14', 'Kazarman', 'Protests'],
      ['2025-06-16', 'Toktogul', 'Protests'],
    ]);
  });
  it('officials who "agreed to review" a decision made a promise, not an agreement', () => {
    const text = 'Charikar, 14 November 2022\n\nOn Saturday several hundred residents gathered in Siyahgird to protest the dismissal of teachers. The crowd dispersed after officials agreed to review the decision.';
    expect(events(text, '2022-11-14').map((e) => e[2])).toEqual(['Protests']);
  });
  it('a capital that "did not comment" and the governor who "reported the attack" add no event', () => {
    const text = 'Самара, 13 марта 2025\n\nВ ночь на среду беспилотник атаковал нефтебазу в Сызрани. Об атаке первым сообщил губернатор. Официальный Киев атаку не комментировал.';
    expect(events(text, '2025-03-13')).toEqual([['2025-03-12', 'Syzran', 'Explosions/Remote violence']]);
  });
  it('Russian: a man taken from his home by armed men in uniform was abducted; "хроника задержаний" is no arrest', () => {
    const text = 'Грозный, 27 сентября 2023\n\n24 сентября жителя Урус-Мартана забрали из дома вооруженные люди в форме. «Кавказский узел» ведет хронику задержаний в регионе.';
    expect(events(text, '2023-09-27')).toEqual([['2023-09-24', 'Urus-Martan', 'Violence against civilians']]);
  });
  it('men who opened fire "при попытке задержания" fought; nobody was arrested', () => {
    const text = 'Черкесск, 27 сентября 2023\n\nВчера вечером в Черкесске мужчины открыли огонь при попытке задержания и были нейтрализованы.';
    expect(events(text, '2023-09-27').map((e) => e[2])).toEqual(['Battles']);
  });
  it('Dari: "گرفتار کردند" (caught) is an arrest; a child "abducted last month" is not this report\'s abduction', () => {
    const fa = 'هرات، ۱۲ میزان ۱۴۰۱\n\nبه تاریخ ۹ میزان، پولیس ولسوالی فارسی سه تن را در یک پوستهٔ بازرسی گرفتار کردند.\n\nامروز طفلی که ماه گذشته از شهر هرات ربوده شده بود به خانواده‌اش سپرده شد.';
    expect(events(fa, '2022-10-04')).toEqual([['2022-10-01', 'Qalah-ye Farsi', 'Strategic developments']]);
  });
  it('Dari: a man "به رگبار بسته شد" (sprayed with gunfire) was attacked; officials who "واکنشی نشان نداده‌اند" add nothing', () => {
    const fa = 'اسعدآباد، ۱۲ دلو ۱۴۰۲\n\nدیروز عصر یک موسفید در ولسوالی چوکی از طرف افراد مسلح ناشناس به رگبار بسته شد. مقام‌ها تاکنون دربارهٔ این تیراندازی واکنشی نشان نداده‌اند.';
    expect(events(fa, '2024-02-01')).toEqual([['2024-01-31', 'Tsowkey', 'Violence against civilians']]);
  });
});

describe('dates', () => {
  it('"накануне атаки" counts from the attack told earlier in the same sentence', () => {
    expect(days('Самара, 13 марта 2025\n\nВ ночь на среду беспилотник атаковал завод в Сызрани, а накануне атаки в Самаре задержали местного жителя.', '2025-03-13')).toEqual(['2025-03-13', '2025-03-12', '2025-03-11']);
  });
});

describe('places', () => {
  it('of two namesakes of one country and size, the one near the places around ("Rossosh" in the Voronezh region)', () => {
    const rossosh = findPlaces('In the Voronezh region, a drone hit Rossosh.', placeIndex()).find((p) => p.kind === 'town')!;
    expect([rossosh.lat, rossosh.lng].map((x) => Math.round(x * 10) / 10)).toEqual([50.2, 39.6]);
  });
  it('"в город Рогун", "жители города Гиждуван": the town after город in any case', () => {
    expect(placeNames('на въезде в город Рогун')).toEqual(['Roghun']);
    expect(placeNames('жители города Гиждуван')).toEqual(['Gijduvon Shahri']);
  });
  it('Dari: "شهرک‌های" (townships) is no Shahrak, while "کابلی" is still Kabul\'s', () => {
    expect(placeNames('پولیس در شهرک‌های حاشیهٔ شهر زاهدان مهاجران را بازداشت کرد.')).toEqual(['Zahedan']);
    expect(placeNames('یک تاجر کابلی')).toEqual(['Kabul']);
  });
});
