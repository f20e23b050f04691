import { describe, expect, it } from 'vitest';
import { extractFromText as extract } from '../../../../main/core/extract/extract-text';
import { days, events, placeNames } from './extracted';

// Round 29 (issue 7): classes found in the twenty-ninth unseen set (`*-ee*`), tested on new sentences.

describe('places', () => {
  it('Gilgit-Baltistan, Azad Kashmir and their districts; Skardu and Chilas, which GeoNames counts as hamlets', () => {
    expect(placeNames('Traders in Skardu and Chilas closed shops across Gilgit-Baltistan; Astore and Ghizer stayed calm.')).toEqual(['Skardu', 'Chilas', 'Gilgit-Baltistan', 'Astore', 'Ghizer']);
    expect(placeNames('Power tariffs in Azad Kashmir')).toEqual(['Azad Jammu and Kashmir']);
  });
  it('a Pakistani or Iranian town after a bare در or نزدیک where the text names its country, and not where it does not', () => {
    expect(placeNames('یک لاری در نزدیک داراب در استان فارس چپه شد')).toEqual(['Darab', 'Fars Province']);
    expect(placeNames('پولیس در اوتهل در ایالت بلوچستان مهاجران را بازداشت کرد')).toEqual(['Uthal', 'Balochistan']);
    expect(placeNames('یک لاری در نزدیک داراب چپه شد')).toEqual([]);
  });
  it('an Iranian county seat GeoNames gives no population (رامسر), and no town in common words (در مسیر, در شهر ممنوع, شهرک)', () => {
    expect(placeNames('دو متهم در رامسر در استان مازندران دستگیر شدند')).toEqual(['Ramsar', 'Mazandaran Province']);
    expect(placeNames('سفر در مسیر ایران ممنوع است و رفت‌وآمد موترها در شهر ممنوع شد؛ کارگران در شهرک صنعتی ایران بودند')).toEqual(['Iran', 'Iran']);
  });
  it('a Dari spelling the project added (بیله) after "near"; "از کویته" is where they came from', () => {
    expect(events('شامگاه پنجشنبه افراد مسلح دو راننده را که از کویته می‌آمدند در نزدیکی بیله ربودند.', '2024-09-29')).toEqual([['2024-09-26', 'Bela', 'Violence against civilians']]);
  });
});

describe('dates', () => {
  it('"6/7 unknown armed men" is a count, "on 6/7" a day', () => {
    expect(days('At about 0200 hrs, 6/7 unknown armed men opened fire on a picket.', '2024-10-15')).toEqual([]);
    expect(days('Police said 4/5 armed men fled.', '2024-10-15')).toEqual([]);
    expect(days('The picket was attacked on 6/7, police said.', '2024-10-15')).toEqual(['2024-07-06']);
  });
});

describe('what happened, where and when', () => {
  it('a police situation report\'s numbered items: "3." starts an item, "P.S." is a police station, "Recovered:" lists a seizure', () => {
    const text = [
      'DAILY SITUATION REPORT',
      '',
      '1. Gilgit - arrest with arms (P.S. Jutial)',
      'On 12-10-2024 at about 1930 hrs a police party raided a house in Gilgit and arrested 2 accused. Recovered: 1 Kalashnikov and 2 hand grenades.',
      '',
      '2. Skardu - sit-in (P.S. Skardu City)',
      'On 13-10-2024 about 200 persons staged a sit-in at Yadgar Chowk, Skardu, demanding electricity.',
    ].join('\n');
    expect(events(text, '2024-10-14')).toEqual([
      ['2024-10-12', 'Gilgit', 'Strategic developments'],
      ['2024-10-13', 'Skardu', 'Protests'],
    ]);
  });
  it('villagers who clash over grazing land riot', () => {
    expect(events('On Monday villagers clashed over grazing land near Gilgit; five were injured.', '2024-10-16')).toEqual([['2024-10-14', 'Gilgit', 'Riots']]);
  });
  it('a local TV transcript: a crowd that came to the government building, a brawl of "около двадцати человек", a village after "у села"', () => {
    expect(events('Сегодня к зданию администрации в Благовещенске пришли жители, которые месяц живут без отопления.', '2024-11-28')).toEqual([['2024-11-28', 'Blagoveshchensk', 'Protests']]);
    expect(events('В Благовещенске полиция выясняет обстоятельства драки. В ночь на среду у бара сошлись около двадцати человек.', '2024-11-28')).toEqual([['2024-11-27', 'Blagoveshchensk', 'Riots']]);
    expect(events('Пограничники во вторник задержали у села Ленинское в Еврейской автономной области двоих, которые пытались переправить в Китай икру.', '2024-11-28')).toEqual([['2024-11-26', 'Leninskoye', 'Strategic developments']]);
  });
  it('a surname with "мина" in it is no mine; police who look for attackers were not attacked', () => {
    expect(events('В Благовещенске в понедельник двое неизвестных избили депутата Виктора Семина. Полиция ищет нападавших.', '2024-11-28')).toEqual([['2024-11-25', 'Blagoveshchensk', 'Violence against civilians']]);
  });
  it('a weekday names the year of a day told without one ("On Monday, 13 January" after "since January 2024")', () => {
    const text = 'Since January 2024 there have been 23 attacks in the district. On Monday, 13 January, some 300 traders staged a sit-in in Layyah.';
    expect(events(text, '2025-01-15')).toEqual([['2025-01-13', 'Layyah', 'Protests']]);
  });
  it('men "armed with a rocket launcher" who attack a police post fight a battle; they shell nothing', () => {
    expect(events('On Thursday ten terrorists armed with rifles and a rocket launcher attacked the police post at Kalabagh.', '2025-01-15')).toEqual([['2025-01-09', 'Kalabagh', 'Battles']]);
  });
  it('a monthly list\'s items led by a day and a port named without "Bandar-e"; forces that open fire on a boat', () => {
    const text = 'INCIDENTS\n- 8 January, Mahshahr: agents arrested four fishermen at the port.\n- 19 January, off Bandar-e Deylam: naval forces opened fire on a boat carrying fuel, killing one man.';
    expect(events(text, '2025-02-04')).toEqual([
      ['2025-01-08', 'Bandar-e Mahshahr', 'Strategic developments'],
      ['2025-01-19', 'Bandar-e Deylam', 'Violence against civilians'],
    ]);
  });
  it('a Dari speaker\'s day and place come first; the quote\'s event takes the day and place named last before "گفت"', () => {
    const text = 'فرماندار امروز سه‌شنبه در نشستی در ساری با اشاره به حادثهٔ شامگاه جمعه در نوشهر گفت: «چند نفر با چوب به کارگران افغان حمله کردند.»';
    expect(events(text, '2023-10-10')).toEqual([['2023-10-06', 'Nowshahr', 'Violence against civilians']]);
  });
  it('an age is no count of the dead (کارگر ۱۹ ساله); نه in متأسفانه is no nine', () => {
    const e = extract('روز جمعه در شهر نوشهر متأسفانه یک کارگر ۱۹ ساله در حمله جان باخت و سه نفر دیگر مجروح شدند.', '2023-10-10').events[0]!;
    expect([e.fatalities, e.injured]).toEqual([1, 3]);
  });
  it('a press conference\'s question, a meeting "دیدار می‌کند" to come, arrests feared: none is an event', () => {
    expect(events('پرسش (خبرنگار رادیو): برخی مقام‌ها می‌گویند کارگران در درگیری شیراز مقصر بوده‌اند.', '2025-04-12')).toEqual([]);
    expect(events('هیئتی از سفارت روز چهارشنبه به شیراز می‌رود و با استاندار فارس دیدار می‌کند.', '2025-04-12')).toEqual([]);
    expect(events('خانواده‌ها در کراچی از ترس بازداشت کودکان را به مکتب نمی‌فرستند.', '2025-04-12')).toEqual([]);
  });
});
