import { describe, expect, it } from 'vitest';
import { events, placeNames } from './extracted';

// Round 34 (issue 7): classes found in the thirty-fourth unseen set (`*-jj*`), tested on new sentences.

describe('places', () => {
  it('a Russian town in Persian script, after شهر or a word of place, where the text names Russia', () => {
    expect(placeNames('پولیس در شهر سیزران در روسیه ده کارگر را بازداشت کرد')).toEqual(['Syzran', 'Russia']);
    expect(placeNames('ساکنان ووتکینسک در روسیه تجمع کردند')).toEqual(['Votkinsk', 'Russia']);
    expect(placeNames('پولیس در شهر سیزران ده کارگر را بازداشت کرد')).toEqual([]);
  });
  it('a Russian -ов written وف, and a city of two consonants after شهر (میاس: Miass)', () => {
    expect(placeNames('در شهر سراتوف در روسیه')).toEqual(['Saratov', 'Russia']);
    expect(placeNames('در شهر میاس در روسیه')).toEqual(['Miass', 'Russia']);
  });
  // A guard on the Russian towns above (it held before them too).
  it('"در صورت" (in case) and a verb (بروید, go) are no towns', () => {
    expect(placeNames('در روسیه، در صورت بازداشت حق دارید ترجمان بخواهید')).toEqual(['Russia']);
    expect(placeNames('در روسیه به ما گفتند از این شهر بروید')).toEqual(['Russia']);
  });
  it('Crimea and its towns, which GeoNames files under Ukraine, in Russian cases', () => {
    expect(placeNames('В Джанкое и в Бахчисарае прошли обыски, Крым')).toEqual(['Dzhankoy', 'Bakhchysarai', 'Crimea']);
  });
  it('a mine\'s name of two words is no town there or where it is written again; a paper named after a town is none either', () => {
    expect(placeNames('Workers stopped at the Severny Kamen mine. The dispute at Severny Kamen goes on.')).toEqual([]);
    expect(placeNames('the Aktobe Times reported')).toEqual([]);
    expect(placeNames('at the Khromtau mine')).toEqual(['Khromtau']);
  });
});

describe('what happened', () => {
  it('a record\'s category line and a paragraph labelled "Background:" tell no event', () => {
    expect(events('Регион: Крым\nКатегории: обыски и задержания; нападение\nСтатус: открыт', '2024-04-12')).toEqual([]);
    expect(events('Background: fishing quotas in Kamchatka have drawn protests before.', '2025-03-14')).toEqual([]);
  });
  it('people threatened with a rifle and robbed were attacked', () => {
    expect(events('On the night of 3 August, two hikers near Susuman were threatened with a hunting rifle by three men, who took their phones.', '2024-08-05')).toEqual([['2024-08-03', 'Susuman', 'Violence against civilians']]);
  });
  it('Dari: workers who "کار را متوقف کرده‌اند" since a day strike from that day; a fight that "جنگ شد" in a town\'s bazaar is a riot there', () => {
    expect(events('حدود صد کارگر در شهر نادیم در روسیه از روز شنبه کار را متوقف کرده‌اند.', '2025-07-08')).toEqual([['2025-07-05', 'Nadym', 'Protests']]);
    expect(events('روز یکشنبه در بازار سالخارد در روسیه میان دو گروه از کارگران جنگ شد.', '2025-07-08')).toEqual([['2025-07-06', 'Salekhard', 'Riots']]);
  });
  it('people the police took away, however the sentence runs, were arrested', () => {
    expect(events('شام جمعه پولیس به خوابگاه کارگران در شهر نادیم در روسیه ریختند و بیست نفر را، بیشتر تاجیک، با خود بردند.', '2025-07-08')).toEqual([['2025-07-04', 'Nadym', 'Strategic developments']]);
  });
  it('an arrest "in case of", or one whose legality is to be checked, is none told', () => {
    expect(events('Юрист напомнил, что в случае задержания в Ухте нужно требовать адвоката.', '2025-01-27')).toEqual([]);
    expect(events('Прошу провести проверку законности задержания activists в Валдае.'.replace('activists', 'активистов'), '2025-01-27')).toEqual([]);
  });
  it('"دربارهٔ این حملات" (about these attacks) names attacks told before', () => {
    expect(events('کییف دربارهٔ این حملات در روسیه اظهار نظر نکرده است.', '2024-11-04')).toEqual([]);
  });
  it('violence with no place of its own, on another day than the violence before, is another event', () => {
    const text = 'В ночь на пятницу в Сернуре неизвестные избили фермера.\n\nВчера вечером в Морках жители не пустили рабочих на участок. Слово за слово — дошло до драки.';
    expect(events(text, '2023-10-16')).toEqual([
      ['2023-10-13', 'Sernur', 'Violence against civilians'],
      ['2023-10-15', 'Morki', 'Riots'],
    ]);
  });
});
