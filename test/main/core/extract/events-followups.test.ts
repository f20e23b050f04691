import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../main/core/extract/extract-text';

/** Gazetteer names carry diacritics: compared without them. */
const plain = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
const events = (text: string, ref: string) => extractFromText(text, ref).events.map((e) => [e.date, e.place ? plain(e.place.name) : null, e.eventType]);

describe('reminders and old dates are background', () => {
  it('a reminder after an emoji or a bullet, whatever day it names', () => {
    const text = 'Махачкала, 10 июля 2025 г.\n\n🔵 Напомним, 4 августа 2023 года в Хасавюрте боевики напали на пост полиции.\n\n• Recall that on 2 May 2024 gunmen attacked a bus in Kabul.';
    expect(events(text, '2025-07-10')).toEqual([]);
  });
  it('a sentence whose only day is months before the report', () => {
    expect(events('Kabul, 10 July 2025\n\nOn 3 January 2025 gunmen attacked a bus in Herat.', '2025-07-10')).toEqual([]);
  });
  it('a Dari sentence that starts with "پیش از این نیز"', () => {
    expect(events('هرات، ۱۹ اپریل ۲۰۲۵\n\nپیش از این نیز کشاورزان در شهر هرات در اعتراض به کمبود آب تجمع کرده بودند.', '2025-04-19')).toEqual([]);
  });
});

describe('follow-ups are details of the event just told', () => {
  it('what happened hours later', () => {
    const ru = 'Душанбе, 5 мая 2025 г.\n\nВ понедельник в Худжанде жители перекрыли дорогу, протестуя против отключений газа. Спустя два часа трассу освободили после переговоров с мэром.';
    expect(events(ru, '2025-05-05')).toEqual([['2025-05-05', 'Khujand', 'Protests']]);
    const en = 'Kabul, 5 May 2025\n\nOn Monday shopkeepers in Herat protested against new taxes. Three hours later the governor met their elders.';
    expect(events(en, '2025-05-05')).toEqual([['2025-05-05', 'Herat', 'Protests']]);
  });
  it('arrests at the scene of a riot are part of it', () => {
    const text = 'Osh, 12 May 2025\n\nOn Saturday a mass brawl between drivers at the Osh bus station left eight people injured. Police arrested six men on the spot.';
    expect(events(text, '2025-05-12')).toEqual([['2025-05-10', 'Osh', 'Riots']]);
  });
  it('an agreement on what will be done, or a next meeting, is a plan', () => {
    expect(events('Herat, 5 May 2025\n\nThe two governors agreed that a joint team will inspect the canal every week.', '2025-05-05')).toEqual([]);
    expect(events('Herat, 5 May 2025\n\nThe sides agreed to hold their next meeting in Mashhad in June.', '2025-05-05')).toEqual([]);
    expect(events('هرات، ۱۵ ثور ۱۴۰۴\n\nدو طرف توافق کردند که هیئت مشترک هر هفته از بند بازدید کند.', '2025-05-05')).toEqual([]);
  });
  it('what protesters said, and arrests of protesters told before, are not new protests', () => {
    const text = 'مزار شریف، ۱۹ اپریل ۲۰۲۵\n\nبه تاریخ ۱۵ اپریل، صدها تن در شهر بلخ در اعتراض به بیکاری تظاهرات کردند. معترضان می‌گفتند که کار ندارند.\n\nیک روز پس از آن، طالبان ده تن از معترضان را در بلخ بازداشت کردند.';
    expect(events(text, '2025-04-19').map((e) => [e[0], e[2]])).toEqual([['2025-04-15', 'Protests'], ['2025-04-16', 'Strategic developments']]);
  });
});

describe('kinds of events', () => {
  it('a Dari gathering against attacks is a protest, not an attack', () => {
    const text = 'جلال‌آباد، ۲۳ جدی ۱۴۰۳\n\nدیروز صدها تن در شهر جلال‌آباد گرد هم آمدند و در اعتراض به این حملات شعار دادند.';
    expect(events(text, '2025-01-12')).toEqual([['2025-01-11', 'Jalalabad', 'Protests']]);
  });
  it('a crossing reopened, in English, Russian and Dari', () => {
    expect(events('Tashkent, 6 March 2025\n\nThe Oybek crossing on the border with Tajikistan resumed operations on Tuesday.', '2025-03-06').map((e) => [e[0], e[2]])).toEqual([['2025-03-04', 'Strategic developments']]);
    expect(events('هرات، ۵ اسد ۱۴۰۴\n\nدروازهٔ مرزی اسلام قلعه امروز پس از سه روز دوباره به روی موترهای باربری باز شد.', '2025-07-27').map((e) => [e[0], e[2]])).toEqual([['2025-07-27', 'Strategic developments']]);
  });
  it('a drone that fell is a drone strike', () => {
    expect(events('Белгород, 12 августа 2025 г.\n\nВ понедельник в Белгороде беспилотник упал на крышу гаража.', '2025-08-12').map((e) => [e[0], e[2]])).toEqual([['2025-08-11', 'Explosions/Remote violence']]);
  });
  it('a closure beside the day after a brawl: two events, each with its own day', () => {
    const text = 'Osh, 12 May 2025\n\nThe Osh border crossing was closed on 9 May, the day after a mass brawl between traders in which ten people were injured.';
    expect(events(text, '2025-05-12')).toEqual([['2025-05-09', 'Osh', 'Strategic developments'], ['2025-05-08', 'Osh', 'Riots']]);
  });
});
