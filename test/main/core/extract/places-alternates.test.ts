import { describe, expect, it } from 'vitest';
import { usableAlternate } from '../../../../assets/geo/build/alt-names';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';

/** What was found, as [the words in the text, the place's name, its kind]. */
const found = (text: string) => findPlaces(text, placeIndex()).map((p) => [p.text, p.name, p.kind]);

describe("GeoNames' alternate names of the region's towns", () => {
  it('finds a town by the English and Russian names reports use, not only by its local romanisation', () => {
    expect(found('Traders blocked the road in Kokand; in Dashoguz the market stayed shut.')).toEqual([
      ['Kokand', 'Qo‘qon', 'town'],
      ['Dashoguz', 'Daşoguz', 'town'],
    ]);
    expect(found('Торговцы перекрыли дорогу в Коканде, а в Дашогузе закрыли рынок.')).toEqual([
      ['Коканде', 'Qo‘qon', 'town'],
      ['Дашогузе', 'Daşoguz', 'town'],
    ]);
  });

  it('finds a provincial capital by its other name in English and Dari, at the one town GeoNames means', () => {
    const [en] = findPlaces('Two aid workers were abducted in Chaghcharan.', placeIndex());
    const [fa] = findPlaces('دو کارمند در شهر چغچران ربوده شدند.', placeIndex());
    expect([en?.name, fa?.name]).toEqual(['Fayrōz Kōh', 'Fayrōz Kōh']);
    expect(Math.abs(en!.lat - 34.52) + Math.abs(en!.lng - 65.25)).toBeLessThan(0.05);
  });

  it("leaves a spelling to the town whose own name it is (Talas is Kyrgyz, not Taraz's old name)", () => {
    expect(found('Farmers protested in Talas.')).toEqual([['Talas', 'Talas', 'town']]);
  });

  it("finds a small town's Russian name only where the text cues a place", () => {
    expect(found('Задержания прошли в Галашках.')).toEqual([['Галашках', 'Galashki', 'town']]);
    expect(found('Галашки. Новости дня.')).toEqual([]);
  });

  it('keeps names a report could write and drops codes, capitals and letter-by-letter romanisations', () => {
    expect(['Kokand', 'Коканд', 'چغچران', 'Mazar-e Sharif', 'Qo‘qon'].map(usableAlternate)).toEqual([true, true, true, true, true]);
    expect(['TAZ', 'SHEBEKINO', 'ШЕБЕКИНО', 'tgab', 'chghchran', 'コーカンド', 'Ab', 'Kokand 2'].map(usableAlternate)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('month abbreviations', () => {
  it('are never towns (Nov in Tajikistan), cued or not', () => {
    expect(found('Talks were held in Nov 2023; on Nov 3 the border reopened.')).toEqual([]);
  });
});
