import { describe, expect, it } from 'vitest';
import { days, events } from './extracted';

describe('what is told about an event is not another event', () => {
  it('a group saying it carried out the attack is a claim', () => {
    const text = 'Ghazni, 12 June 2024\n\nGunmen attacked a police post in Ghazni on Monday, killing two officers. A little-known militia said on Telegram that it had carried out the attack.';
    expect(events(text, '2024-06-12').map((e) => [e[0], e[1]])).toEqual([['2024-06-10', 'Ghazni']]);
  });

  it('undated arrests "in connection with" the incident, in English, Russian and Dari', () => {
    const en = 'Herat, 3 May 2025\n\nTwo villagers were killed on Thursday in a clash over water in Herat. Police said four men had been detained in connection with the clash.';
    expect(events(en, '2025-05-03').map((e) => e[2])).toEqual(['Battles']);
    const ru = 'Душанбе, 3 мая 2025 г.\n\nВ четверг в Кулябе произошла перестрелка, погиб один человек. Милиция задержала троих в связи с этим инцидентом.';
    expect(events(ru, '2025-05-03').map((e) => e[2])).toEqual(['Battles']);
    const fa = 'هرات، ۱۳ ثور ۱۴۰۴\n\nروز پنجشنبه در شهر هرات میان دو گروه مسلح درگیری رخ داد و دو تن کشته شدند. پولیس می‌گوید که سه تن در پیوند به این رویداد بازداشت شده‌اند.';
    expect(events(fa, '2025-05-03').map((e) => e[2])).toEqual(['Battles']);
  });

  it('arrests told with the injured of a brawl belong to the brawl', () => {
    const ru = 'Ош, 8 июля 2024 г.\n\nВ воскресенье в Оше после концерта вспыхнула массовая драка. Пострадали девять человек, милиция задержала пятерых участников.';
    expect(events(ru, '2024-07-08').map((e) => e[2])).toEqual(['Riots']);
  });

  it('what was found in a search during an arrest is part of the arrest', () => {
    const ru = 'Назрань, 5 мая 2025 г.\n\nВ субботу в Назрани сотрудники ФСБ задержали мужчину. При обыске у него нашли автомат и около килограмма взрывчатки.';
    expect(events(ru, '2025-05-05')).toEqual([['2025-05-03', 'Nazran', 'Strategic developments']]);
  });

  it('sawn-off shotguns and cartridges seized are a seizure', () => {
    const ru = 'Тараз, 10 июля 2024 г.\n\n8 июля у жителя Тараза изъяли три обреза и двести патронов.';
    expect(events(ru, '2024-07-10')).toEqual([['2024-07-08', 'Taraz', 'Strategic developments']]);
  });
});

describe('history is not an event', () => {
  it('a place that "was once notorious" for bombs, or "was a stronghold"', () => {
    const en = 'Kandahar, 4 April 2024\n\nThe road through Maiwand was once notorious for roadside bombs. Kandahar was a stronghold of the insurgency.';
    expect(events(en, '2024-04-04')).toEqual([]);
  });
  it('a Dari "یادآوری:" and a solar year two years back', () => {
    const fa = 'سرپل، ۲۵ سنبله ۱۴۰۳\n\n📎 یادآوری: ولایت سرپل شاهد درگیری‌های زیادی میان طالبان و مخالفان بود.\n\nولایت فاریاب در سال ۱۴۰۱ شاهد چندین حمله بر پوسته‌های امنیتی بود.';
    expect(events(fa, '2024-09-15')).toEqual([]);
  });
});

describe('an event told in the headline by its province and below by its town', () => {
  it('is placed at the town, even where the headline says "in" the province', () => {
    const en = 'MOSCOW, 20 October 2023\n\nShelling kills civilian in Belgorod region\n\nOne civilian was killed when the border town of Shebekino was shelled on Thursday, the regional governor said.';
    expect(events(en, '2023-10-20')).toEqual([['2023-10-19', 'Shebekino', 'Explosions/Remote violence']]);
  });
});

describe('Dari "روز گذشته"', () => {
  it('is yesterday, and after a number the past days', () => {
    expect(days('منابع محلی می‌گویند که روز گذشته در گرمسیر درگیری رخ داد.', '2024-02-29')).toEqual(['2024-02-28']);
    expect(days('در دو روز گذشته باران بارید.', '2024-02-29')).toEqual([]);
  });
});
