import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../../../main/core/extract/events/casualties';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { events, placeNames } from './extracted';

// Round 26 (issue 7): classes found in the twenty-sixth unseen set (`*-bb*`), tested on new sentences.

describe('places', () => {
  it('Kandahar province as Pashto-leaning Dari writes it (ولایت کندهار)', () => {
    expect(findPlaces('مقام‌ها در ولایت کندهار می‌گویند', placeIndex()).map((p) => [p.name, p.kind])).toEqual([['Kandahar', 'admin-region']]);
  });
  it('a town named in the genitive after a word for a part of it ("в порту Корсакова", "на окраине Иванова")', () => {
    expect(placeNames('Пожар в порту Корсакова потушен.')).toEqual(['Korsakov']);
    expect(placeNames('Авария на окраине Иванова.')).toEqual(['Ivanovo']);
  });
});

describe('what is and is not told', () => {
  it('a government\'s protest through diplomatic channels, or a note of protest, is no demonstration', () => {
    expect(events('On Monday the foreign ministry in Kabul lodged a strong protest with Islamabad.', '2025-02-04')).toEqual([]);
    expect(events('МИД Таджикистана в понедельник вручил ноту протеста послу в Душанбе.', '2025-02-04')).toEqual([]);
  });
  it('"came three days after gunmen … on Sunday": the day the sentence states, not three days before the last one', () => {
    const text = 'On Friday, a bomb exploded near a checkpoint in Kohat, police said. The road was reopened on Saturday. This came three days after gunmen abducted two teachers near Hangu on Tuesday.';
    expect(events(text, '2024-05-13')).toEqual([
      ['2024-05-10', 'Kohat', 'Explosions/Remote violence'],
      ['2024-05-07', 'Hangu', 'Violence against civilians'],
    ]);
  });
  it('"no one was hurt in the blast early Wednesday": the day of the blast just told, and no one counted', () => {
    const text = 'Militants attacked a post near Kohat late on Monday. Hours later, an explosion damaged a power line near Hangu. No one was hurt in the blast early Tuesday, police said.';
    expect(events(text, '2024-05-15')).toEqual([
      ['2024-05-13', 'Kohat', 'Battles'],
      ['2024-05-14', 'Hangu', 'Explosions/Remote violence'],
    ]);
    expect(findCasualties('No one was hurt in the blast.')).toEqual({ killed: 0, injured: 0 });
  });
  it('gunmen who "opened fire on a patrol" fought the police, and "return fire" is a battle', () => {
    expect(events('В ночь на среду неизвестные открыли огонь по патрульной машине у въезда в Кызыл.', '2024-09-05')).toEqual([['2024-09-04', 'Kyzyl', 'Battles']]);
  });
});
