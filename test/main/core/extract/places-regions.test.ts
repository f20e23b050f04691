import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { ADMIN_REGIONS } from '../../../../main/core/extract/places/regions';
import { foldName } from '../../../../main/core/geo';

/** What was found, as [the words in the text, the place's name, its kind]. */
const found = (text: string) => findPlaces(text, placeIndex()).map((p) => [p.text, p.name, p.kind]);

describe('the region list', () => {
  it('has every first-level region of Kazakhstan, Turkmenistan, Uzbekistan and Russia', () => {
    // Federal subjects only: the North Caucasus (a federal district reports name as a whole) is not one.
    const count = (country: string) => ADMIN_REGIONS.filter((r) => r.country === country && r.name !== 'North Caucasus').length;
    // Kazakhstan's 17 regions; Uzbekistan's 12 and Karakalpakstan; Russia's 83 subjects less Moscow and Saint Petersburg.
    expect([count('KZ'), count('TM'), count('UZ'), count('RU')]).toEqual([17, 5, 13, 81]);
    const names = ADMIN_REGIONS.map((r) => `${r.country} ${r.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('leaves the bare name of a region named like its centre to the town', () => {
    const centres: Array<[string, string]> = [
      ['Aktobe', 'Aktobe Region'], ['Atyrau', 'Atyrau Region'], ['Karaganda', 'Karaganda Region'], ['Kostanay', 'Kostanay Region'],
      ['Kyzylorda', 'Kyzylorda Region'], ['Pavlodar', 'Pavlodar Region'], ['Turkistan', 'Turkistan Region'], ['Dashoguz', 'Dashoguz Region'],
      ['Jizzakh', 'Jizzakh Region'],
    ];
    for (const [town, region] of centres) {
      expect(ADMIN_REGIONS.find((r) => r.name === region)?.spellings.map(foldName), region).not.toContain(foldName(town));
      expect(findPlaces(`Police in ${town} said.`, placeIndex()).map((p) => p.kind), town).toEqual(['town']);
    }
  });
});

describe('regions of Kazakhstan', () => {
  it('finds oblasts in Russian in any case, and in English', () => {
    expect(found('Пожары тушат в Жамбылской области и в Восточно-Казахстанской области.')).toEqual([
      ['Жамбылской области', 'Zhambyl Region', 'admin-region'],
      ['Восточно-Казахстанской области', 'East Kazakhstan', 'admin-region'],
    ]);
    expect(found('Floods reached Mangystau region, and the new Abai region asked for help.')).toEqual([
      ['Mangystau region', 'Mangystau Region', 'admin-region'],
      ['Abai region', 'Abai Region', 'admin-region'],
    ]);
    expect(found('Задержанных доставили из Улытау в ЗКО.')).toEqual([
      ['Улытау', 'Ulytau Region', 'admin-region'],
      ['ЗКО', 'West Kazakhstan', 'admin-region'],
    ]);
  });

  it('keeps a bare name that is also the centre the town', () => {
    expect(found('Two men were held in Aktobe, and a third in Aktobe region.')).toEqual([
      ['Aktobe', 'Aktobe', 'town'],
      ['Aktobe region', 'Aktobe Region', 'admin-region'],
    ]);
    expect(found('The rally in Karaganda spread across Karaganda region.').map((p) => p[2])).toEqual(['town', 'admin-region']);
    expect(found('Он живёт в Актобе, а работает в Актюбинской области.')).toEqual([
      ['Актобе', 'Aktobe', 'town'],
      ['Актюбинской области', 'Aktobe Region', 'admin-region'],
    ]);
  });
});

describe('regions of Turkmenistan and Tajikistan', () => {
  it('finds velayats, and Dashoguz and Mary as regions only where the words say so', () => {
    expect(found('Дашогузский велаят закрыл рынки, а в Дашогузе прошли проверки.')).toEqual([
      ['Дашогузский велаят', 'Dashoguz Region', 'admin-region'],
      ['Дашогузе', 'Daşoguz', 'town'],
    ]);
    expect(found('Wheat failed in Ahal and in Mary province.')).toEqual([
      ['Ahal', 'Ahal', 'admin-region'],
      ['Mary province', 'Mary Region', 'admin-region'],
    ]);
    expect(found('Fighters from the Balkan region were named.')).toEqual([]);
  });

  it("finds the Districts of Republican Subordination", () => {
    expect(found('Учения прошли в РРП и в Хатлоне.').map((p) => p[1])).toEqual(['Districts of Republican Subordination', 'Khatlon']);
    expect(found('Mobilisation in the Districts of Republican Subordination')).toEqual([
      ['Districts of Republican Subordination', 'Districts of Republican Subordination', 'admin-region'],
    ]);
  });
});

describe("Russia's federal subjects", () => {
  it('finds krais, republics and okrugs in any case', () => {
    expect(found('Задержания прошли в Ставропольском крае, в Тыве и в Ханты-Мансийском автономном округе.')).toEqual([
      ['Ставропольском крае', 'Stavropol Krai', 'admin-region'],
      ['Тыве', 'Tuva', 'admin-region'],
      ['Ханты-Мансийском автономном округе', 'Khanty-Mansi Autonomous Okrug', 'admin-region'],
    ]);
    expect(found('Recruits came from Irkutsk region, Buryatia and Primorsky Krai.')).toEqual([
      ['Irkutsk region', 'Irkutsk Oblast', 'admin-region'],
      ['Buryatia', 'Buryatia', 'admin-region'],
      ['Primorsky Krai', 'Primorsky Krai', 'admin-region'],
    ]);
  });

  it('keeps an oblast centre the town', () => {
    expect(found('Из Тюмени их перевели в Вологодскую область.')).toEqual([
      ['Тюмени', 'Tyumen', 'town'],
      ['Вологодскую область', 'Vologda Oblast', 'admin-region'],
    ]);
  });
});
