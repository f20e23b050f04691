import { describe, expect, it } from 'vitest';
import { findActors } from '../../../../main/core/extract/actors/find-actors';
import { findCasualties } from '../../../../main/core/extract/events/casualties';
import { extractFromText } from '../../../../main/core/extract/extract-text';

const names = (text: string) => findActors(text, () => false).map((a) => [a.text, a.name, a.kind]);

describe('people and organisations', () => {
  it('knows the region\'s actors by their aliases in three languages and merges spellings', () => {
    expect(names('Rakhmon and Emomali Rahmon met. ISKP, also called Daesh, and IS; it is late.')).toEqual([
      ['Rakhmon', 'Emomali Rahmon', 'person'],
      ['Emomali Rahmon', 'Emomali Rahmon', 'person'],
      ['ISKP', 'Islamic State Khorasan Province', 'organization'],
      ['Daesh', 'Islamic State', 'organization'],
      ['IS', 'Islamic State', 'organization'],
    ]);
    expect(names('Рахмон заявил; талибы и ОДКБ. طالبان و داعش').map((n) => n[1])).toEqual(['Emomali Rahmon', 'Taliban', 'Collective Security Treaty Organization', 'Taliban', 'Islamic State']);
  });

  it('finds other English names with compromise, without their titles', () => {
    const found = findActors('Provincial police chief Abdul Basir Hamdard said Pajhwok Afghan News was wrong.', () => false);
    expect(found.map((a) => [a.name, a.kind])).toEqual([
      ['Abdul Basir Hamdard', 'person'],
      ['Pajhwok Afghan News', 'organization'],
    ]);
  });
});

describe('casualties', () => {
  it.each([
    ['20 civilians were killed, more than 30 were injured.', 20, 30],
    ['A provincial official said five of the attackers were killed and two Taliban fighters were injured.', 5, 2],
    ['The blast killed 12 and wounded twenty-three.', 12, 23],
    ['В результате взрыва погибли 5 человек, ещё 12 получили ранения.', 5, 12],
    ['трое военнослужащих убиты, семеро ранены', 3, 7],
    ['دست‌کم ۴۶ تن کشته و بیش از ۱۴۰ تن زخمی شدند.', 46, 140],
    ['About 5,000 troops took part in drills.', null, null],
    ['No casualties were reported.', 0, 0],
  ])('%s', (sentence, killed, injured) => {
    expect(findCasualties(sentence)).toEqual({ killed, injured });
  });
});

describe('event candidates', () => {
  it('reads one event from a headline, its lead and the claim that follows', () => {
    const text = 'Kunduz, 8 October 2021\n\nSuicide bombing at a mosque in Kunduz\n\nA suicide bomber attacked worshippers at Friday prayers in the Khanabad district of Kunduz. Officials said at least 46 people were killed and more than 140 were injured.\nISKP claimed the attack.';
    const { events } = extractFromText(text, '2021-10-08');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      eventType: 'Explosions/Remote violence',
      subEventType: 'Suicide bomb',
      date: '2021-10-08',
      place: { name: 'Khanabad' },
      actors: ['Islamic State Khorasan Province'],
      fatalities: 46,
      injured: 140,
    });
  });

  it('dates "on Thursday, 7 October" in a report of 8 October 2021 to 2021-10-07, and types arrests and meetings', () => {
    const text = 'Fighting broke out on Thursday, 7 October, between Taliban fighters and armed men near Imam Sahib.\n\nOn Saturday, police arrested two men in Taloqan.\n\nIn Dushanbe, Emomali Rahmon met Sergei Shoigu on Monday, 4 October.';
    const { events } = extractFromText(text, '2021-10-08');
    expect(events.map((e) => [e.date, e.place?.name, e.eventType, e.subEventType])).toEqual([
      ['2021-10-07', 'Imām Şāḩib', 'Battles', 'Armed clash'],
      ['2021-10-02', 'Taloqan', 'Strategic developments', 'Arrests'],
      ['2021-10-04', 'Dushanbe', 'Strategic developments', 'Other'],
    ]);
  });
});
