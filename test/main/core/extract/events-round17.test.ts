import { describe, expect, it } from 'vitest';
import { days, events, placeNames } from './extracted';

// Round 17 (issue 7): classes found in the seventeenth unseen set (`*-j*`), tested on new sentences.

describe('threads and channels: each post is dated by its own stamp', () => {
  it("a forum post's 'today' and 'yesterday' count from the post, not from the day the page was saved", () => {
    const text = [
      'Тема: Стрельба в Шахритусе',
      '',
      '#1  Гость_12 · 02.06.2024, 22:15',
      'Сегодня вечером в Шахритусе у рынка подрались две семьи, человек двадцать.',
      '',
      '#2  Модератор · 04.06.2024, 08:30',
      'Вчерашнюю драку в Шахритусе милиция так и не прокомментировала.',
    ].join('\n');
    expect(days(text, '2024-06-04')).toEqual(expect.arrayContaining(['2024-06-02', '2024-06-03']));
    expect(events(text, '2024-06-04')).toContainEqual(['2024-06-02', 'Shahritus', 'Riots']);
  });
  it("a channel's view counter ends its post and dates it; an undated post tells of its own day", () => {
    const text = ['⚡️ Рудный сейчас. Около ста жителей стоят у здания акимата — против повышения тарифов.', '👁 5,2K · 11.03.2024, 12:40', '', 'Комментарии', '', 'Асель · 12.03.2024, 09:10', 'У нас в Лисаковске сегодня тоже вышли к акимату.'].join('\n');
    expect(events(text, '2024-03-12')).toEqual([
      ['2024-03-11', 'Rudnyy', 'Protests'],
      ['2024-03-12', 'Lisakovsk', 'Protests'],
    ]);
  });
  it('a stamp line of digits alone is a date', () => {
    expect(days('Пресс-служба УВД\n21.10.2023 14:05\n\nВ Бишкеке задержан водитель.', '2023-10-21')).toContain('2023-10-21');
  });
  it('Russian: "вчерашний" and "сегодняшний" are yesterday and today', () => {
    expect(days('Вчерашний митинг в Оше прошёл спокойно.', '2024-02-10')).toEqual(['2024-02-09']);
  });
  it('a reminder of yesterday\'s news is news ("Напомним: вчера …"); one of a dated past event is not', () => {
    expect(events('Напомним: вчера в Таразе задержали активиста.', '2024-05-20')).toEqual([['2024-05-19', 'Taraz', 'Strategic developments']]);
    expect(events('Напомним, 12 марта в Таразе задержали активиста.', '2024-05-20')).toEqual([]);
  });
});

describe('places', () => {
  it('a Cyrillic name shared by towns in two countries is the one near the places around (Аксай by Уральск)', () => {
    expect(placeNames('Ехали из Уральска, ночевали под Аксаем.')).toEqual(['Oral', 'Aqsay']);
    expect(placeNames('Ехали из Новочеркасска, ночевали под Аксаем.')).toEqual(['Novocherkassk', 'Aksay']);
  });
  it('Konaev, the renamed Kapshagay; Loralai and Mastung in Dari', () => {
    expect(placeNames('Митинг в Конаеве собрал сто человек.')).toEqual(['Kapshagay']);
    expect(placeNames('لاری‌ها از لورالایی به مستونگ رفتند.')).toEqual(['Loralai', 'Mastung']);
  });
  it('user names are nobody\'s whereabouts ("Житель_Оша", "@osh_news")', () => {
    expect(placeNames('Житель_Оша пишет, что @osh_news молчит.')).toEqual([]);
  });
  it('a masculine adjective is no case of a neuter town ("Степной вестник"), a feminine oblique case is ("в станице Ассиновской")', () => {
    expect(placeNames('Канал «Степной вестник» сообщил новость.')).toEqual([]);
    expect(placeNames('Перестрелка шла в станице Ассиновской.')).toEqual(['Assinovskaya']);
  });
  it('Dari: a small town after "بازار" (bazaar), and the same name again in a letterhead', () => {
    expect(placeNames('مکتب متوسطهٔ زورکوت\nدیروز در بازار زورکوت دو تن بازداشت شدند.')).toEqual(['Zorkot', 'Zorkot']);
  });
  it('"خواهان" (demanding) is no Khwahan', () => {
    expect(placeNames('مردم خواهان رسیدگی شدند.')).toEqual([]);
  });
});

describe('what is and is not told', () => {
  it('Russian: a road blocked by women or drivers is a protest; by the police it is not', () => {
    expect(events('В среду, 6 марта, в Кулябе женщины перекрыли улицу, требуя вернуть свет.', '2024-03-08')).toEqual([['2024-03-06', 'Kulob', 'Protests']]);
    expect(events('В среду, 6 марта, в Кулябе полиция перекрыла улицу.', '2024-03-08')).toEqual([]);
  });
  it('Russian: traders who "сцепились" riot; people the police "забрала" are arrested', () => {
    expect(events('Во вторник на рынке в Гиссаре торговцы сцепились с охранниками.', '2024-04-04')).toEqual([['2024-04-02', 'Hisor', 'Riots']]);
    expect(events('В понедельник в Гиссаре милиция забрала двух студентов из общежития.', '2024-04-04')).toEqual([['2024-04-01', 'Hisor', 'Strategic developments']]);
  });
  it('Dari: shot by gunmen ("هدف گلوله قرار گرفت"), border guards who opened fire ("آتش گشودند")', () => {
    expect(events('روز دوشنبه ۱۰ ثور یک دکاندار در شهر فراه هدف گلوله قرار گرفت و به شهادت رسید.', '2024-05-01')).toEqual([['2024-04-29', 'Farah', 'Violence against civilians']]);
    expect(events('شب یکشنبه ۹ ثور مرزبانان در نزدیکی زرنج بر مهاجران آتش گشودند.', '2024-05-01')).toEqual([['2024-04-28', 'Zaranj', 'Violence against civilians']]);
  });
  it('the dead laid on the road until the killers are found is a protest', () => {
    expect(events('روز سه‌شنبه ۱۱ ثور مردم جنازه را بر سر شاهراه فراه گذاشتند.', '2024-05-01')).toEqual([['2024-04-30', 'Farah', 'Protests']]);
    expect(events('On Friday relatives placed the bodies on the Quetta highway in Chaman.', '2024-05-05')).toEqual([['2024-05-03', 'Chaman', 'Protests']]);
  });
  it('miners who stay underground and wives who gather with placards protest', () => {
    expect(events('On Monday 40 miners in Prokopyevsk stayed underground over unpaid wages.', '2024-02-14')).toEqual([['2024-02-12', 'Prokopyevsk', 'Protests']]);
    expect(events('On Tuesday their wives gathered with placards outside the mine office in Prokopyevsk.', '2024-02-14')).toEqual([['2024-02-13', 'Prokopyevsk', 'Protests']]);
  });
  it('residents who stand outside the akimat against demolitions, or "вышли к акимату", protest', () => {
    expect(events('В субботу в Талгаре жители стояли у здания акимата, протестуя против сноса.', '2024-09-09')).toEqual([['2024-09-07', 'Talghar', 'Protests']]);
    expect(events('В субботу в Талгаре жители вышли к акимату.', '2024-09-09')).toEqual([['2024-09-07', 'Talghar', 'Protests']]);
  });
  it('"concerned by reports of arrests" tells no arrest', () => {
    expect(events('The ministry is concerned by reports of arrests of journalists in Dushanbe since 2 May.', '2024-05-20')).toEqual([]);
  });
  it('a crossing "closed since the day before yesterday" closed that day', () => {
    expect(events('Хорог. С позавчерашнего дня закрыт пункт пропуска на границе, причины не называются.', '2024-07-10')).toEqual([['2024-07-08', 'Khorugh', 'Strategic developments']]);
  });
});

describe('where it happened', () => {
  it('a country in the headline never replaces the town the body tells of', () => {
    const text = 'KYRGYZSTAN: PASTURE DISPUTE ENDS IN PROTEST\n\nWater has been short in Kochkor for weeks. On 3 June about 200 farmers gathered outside the town hall, demanding repairs.';
    expect(events(text, '2024-06-10')).toEqual([['2024-06-03', 'Kochkor', 'Protests']]);
  });
  it('a home town "in X region" is not where someone was detained', () => {
    expect(events('A journalist from Shymkent in Turkistan region was detained by police in Kentau on 2 April.', '2024-04-05')).toEqual([['2024-04-02', 'Kentau', 'Strategic developments']]);
  });
  it('the towns a road is named by are not where the road was blocked; the notice\'s village is', () => {
    // Покровка is GeoNames' Kyzyl-Suu (its old name).
    const text = 'АЙЫЛ ОКМОТУ СЕЛА ПОКРОВКА\n\nУважаемые жители села Покровка!\n\nВ понедельник, 13 мая, жители перекрыли трассу Балыкчы — Каракол.';
    expect(events(text, '2024-05-15')).toEqual([['2024-05-13', 'Kyzyl-Suu', 'Protests']]);
  });
  it('Dari: where travellers were heading ("طرف کویته") is not where they were attacked', () => {
    expect(events('امروز که طرف کویته می‌آمدیم، نزدیک مستونگ بر پوستهٔ پولیس حمله شد.', '2022-08-04')).toEqual([['2022-08-04', 'Mastung', 'Battles']]);
  });
});
