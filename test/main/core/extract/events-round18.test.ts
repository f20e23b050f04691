import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { extractFromText } from '../../../../main/core/extract/extract-text';
import { events, placeNames } from './extracted';

const extractPlaces = (text: string) => findPlaces(text, placeIndex());

// Round 18 (issue 7): classes found in the eighteenth unseen set (`*-g*`), tested on new sentences.

describe('places', () => {
  it('Pakistani and Iranian towns in Dari: Kohat, Mardan only where cued (مردان is also "men"), Chabahar', () => {
    expect(placeNames('مهاجران در شهر کوهات و شهر مردان بازداشت شدند.')).toEqual(['Kohat', 'Mardan']);
    expect(placeNames('مردان و زنان قریه گرد آمدند.')).toEqual([]);
    expect(placeNames('کارگران در بندر چابهار کار می‌کنند.')).toEqual(['Chabahar']);
  });
  it('a Dari province written as one word with its ezafe (خیبرپښتونخوای), and South Khorasan', () => {
    expect(placeNames('در ایالت خیبرپښتونخوای پاکستان')).toEqual(['Khyber Pakhtunkhwa', 'Pakistan']);
    expect(placeNames('مرزبانان استان خراسان جنوبی')).toEqual(['South Khorasan']);
  });
  it('"X, the regional centre" is the town, though the text named the region X before', () => {
    const text = 'A lawyer from the Bukhara region spoke. The blogger was detained at his home in Bukhara, the regional centre.';
    expect(extractPlaces(text).map((p) => p.kind)).toEqual(['admin-region', 'town']);
  });
  it('common words are no towns: "Горняки" (miners) is no Gornyak, "Ministry of Foreign Affairs" no Fergana', () => {
    expect(placeNames('Горняки Риддера требуют повысить зарплату.')).toEqual(['Ridder']);
    expect(placeNames('The Ministry of Foreign Affairs in Tashkent replied.')).toEqual(['Tashkent']);
    expect(placeNames('в посёлке Горняк')).toEqual(['Gornyak']);
  });
  it('a cued four-letter town in an oblique case (в Инзе), never by a stem (в Аксы is no Аксай)', () => {
    expect(placeNames('В Инзе задержали местного жителя.')).toEqual(['Inza']);
    expect(placeNames('События в Аксы помнят до сих пор.')).toEqual([]);
  });
  it('Brussels', () => {
    expect(placeNames('The subcommittee met in Brussels.')).toEqual(['Brussels']);
  });
});

describe('what is and is not told', () => {
  it('"his lawyer said on Thursday" dates the saying: the arrest is the one the body dates', () => {
    const text = 'Police in Tajikistan detained a union activist in Kulob, his lawyer said on Friday.\n\nLate on Wednesday, police detained the activist at his flat in Kulob, lawyer Nodira Saidova said.';
    expect(events(text, '2024-03-08')).toEqual([['2024-03-06', 'Kulob', 'Strategic developments']]);
  });
  it('a protest "called off the following evening" is its end, not another protest', () => {
    const text = 'On Monday 3 June, traders staged a sit-in on the main road in Bannu. The sit-in was called off the following evening after talks.';
    expect(events(text, '2024-06-06')).toEqual([['2024-06-03', 'Bannu', 'Protests']]);
  });
  it('"after the 12 May attack" refers to the attack told; "two days after the attack" dates a new event', () => {
    const text = 'On 12 May gunmen attacked a police post in Tank. Schools in Tank closed after the 12 May attack. Two days after the attack, police arrested three men in Wana.';
    expect(events(text, '2024-05-20')).toEqual([
      ['2024-05-12', 'Tank', 'Battles'],
      ['2024-05-14', 'Wana', 'Strategic developments'],
    ]);
  });
  it("an analyst's assessment tells no event", () => {
    expect(events('We assess that the Buynaksk attack on 3 May was carried out by a local cell.', '2024-05-10')).toEqual([]);
    expect(events('The Buynaksk attack is probably unrelated to the arrests in Makhachkala.', '2024-05-10')).toEqual([]);
  });
  it('gunmen who fired at a police post, and militants killed in a counter-terrorism operation: battles', () => {
    expect(events('On 5 May gunmen fired from a car at a traffic police post outside Buynaksk.', '2024-05-10')).toEqual([['2024-05-05', 'Buynaksk', 'Battles']]);
    expect(events('On 6 May two militants were killed in a counter-terrorism operation in Khasavyurt.', '2024-05-10')).toEqual([['2024-05-06', 'Khasavyurt', 'Battles']]);
  });
  it('a beating is violence against civilians, unless it is force used on a protest told', () => {
    expect(events('On 26 November three men beat a local journalist outside his house in Termez.', '2024-12-01')).toEqual([['2024-11-26', 'Tirmiz', 'Violence against civilians']]);
    expect(events('On 26 November police dispersed a rally in Termez; several protesters were beaten.', '2024-12-01')).toEqual([['2024-11-26', 'Tirmiz', 'Protests']]);
  });
  it('Dari: a press conference (نشست خبری) is no meeting', () => {
    expect(events('سرکنسول در هرات امروز در یک نشست خبری به پرسش‌ها پاسخ داد.', '2024-05-10')).toEqual([]);
  });
  it('Russian: what is said "якобы «…»" did not happen; "договорились продолжить" is a plan', () => {
    expect(events('В феврале в соцсетях писали, что в Хоргосе якобы «закрыли границу».', '2025-02-12')).toEqual([]);
    expect(events('Во вторник в Костанае стороны договорились продолжить переговоры 20 июня.', '2023-06-14')).toEqual([['2023-06-13', 'Kostanay', 'Strategic developments']]);
  });
  it('a press release stamped once: an undated arrest after a brawl belongs to the brawl, not to the stamp\'s day', () => {
    const text = 'Пресс-служба\n\n05.03.2025 11:20\n\n1 марта в Бийске у ночного клуба произошла массовая драка.\n\nСотрудники полиции задержали восемь человек.';
    expect(events(text, '2025-03-05')).toEqual([['2025-03-01', 'Biysk', 'Riots']]);
  });
});

describe('where it happened', () => {
  it("an office's town is not where its delegation met (the consulate in Peshawar, the meeting in Kohat)", () => {
    expect(events('هیئتی از قونسلگری در پشاور روز سه‌شنبه ۱۴ حوت در شهر کوهات با مقام‌های محلی دیدار کرد.', '2025-03-05')).toEqual([['2025-03-04', 'Kohat', 'Strategic developments']]);
  });
});

describe('a place the gazetteer cannot place', () => {
  it('an event at a cued name no gazetteer knows is placed in the province the text names, not at the town told before', () => {
    const text = 'غزنی، ۱۰ قوس ۱۴۰۳\n\nمقامات ولایت غزنی می‌گویند که دیروز در شهر غزنی دو تن بازداشت شدند.\n\nهمچنان شام دیروز یک ماین در نزدیکی بازار خرکوتک منفجر شد و سه تن زخمی شدند.';
    const found = events(text, '2024-11-30');
    expect(found).toContainEqual(['2024-11-29', 'Ghazni', 'Explosions/Remote violence']);
    const mine = extractFromText(text, '2024-11-30').events.find((e) => e.eventType === 'Explosions/Remote violence');
    expect(mine?.place?.kind).toBe('admin-region');
  });
  it('Russian and English too: "в уезде Дарахшон", "the village of Qalai Bolo"', () => {
    const ru = 'В провинции Тахар в субботу в Талукане задержали двоих. Вечером в уезде Дарахшон неизвестные обстреляли пост талибов.';
    expect(extractFromText(ru, '2025-02-16').events.at(-1)?.place).toMatchObject({ kind: 'admin-region', name: 'Takhar' });
    const en = 'On Sunday police detained two men in Taloqan, Takhar province. On Monday gunmen attacked a checkpoint in the village of Qalai Bolo.';
    expect(extractFromText(en, '2025-02-18').events.at(-1)?.place).toMatchObject({ kind: 'admin-region', name: 'Takhar' });
  });
});

