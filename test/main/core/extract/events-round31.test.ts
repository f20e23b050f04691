import { describe, expect, it } from 'vitest';
import { days, events } from './extracted';

// Round 31 (issue 7): classes found in the thirty-first unseen set (`*-gg*`), tested on new sentences.

describe('dates', () => {
  it('"on Thursday last week" is that Thursday, not the week', () => {
    expect(days('Yes, on Thursday last week about 100 residents stood on the road.', '2025-03-12')).toEqual(['2025-03-06']);
    expect(days('Officials met last week.', '2025-03-12')).toEqual(['2025-03-03']);
  });
});

describe('what is and is not an event', () => {
  it('growers who block a road and residents who stand on it protest; people who come to the akimat too', () => {
    expect(events('On Tuesday hundreds of growers blocked the main road into Thatta, burning tyres.', '2024-05-16')).toEqual([['2024-05-14', 'Thatta', 'Protests']]);
    expect(events('On Tuesday about 100 residents of Talgar stood on the road for three hours.', '2025-03-12')).toEqual([['2025-03-11', 'Talghar', 'Protests']]);
    expect(events('В Аральске сегодня утром около сотни жителей пришли к районному акимату.', '2025-01-24')).toEqual([['2025-01-24', 'Aral', 'Protests']]);
    expect(events('В воскресенье жители Коломны пришли к полигону и перекрыли въезд мусоровозам.', '2024-03-19')).toEqual([['2024-03-17', 'Kolomna', 'Protests']]);
  });
  it('a protest that ended, one announced for Friday, "none of these protests", "talks about", "there are reports that": none is a new event', () => {
    expect(events('The protest ended after officials in Thatta promised action.', '2024-05-16')).toEqual([]);
    expect(events('Traders in Thatta have announced a shutter-down strike for Friday.', '2024-05-16')).toEqual([]);
    expect(events('In Sanandaj, none of these protests has yet linked up with another.', '2024-05-16')).toEqual([]);
    expect(events('The council chair in Talgar talks about a tense fortnight.', '2025-03-12')).toEqual([]);
    expect(events('There are reports that a blogger was detained in Talgar.', '2025-03-12')).toEqual([]);
  });
});
