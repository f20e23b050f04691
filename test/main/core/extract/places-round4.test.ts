import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { consonantKey } from '../../../../main/core/extract/places/transliterate';

/** What was found, as [the words in the text, the place's name, its kind]. */
const found = (text: string) => findPlaces(text, placeIndex()).map((p) => [p.text, p.name, p.kind]);
const kinds = (text: string) => findPlaces(text, placeIndex()).map((p) => `${p.name}/${p.kind}`);

describe('hyphenated Russian names with a preposition', () => {
  it('finds X-на-Y towns in any case, whether GeoNames spells them transliterated or in English', () => {
    expect(found('Учения прошли под Славянском-на-Кубани и в Комсомольске-на-Амуре.')).toEqual([
      ['Славянском-на-Кубани', 'Slavyansk-na-Kubani', 'town'],
      ['Комсомольске-на-Амуре', 'Komsomolsk-on-Amur', 'town'],
    ]);
    expect(found('Письмо пришло из Ростова-на-Дону.')).toEqual([['Ростова-на-Дону', 'Rostov-na-Donu', 'town']]);
    expect(found('The parcel was posted in Rostov-on-Don.')).toEqual([['Rostov-on-Don', 'Rostov-na-Donu', 'town']]);
  });
  it('takes no other three-part word for a town', () => {
    expect(found('Депутат Петров-на-Связи заявил об этом.')).toEqual([]);
  });
});

describe('Central Asian towns spelled with other vowels and j-sounds', () => {
  it('keys them by their consonants', () => {
    expect(consonantKey('penjikent')).toBe(consonantKey('panjakent'));
    expect(consonantKey('pendzhikent')).toBe(consonantKey('panjikent'));
  });
  it('finds a cued or datelined spelling in Russian and English', () => {
    expect(found('Ярмарка прошла в Исфаре и Пенджикенте.')).toEqual([
      ['Исфаре', 'Isfara', 'town'],
      ['Пенджикенте', 'Panjakent', 'town'],
    ]);
    expect(found('Penjikent, 3 May 2025\n\nTraders from Panjikent met in Istaravshan.').map((f) => f[1])).toEqual(['Panjakent', 'Panjakent', 'Istaravshan']);
  });
  it('does not join words across a space into one key', () => {
    expect(found('Митинг у Ходжента и в Истаравшане.')).toEqual([
      ['Ходжента', 'Khujand', 'town'],
      ['Истаравшане', 'Istaravshan', 'town'],
    ]);
  });
});

describe('Afghan names written joined or apart', () => {
  it('finds a cued district whether GeoNames or the text splits its words', () => {
    expect(found('Police said the checkpoint in Shahjui district was attacked.')).toEqual([['Shahjui', 'Shāh Jōy', 'town']]);
    expect(found('A convoy was stopped in Shah Joy.')).toEqual([['Shah Joy', 'Shāh Jōy', 'town']]);
  });
  it('finds small districts in Dari after ولسوالی', () => {
    expect(found('در هفت روز گذشته در ولسوالی مروره سه خانه ویران شد.')).toEqual([['مروره', 'Marawara', 'town']]);
    expect(found('مرزبانان در ولسوالی کنگ گشت‌زنی می‌کنند.')).toEqual([['کنگ', 'Kang', 'town']]);
  });
});

describe('common Dari words are not villages', () => {
  it('finds no place in time and number phrases after در', () => {
    expect(found('در دو سال گذشته آب کانال‌ها کم شده است.')).toEqual([]);
    expect(found('در سه ماه اخیر قیمت‌ها بالا رفت.')).toEqual([]);
    expect(found('در چند روز آینده جلسه برگزار می‌شود.')).toEqual([]);
  });
});

describe('a town and a province of the same name', () => {
  it('lets شهر choose Iran\'s Zabol and ولایت or no cue Afghanistan\'s Zabul', () => {
    expect(kinds('مقام‌ها در شهر زابل و ولایت زابل گفتگو کردند.')).toEqual(['Zābol/town', 'Zabul/admin-region']);
    expect(kinds('هراس در زابل بالا گرفته است.')).toEqual(['Zabul/admin-region']);
    expect(kinds('Officials in Zabul said the roads are calm.')).toEqual(['Zabul/admin-region']);
    expect(kinds('Talks were held in Zabol, across the border.')).toEqual(['Zābol/town']);
  });
  it('reads a bare name as the province the text names elsewhere, unless a dateline or "city" says the town', () => {
    expect(kinds('Shooting reported in Ghazni\n\nIn Ghazni province, two guards were wounded.')).toEqual(['Ghazni/admin-region', 'Ghazni/admin-region']);
    expect(kinds('Ghazni, 4 May 2025\n\nFighting in Ghazni province spread to the highway.')).toEqual(['Ghazni/town', 'Ghazni/admin-region']);
    expect(kinds('Fighting in Kunduz province. Later, in Kunduz city, shops closed.')).toEqual(['Kunduz/admin-region', 'Kunduz/town']);
    expect(kinds('هرات، ۱۲ حمل ۱۴۰۴\n\nدر ولایت هرات باران بارید.')).toEqual(['Herāt/town', 'Herat/admin-region']);
    expect(kinds('В Баткенской области и в городе Баткен прошли учения.')).toEqual(['Batken/admin-region', 'Batken/town']);
  });
  it('still reads a bare name as the town when no province is named', () => {
    expect(kinds('Shops closed in Farah after the storm.')).toEqual(['Farah/town']);
  });
  it('does not run a name across a line break', () => {
    expect(found('Shooting in Farah\n\nA patrol was hit.').map((f) => f[0])).toEqual(['Farah']);
  });
});
