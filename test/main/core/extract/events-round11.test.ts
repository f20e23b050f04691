import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../main/core/extract/extract-text';
import { findCasualties } from '../../../../main/core/extract/events/casualties';
import { days, events, placeNames, places } from './extracted';

// Round 11 (issue 7): classes found in the eleventh unseen set (`*-s*`), tested on new sentences.

describe('headlines, sub-headings and highlights tell again what the body tells', () => {
  it('a headline naming two events adds none of its own', () => {
    const text =
      'Взрыв в Россоши и задержание в Богучаре: главное за сутки\n12.03.2025 | 09:10\n\nВ ночь на вторник в Россоши беспилотник атаковал склад на окраине города.\n\nВо вторник вечером в Богучаре полиция задержала 19-летнего местного жителя.';
    expect(events(text, '2025-03-12')).toEqual([
      ['2025-03-11', 'Rossosh', 'Explosions/Remote violence'],
      ['2025-03-11', 'Boguchar', 'Strategic developments'],
    ]);
  });
  it('highlights bullets above the report add nothing; the report dates them', () => {
    const text =
      'Situation report – Daykundi, 3 September 2023\n\nHighlights\n• Armed clash between herders and villagers in Khadir district; four killed\n• Two health workers abducted in Kajran district\n\nOn 27 August, a dispute over pasture in Khadir district turned into an armed clash in which four people were killed. Two days later, two health workers were abducted by armed men in Kajran district.';
    expect(events(text, '2023-09-03').map((e) => [e[0], e[1]])).toEqual([
      ['2023-08-27', 'Khadir'],
      ['2023-08-29', 'Kajran'],
    ]);
  });
  it('a digest whose items are lines without full stops keeps every item', () => {
    const text = '🔴 Drone strike on a depot in Engels on Tuesday\n🔴 Shelling of Sevsk on Tuesday, two wounded';
    expect(events(text, '2024-01-17').map((e) => e[1])).toEqual(['Engels', 'Sevsk']);
  });
  it('Dari: the headline names the ambush in one clause and the protest in the other', () => {
    const fa =
      'کمین بر نیروهای طالبان در چارسده؛ باشندگان پسابند در اعتراض به مالیات گرد آمدند\n\nکابل، ۴ جون ۲۰۲۴\n\nصدها تن از باشندگان ولسوالی پسابند روز شنبه در برابر ساختمان ولسوالی گرد آمدند و به مالیات تازه اعتراض کردند.';
    expect(events(fa, '2024-06-04')).toEqual([['2024-06-01', 'Pasaband', 'Protests']]);
  });
});

describe('dates', () => {
  it('a thread\'s post counters ("1/5", "2/5") are no dates', () => {
    const text = '1/5 🧵 What we know about the fighting near Ishkashim.\n\n2/5 Evening of Jun 3: heavy gunfire near the district centre.\n\n3/5 More soon.';
    expect(days(text, '2022-06-05')).toEqual(['2022-06-03']);
  });
  it('a weekday with the date chooses the year ("Saturday, Jul 2" ahead of a report of 29 June)', () => {
    expect(days('A jirga has been announced for Saturday, Jul 2, in Jurm.', '2022-06-29')).toEqual(['2022-07-02']);
  });
  it('Dari: "اول حمل" is the first of Hamal, in the next solar year three days ahead; its weekday goes with it', () => {
    const fa = 'پلیس از باشندگان می‌خواهد که در روز سه‌شنبه اول حمل از رفت‌وآمد در شب خودداری کنند.';
    expect(days(fa, '2023-03-18')).toEqual(['2023-03-21']);
  });
  it('Dari: "فردا" is the day after the report', () => {
    expect(days('جنازه‌ها قرار است فردا به خاک سپرده شوند.', '2021-12-10')).toEqual(['2021-12-11']);
  });
  it('Russian: a weekday before "ожидается" (a forecast) is the coming one', () => {
    expect(days('В пятницу в Саратове ожидается до минус двадцати пяти.', '2024-01-18')).toEqual(['2024-01-19']);
  });
});

describe('where it happened', () => {
  it('not where the wounded were taken ("доставлены в Павлодар"): those arrests are the brawl\'s', () => {
    const text = 'Павлодар, 14 ноября 2023\n\nВ ночь на воскресенье в Экибастузе подрались около сорока рабочих. Двое с травмами доставлены в Павлодар, 11 человек задержаны.';
    expect(events(text, '2023-11-14')).toEqual([['2023-11-12', 'Ekibastuz', 'Riots']]);
  });
  it('"in the same district" is the district told before', () => {
    const text =
      'Kabul, 20 May 2024\n\nOn 9 May a shopkeeper was abducted by armed men in Khamyab district. He was released on 15 May.\n\nOn 13 May, a landmine exploded under a cart in the same district, killing two boys.';
    expect(events(text, '2024-05-20').map((e) => [e[0], e[1]])).toEqual([
      ['2024-05-09', 'Khamyab'],
      ['2024-05-13', 'Khamyab'],
    ]);
  });
  it('marched "to" a district centre: there, not where a contract named in passing was signed', () => {
    const text = 'Faizabad, 29 June 2022\n\nYesterday hundreds of miners marched to the Kuran wa Munjan district centre against a contract signed in Kabul in April.';
    expect(events(text, '2022-06-29')).toEqual([['2022-06-28', 'Kuran wa Munjan', 'Protests']]);
  });
  it('a country in the possessive ("Uzbekistan\'s southern Kashkadarya region") is not where it happened', () => {
    const text = 'TASHKENT, Aug 15 (Reuters) - Hundreds of residents of Shahrisabz in Uzbekistan\'s southern Kashkadarya region blocked a highway on Monday in a protest against demolitions.';
    expect(events(text, '2024-08-15')).toEqual([['2024-08-12', 'Shahrisabz', 'Protests']]);
  });
  it('a capital that "did not comment" is no place of the shelling', () => {
    const text = 'BRYANSK, 7 October 2024\n\nSevsk, about 70 kilometres to the south-east, had it worse. On Sunday a shell landed next to a bus stop, killing a woman. The governor blamed Ukrainian artillery; Kyiv did not comment.';
    expect(events(text, '2024-10-07')).toEqual([['2024-10-06', 'Sevsk', 'Explosions/Remote violence']]);
  });
  it('Russian: "в г. Нарын" is the town, in one sentence with its date', () => {
    const text = 'Бишкек, 5 апреля 2023 года\n\n3 апреля в г. Нарын задержаны двое жителей города 1990 и 1996 годов рождения, подозреваемые в вымогательстве.';
    expect(events(text, '2023-04-05')).toEqual([['2023-04-03', 'Naryn', 'Strategic developments']]);
  });
});

describe('what is and is not told', () => {
  it('undated arrests "in connection with the attack" belong to it, however much came between', () => {
    const text =
      'Kabul, 21 May 2024\n\nOn 6 May a suicide attacker detonated a vest at the gate of the district compound in Qarqin, killing four. The wounded were transferred to Sheberghan. A group claimed responsibility on 7 May. Police in Sheberghan said two suspects had been detained in connection with the attack.';
    expect(events(text, '2024-05-21')).toEqual([['2024-05-06', 'Qarqin', 'Explosions/Remote violence']]);
  });
  it('"taken from his home … by armed men" is an abduction; men taken from their homes by the police after arrests are not', () => {
    expect(events('Kabul, 12 May 2024\n\nOn 9 May a teacher was taken from his home in Khamyab district by armed men.', '2024-05-12')).toEqual([['2024-05-09', 'Khamyab', 'Violence against civilians']]);
    const arrests = 'Kabul, 20 June 2022\n\nTaliban intelligence detained seven former soldiers in Yakawlang on Thursday. The men were taken from their homes at night.';
    expect(events(arrests, '2022-06-20').map((e) => e[2])).toEqual(['Strategic developments']);
  });
  it('Dari: health workers "با خود برده شدند" (taken away) were abducted', () => {
    const fa = 'نیلی، ۱ سپتامبر ۲۰۲۳\n\nدو روز پیش سه کارمند صحی در ولسوالی کجران از سوی افراد مسلح متوقف و با خود برده شدند.';
    expect(events(fa, '2023-09-01')).toEqual([['2023-08-30', 'Kajran', 'Violence against civilians']]);
  });
  it('sustained gunfire between armed groups is a clash; a shell that landed is shelling', () => {
    expect(events('Faizabad, 28 June 2022\n\nEvening of Jun 26: sustained gunfire near the Zebak district centre, three dead.', '2022-06-28')).toEqual([['2022-06-26', 'Zaybak', 'Battles']]);
    expect(events('Bryansk, 7 October 2024\n\nOn Sunday a shell landed next to a bus stop in Sevsk, wounding two men.', '2024-10-07')).toEqual([['2024-10-06', 'Sevsk', 'Explosions/Remote violence']]);
  });
  it('what to expect if something fails is not an event', () => {
    expect(events('Faizabad, 28 June 2022\n\nIf the jirga fails, expect more fighting along the Zebak road.', '2022-06-28')).toEqual([]);
  });
  it('generic statements and counts over recent months are background', () => {
    expect(events('Tashkent, 15 August 2024\n\nPublic protests are rare in Uzbekistan.', '2024-08-15')).toEqual([]);
    expect(events('قندهار، ۱۹ قوس ۱۴۰۰\n\nدر ماه‌های اخیر چندین انفجار کوچک در ولسوالی میوند گزارش شده است.', '2021-12-10')).toEqual([]);
  });
  it('arrests of people who had filmed "the protest" told before are arrests only', () => {
    const text = 'Tashkent, 15 August 2024\n\nOn Monday hundreds of residents protested in Shahrisabz against demolitions. Police detained 11 people, including two who had streamed the protest, in Kitob on Tuesday.';
    expect(events(text, '2024-08-15').map((e) => [e[0], e[1], e[2]])).toEqual([
      ['2024-08-12', 'Shahrisabz', 'Protests'],
      ['2024-08-13', 'Kitob', 'Strategic developments'],
    ]);
  });
  it('Russian: residents who gathered "требуя" protested; "после встречи" is when they left, not a meeting', () => {
    const text = 'Семей, 14 ноября 2023\n\nВ пятницу около сотни жителей собрались у здания акимата Семея, требуя дать тепло. Люди разошлись после встречи с заместителем акима.';
    expect(events(text, '2023-11-14')).toEqual([['2023-11-10', 'Semey', 'Protests']]);
  });
  it('Dari: a spokesman who confirms the incident adds to it', () => {
    const fa = 'غور، ۴ جون ۲۰۲۴\n\nروز یکشنبه افراد مسلح بر یک موتر طالبان در ولسوالی شهرک کمین گرفتند و در درگیری سه تن کشته شدند. سخنگوی طالبان در فیروزکوه وقوع رویداد را تأیید کرد.';
    expect(events(fa, '2024-06-04')).toEqual([['2024-06-02', 'Shahrak', 'Battles']]);
  });
});

describe('places, people and counts', () => {
  it('towns cued by an abbreviation with its dot, by a distance, or by "towards"', () => {
    expect(placeNames('задержаны в г. Нарын трое')).toEqual(['Naryn']);
    expect(placeNames('Sevsk, about 70 kilometres to the south-east, had it worse.')).toEqual(['Sevsk']);
    expect(placeNames('The stone leaves towards Chitral.')).toEqual(['Chitral']);
  });
  it('capitals beyond the region (Kyiv, Киеве) and provincial capitals GeoNames spells otherwise (شرنه, نیلی)', () => {
    expect(placeNames('Kyiv did not comment; в Киеве промолчали.')).toEqual(['Kyiv', 'Kyiv']);
    expect(placeNames('شرنه – یکشنبه ۲۸ حوت ۱۴۰۱')).toEqual(['Zarah Sharan']);
    expect(placeNames('زخمیان به شفاخانهٔ ولایتی در نیلی منتقل شدند.')).toEqual(['Nili']);
  });
  it('a person\'s palace is no town ("Amir Timur\'s palace")', () => {
    expect(places("They protested near the ruins of Amir Timur's palace in Shahrisabz.", '2024-08-15')).toEqual(['Shahrisabz']);
  });
  it('ages are not the count of the dead ("Two boys aged eight and eleven were killed")', () => {
    expect(findCasualties('Two boys aged eight and eleven were killed, and their cousin was injured.')).toEqual({ killed: 2, injured: null });
    expect(findCasualties('Погибли трое подростков в возрасте 15 и 16 лет.').killed).toBe(3);
  });
  it('a nationality alone is no actor, and a bare "Interior Ministry" is not Afghanistan\'s', () => {
    const x = extractFromText('Uzbek police detained 11 people in Kitob on Tuesday. The Interior Ministry in Tashkent declined to comment.', '2024-08-15');
    const names = x.actors.map((a) => a.name);
    expect(names).not.toContain('Uzbek');
    expect(names).not.toContain('Ministry of Interior of Afghanistan');
  });
});
