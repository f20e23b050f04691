import { describe, expect, it } from 'vitest';
import { events, placeNames } from './extracted';

// Round 36 (issue 7): classes found in the thirty-sixth unseen set (`*-ll*`), tested on new sentences.

describe('places', () => {
  it('Sistan and Baluchestan\'s towns: Saravan, which GeoNames\' cities lack, and Zabol where Iran is named (not Zabul province)', () => {
    expect(placeNames('در حوالی سراوان در ایران')).toEqual(['Saravan', 'Iran']);
    expect(placeNames('در زابل در ایران')).toEqual(['Zabol', 'Iran']);
    expect(placeNames('در ولایت زابل')).toEqual(['Zabul']);
  });
  it('a district\'s own name after ولسوالی before the province its letters end in a suffix of (غوریان: Ghoryan, not Ghor)', () => {
    expect(placeNames('در ولسوالی غوریان')).toEqual(['Ghoriyan']);
  });
  it('a header "PROVINCE / District – title" names the district', () => {
    expect(placeNames('KUNAR / Dangam – Cross-border fire')).toEqual(['Kunar', 'Dangam']);
  });
});

describe('what happened', () => {
  it('forces that "exchanged heavy fire" fought; gunmen who "shot and killed" a man attacked him', () => {
    expect(events('On 3 May, Afghan and Pakistani border forces exchanged heavy fire near Dangam for several hours.', '2023-05-05')).toEqual([['2023-05-03', 'Dangam', 'Battles']]);
    expect(events('Yesterday gunmen shot and killed a shopkeeper in Mehtarlam.', '2024-04-25')).toEqual([['2024-04-24', 'Mehtar Lam', 'Violence against civilians']]);
  });
  it('a summary\'s bullets under HIGHLIGHTS, and a contents line, tell events the body dates', () => {
    const text = 'HIGHLIGHTS\n• Cross-border firing in Dangam killed two civilians.\n\nOn 9 November, border forces exchanged heavy fire near Dangam; two civilians were killed.';
    expect(events(text, '2023-11-14')).toEqual([['2023-11-09', 'Dangam', 'Battles']]);
    expect(events('صبح بخیر. در خبرنامهٔ امروز: بازداشت یک معلم در پل‌خمری و انفجار در تالقان.', '2024-12-10')).toEqual([]);
  });
  it('arrests "in the outskirts of the village" happened in the village, not in the country the cattle were driven to', () => {
    expect(events('12 мая в окрестностях села Кулунду задержаны трое граждан, пытавшихся перегнать в Таджикистан скот.', '2023-05-16')).toEqual([['2023-05-12', 'Kulundu', 'Strategic developments']]);
  });
});
