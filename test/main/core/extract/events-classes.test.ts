import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../../../main/core/extract/events/casualties';
import { extractFromText } from '../../../../main/core/extract/extract-text';

/** Gazetteer names carry diacritics (Shīnḏanḏ): compared without them. */
const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
const events = (text: string, ref: string) =>
  extractFromText(text, ref).events.map((e) => [e.date, e.place ? plain(e.place.name) : null, e.eventType, e.subEventType]);

describe('each sentence owns its date', () => {
  it('a date phrase does not reach back across a full stop', () => {
    const text = 'Herat, 20 March 2024\n\nUnrest spread in Herat province this week. On 17 March, gunmen attacked a police post in Shindand.';
    expect(events(text, '2024-03-20')).toEqual([['2024-03-17', 'Shindand', 'Battles', 'Armed clash']]);
  });

  it('an event told "a day later" is dated from the event before it', () => {
    const text = 'Kunduz, 12 April 2023\n\nTaliban fighters clashed with gunmen in Imam Sahib on 8 April. A day later, residents protested in Kunduz against the fighting.';
    expect(events(text, '2023-04-12').map((e) => e[0])).toEqual(['2023-04-08', '2023-04-09']);
  });
});

describe('background is not an event', () => {
  it.each([
    ['English history with a month and year', 'Kabul, 3 May 2024\n\nGunmen have staged several raids in the area since the fall of the republic in August 2021.'],
    ['English count since a date', 'Kabul, 3 May 2024\n\nIt was the fourth attack on the market since 2 February.'],
    ['an old battle with its toll', 'Osh, 3 May 2024\n\nClashes in the same valley in April 2021 killed 55 people.'],
    ['a description', 'Kabul, 3 May 2024\n\nThe district has been largely quiet in recent years, and fighting there is rare.'],
    ['a Russian reminder', 'Душанбе, 3 мая 2024 г.\n\nНапомним, в 2022 году в регионе произошли столкновения.'],
    ['a Russian month long past', 'Душанбе, 3 мая 2024 г.\n\nВ сентябре 2023 года в этом районе уже было нападение на пост.'],
    ['a Dari count since a date', 'کابل، ۱۵ ثور ۱۴۰۳\n\nاین سومین حمله در این ولسوالی از ۵ حمل به این سو است.'],
    ['a Dari description', 'کابل، ۱۵ ثور ۱۴۰۳\n\nولسوالی اندخوی در سال‌های گذشته یکی از امن‌ترین مناطق بود و درگیری در آن کم بود.'],
    ['a state of affairs, not an agreement', 'Dushanbe, 3 May 2024\n\nMost of the boundary has been agreed by the two commissions.'],
  ])('%s', (_label, text) => {
    expect(events(text, text.includes('۱۴۰۳') ? '2024-05-04' : '2024-05-03')).toEqual([]);
  });
});

describe('plans, threats and seized weapons are not the thing itself', () => {
  it.each([
    ['Police said the cell had planned attacks on bridges in Kabul.', '2024-05-03'],
    ['Officials warned of the threat of drone attacks on the airport in Kazan.', '2024-05-03'],
    ['Следствие установило, что задержанные планировали нападение на отдел полиции в Махачкале.', '2024-05-03'],
  ])('%s', (sentence) => {
    expect(events(`Kabul, 3 May 2024\n\n${sentence}`, '2024-05-03').filter((e) => e[2] !== 'Strategic developments')).toEqual([]);
  });

  it('a seized IED is disrupted weapons use, and at the scene of an operation part of it', () => {
    expect(events('Kabul, 3 May 2024\n\nOn Thursday, security forces seized an IED and two rifles in Jalalabad.', '2024-05-03')).toEqual([
      ['2024-05-02', 'Jalalabad', 'Strategic developments', 'Disrupted weapons use'],
    ]);
    const text = 'Назрань, 3 мая 2024 г.\n\nВ ходе операции 2 мая в Назрани нейтрализованы двое боевиков, оказавших вооружённое сопротивление. На месте изъято самодельное взрывное устройство.';
    const found = extractFromText(text, '2024-05-03').events;
    expect(found.map((e) => [e.date, e.eventType, e.fatalities])).toEqual([['2024-05-02', 'Battles', 2]]);
  });

  it('what will happen is not an event', () => {
    expect(events('Kunduz, 3 May 2024\n\nThe governor said those responsible will soon be arrested in Kunduz.', '2024-05-03')).toEqual([]);
    expect(events('کندز، ۱۴ ثور ۱۴۰۳\n\nوالی کندز گفت: «عاملان این رویداد به زودی بازداشت خواهند شد.»', '2024-05-03')).toEqual([]);
  });
});

describe('protests and arrests', () => {
  it.each([
    ['English', 'Kabul, 3 May 2024\n\nOn Tuesday about forty teachers gathered outside the education department in Kabul and demanded their unpaid salaries.'],
    ['Russian', 'Душанбе, 3 мая 2024 г.\n\nВо вторник у здания хукумата в Душанбе собрались десятки жителей, которые требовали вернуть им землю.'],
    ['Dari', 'کابل، ۱۴ ثور ۱۴۰۳\n\nروز سه‌شنبه ده‌ها تن از باشندگان در شهر کابل تجمع کردند و خواستار آزادی بستگان خود شدند.'],
  ])('a protest told without the word (%s)', (_label, text) => {
    expect(events(text, '2024-05-03')).toEqual([['2024-04-30', 'Kabul', 'Protests', 'Peaceful protest']].map((e) => (text.includes('Душанбе') ? [e[0], 'Dushanbe', e[2], e[3]] : e)));
  });

  it('one sentence with a protest and the arrests that ended it gives both', () => {
    expect(events('Herat, 3 May 2024\n\nPolice arrested nine women in Herat on Wednesday after a protest over school closures.', '2024-05-03')).toEqual([
      ['2024-05-01', 'Herat', 'Protests', 'Protest with intervention'],
      ['2024-05-01', 'Herat', 'Strategic developments', 'Arrests'],
    ]);
  });

  it('arrests of people accused of organising a protest are only arrests', () => {
    expect(events('Herat, 3 May 2024\n\nOn Wednesday police arrested four men in Herat whom they accused of organising the protest.', '2024-05-03').map((e) => e[3])).toEqual(['Arrests']);
  });

  it('news about people detained earlier is not a new arrest', () => {
    expect(events('Herat, 3 May 2024\n\nPolice said yesterday that those detained would be questioned in Herat.', '2024-05-03')).toEqual([]);
    expect(events('Хорог, 3 мая 2024 г.\n\nРодственники задержанных вчера обратились к омбудсмену в Хороге.', '2024-05-03')).toEqual([]);
    expect(events('هرات، ۱۴ ثور ۱۴۰۳\n\nپولیس هرات دیروز گفت که بازداشت‌شدگان در هرات تحت تحقیق قرار دارند.', '2024-05-03').filter((e) => e[3] === 'Arrests')).toEqual([]);
  });

  it('arrests in two towns are two events, unless the sentence only adds to arrests told before', () => {
    expect(events('Dushanbe, 3 May 2024\n\nOn Monday police detained five men in Khujand and Kulob.', '2024-05-03').map((e) => e[1])).toEqual(['Khujand', 'Kulob']);
    expect(events('Душанбе, 3 мая 2024 г.\n\nВчера в Худжанде и Кулябе задержаны трое подозреваемых.', '2024-05-03').map((e) => e[1])).toEqual(['Khujand', 'Kulob']);
    const elaborated = 'Душанбе, 3 мая 2024 г.\n\nСотрудники ГКНБ задержали в Худжанде пятерых человек. Задержания прошли 1 мая в Худжанде и Кулябе.';
    expect(events(elaborated, '2024-05-03').map((e) => e[1])).toEqual(['Khujand']);
  });
});

describe('statements', () => {
  it('a ministry calling on others is a statement, dated to the report and placed at the dateline', () => {
    const text = 'کابل، ۱۴ ثور ۱۴۰۳\n\nوزیران دو کشور روز سه‌شنبه در شهر مزار شریف دیدار کردند.\n\nوزارت امور خارجه همچنین از کشورهای همسایه خواست تا از تحریم‌ها خودداری کنند.';
    expect(events(text, '2024-05-03')).toEqual([
      ['2024-04-30', 'Mazar-e Sharif', 'Strategic developments', 'Other'],
      ['2024-05-03', 'Kabul', 'Strategic developments', 'Other'],
    ]);
    expect(events('Dushanbe, 3 May 2024\n\nThe Afghan Foreign Ministry called on neighbouring states to reopen their consulates.', '2024-05-03')).toEqual([
      ['2024-05-03', 'Dushanbe', 'Strategic developments', 'Other'],
    ]);
  });
});

describe('where it happened', () => {
  it('not where the speaker is, nor where people came from, nor a place in an organisation\'s name', () => {
    expect(events('Termez, 3 May 2024\n\nThe two sides signed a transit agreement in Hairatan on Tuesday, officials in Tashkent said.', '2024-05-03').map((e) => e[1])).toEqual(['Hairatan']);
    expect(events('Kunduz, 3 May 2024\n\nElders from Khanabad travelled to Kunduz on Thursday for talks with the governor.', '2024-05-03').map((e) => e[1])).toEqual(['Kunduz']);
    expect(events('Казань, 3 мая 2024 г.\n\nМинистерство обороны России сообщило, что вчера в Казани перехвачены два беспилотника.', '2024-05-03')).toEqual([
      ['2024-05-02', 'Kazan', 'Strategic developments', 'Disrupted weapons use'],
    ]);
  });

  it('"the republic" or "the province" without a name is the region named before', () => {
    const text = 'Уфа, 3 мая 2024 г.\n\nВласти Башкортостана ввели режим повышенной готовности.\n\nВчера над территорией республики были перехвачены четыре беспилотника.';
    const found = extractFromText(text, '2024-05-03').events;
    expect(found.map((e) => [e.date, e.place?.kind, e.subEventType])).toEqual([['2024-05-02', 'admin-region', 'Disrupted weapons use']]);
  });

  it('a drone that attacked is a drone strike', () => {
    expect(events('Курск, 3 мая 2024 г.\n\nВ четверг беспилотник атаковал подстанцию в Курске.', '2024-05-03')).toEqual([['2024-05-02', 'Kursk', 'Explosions/Remote violence', 'Air/drone strike']]);
  });
});

describe('casualty counts', () => {
  it.each([
    ['Fighting in the valley in 2021 killed several people.', null, null],
    ['Нейтрализованы четверо боевиков.', 4, null],
    ['Clashes in May 2020 killed about a hundred people.', 100, null],
  ])('%s', (sentence, killed, injured) => {
    expect(findCasualties(sentence)).toEqual({ killed, injured });
  });
});
