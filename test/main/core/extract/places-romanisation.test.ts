import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { arabicVowelGaps, latinVowelGaps, romanKey, vowelsFit } from '../../../../main/core/extract/places/transliterate';
import { foldName } from '../../../../main/core/geo';

/** What was found, as [the words in the text, the place's name, its kind]. */
const found = (text: string) => findPlaces(text, placeIndex()).map((p) => [p.text, p.name, p.kind]);
const names = (text: string) => findPlaces(text, placeIndex()).map((p) => p.name);
const key = (s: string) => romanKey(foldName(s));

describe('a tolerant key for Persian and Pashto names in Latin letters', () => {
  it('makes the usual romanisations of one name meet', () => {
    expect(key('Pul-e Khumri')).toBe(key('Puli Khomri'));
    expect(key('Pul-i-Khumri')).toBe(key('Pol-e Khumrī'));
    expect(key('Nad-e Ali')).toBe(key('Nād ‘Alī'));
    expect(key('Spera')).toBe(key('Spērah'));
    expect(key('Sholgara')).toBe(key('Sholgareh'));
    expect(key('Khowst')).toBe(key('Khost'));
    expect(key('Qunduz')).toBe(key('Kondoz'));
    expect(key('Dasht-e Archi')).toBe(key('Dashti Archi'));
    expect(key('Parwan')).toBe(key('Parvan'));
    expect(key('Kabul')).not.toBe(key('Kabal'));
  });

  it('lets a Dari name fit the Latin spellings that have a vowel where it writes one', () => {
    const fits = (dari: string, latin: string) => vowelsFit(arabicVowelGaps(foldName(dari))!, latinVowelGaps(foldName(latin)));
    expect(fits('اچین', 'Āchīn')).toBe(true);
    expect(fits('اچین', 'Chin')).toBe(false);
    expect(fits('چمتال', 'Chimtāl')).toBe(true);
    expect(fits('گوشته', 'Gōshtah')).toBe(true);
  });
});

describe('Afghan district names spelled otherwise than GeoNames, where the text cues a place', () => {
  it('finds them after in/near/district and before district', () => {
    expect(found('Elders met in Nad Ali on Sunday, and a mine went off in Sperah district.')).toEqual([
      ['Nad Ali', 'Nād ‘Alī', 'town'],
      ['Sperah', 'Spērah', 'town'],
    ]);
    expect(names('Shelling hit houses near Goshtah and in Achin.')).toEqual(['Gōshtah', 'Āchīn']);
    expect(names('Trucks queued at Islam Qala while traders in Pol-e Khomri waited.')).toEqual(['Islam Qala', 'Pul-e Khumrī']);
  });

  it('leaves the same words alone without a cue, and does not take common words for districts', () => {
    expect(names('Spera said nothing.')).toEqual([]);
    expect(names('In Spring the Ministry of Interior and the Police of Defence met in May.')).toEqual([]);
  });

  it('knows small places GeoNames lacks or names otherwise (Andarab, Bala Buluk, Torghundi)', () => {
    expect(names('Fighting spread to Andarab and to Bala Baluk.')).toEqual(['Banū', 'Bala Buluk']);
    expect(names('The Turghundi crossing reopened.')).toEqual(['Torghundi']);
  });
});

describe('Dari districts and towns after cues and in headers', () => {
  it('finds them after ولسوالی and شهر, and joined or apart', () => {
    expect(names('دیشب در ولسوالی اچین دو خانه ویران شد.')).toEqual(['Āchīn']);
    expect(names('بازار شهر پلخمری و بازار پل خمری بسته بود.')).toEqual(['Pul-e Khumrī', 'Pul-e Khumrī']);
    expect(names('کاروان از اسلام‌قلعه و اسلام قلعه گذشت و به اندراب رسید.')).toEqual(['Islam Qala', 'Islam Qala', 'Banū']);
  });

  it('reads the part after the bar of a "Province | District" header as a place', () => {
    expect(names('🔴 ننگرهار | گوشته\nباران شدید خانه‌ها را ویران کرد.')).toEqual(['Nangarhar', 'Gōshtah']);
    expect(names('گوشته\nباران شدید')).toEqual([]);
  });

  it('does not take common words after cues for places', () => {
    for (const w of ['منطقه', 'این', 'مورد', 'جریان', 'بین', 'بیانیه', 'حالی', 'پایان']) {
      expect(names(`گفته شد که در ${w} چیزی رخ داد و در شهر ${w} نیز.`), w).toEqual([]);
    }
    expect(names('این هیئت به این بندر سفر کرد.')).toEqual([]);
  });
});

describe('abbreviations and compound names', () => {
  it('writes out St. and St as Saint', () => {
    expect(names('Flights from St. Petersburg and St Petersburg were cancelled.')).toEqual(['Saint Petersburg', 'Saint Petersburg']);
  });

  it('finds Mazar, the Waziristans and "X province"', () => {
    expect(found('Traders from Mazar crossed into North Waziristan; Paktika province stayed calm.')).toEqual([
      ['Mazar', 'Mazār-e Sharīf', 'town'],
      ['North Waziristan', 'North Waziristan', 'admin-region'],
      ['Paktika', 'Paktika', 'admin-region'],
    ]);
  });
});

describe('hyphenated and inflected Cyrillic names', () => {
  it('finds hyphenated and two-word names in oblique cases', () => {
    expect(names('Рейсы из Санкт-Петербурга и из Джалал-Абада задержали.')).toEqual(['Saint Petersburg', 'Jalal-Abad']);
    expect(names('Задержания прошли в Набережных Челнах.')).toEqual(['Naberezhnyye Chelny']);
  });

  it('finds Tajik and Turkmen towns whose h Russian writes х', () => {
    expect(names('Жители Вахдата и Турсунзаде приехали.')).toContain('Vahdat');
    expect(names('Грузовики стоят у КПП Серхетабат.')).toEqual(['Serhetabat']);
  });

  it('finds country names in every case and in their formal names', () => {
    expect(names('Делегация Кыргызстана, власти Киргизии и МИД Кыргызской Республики.')).toEqual(['Kyrgyzstan', 'Kyrgyzstan', 'Kyrgyzstan']);
  });
});
