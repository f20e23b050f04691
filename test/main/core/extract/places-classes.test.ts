import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { arabicSkeleton, cyrillicToLatin, latinSkeleton } from '../../../../main/core/extract/places/transliterate';
import { distanceKm, foldName } from '../../../../main/core/geo';

/** What was found, as [the words in the text, the place's name, its kind]. */
const found = (text: string) => findPlaces(text, placeIndex()).map((p) => [p.text, p.name, p.kind]);
const names = (text: string) => findPlaces(text, placeIndex()).map((p) => p.name);

describe('transliteration', () => {
  it('writes Cyrillic as GeoNames spells Russian towns, and Arabic script and Latin as consonant skeletons', () => {
    expect(cyrillicToLatin('елабуга', true)).toBe('yelabuga');
    expect(cyrillicToLatin('елабуга', false)).toBe('elabuga');
    expect(cyrillicToLatin('хасавюрт', true)).toBe('khasavyurt');
    expect(cyrillicToLatin('набережные челны', true)).toBe('naberezhnyye chelny');
    expect(cyrillicToLatin('щёкино', false)).toBe('shchekino');
    expect(arabicSkeleton(foldName('نهرین'))).toBe(latinSkeleton(foldName('Nahrīn')));
    expect(arabicSkeleton(foldName('چهار دره'))).toBe(latinSkeleton('chahar dara'));
    expect(arabicSkeleton(foldName('بهارک و'))).toBeUndefined();
  });
});

describe('places the gazetteer has only in Latin, named in Russian', () => {
  it('finds Russian towns in any case through their transliteration', () => {
    expect(found('Обыски прошли в Стерлитамаке и Буйнакске, задержанных доставили в Самару.')).toEqual([
      ['Стерлитамаке', 'Sterlitamak', 'town'],
      ['Буйнакске', 'Buynaksk', 'town'],
      ['Самару', 'Samara', 'town'],
    ]);
    expect(names('Беспилотник упал в Энгельсе; аэропорт Оренбурга закрыт.')).toEqual(['Engel’s', 'Orenburg']);
  });

  it('does not take surnames and ordinary words for towns', () => {
    const text = 'Вчера Министр Иванов, генерал Королёв и Медведев встретились с Пушкиным. Власти, Правительство и Суд промолчали. Улица Кирова закрыта.';
    expect(found(text)).toEqual([]);
  });
});

describe('admin regions', () => {
  it("finds Russia's republics and oblasts, Kyrgyz and Uzbek regions, in English, Russian and Dari", () => {
    expect(found('Police in Chechnya and Bashkortostan; a drone fell in Kursk region.')).toEqual([
      ['Chechnya', 'Chechnya', 'admin-region'],
      ['Bashkortostan', 'Bashkortostan', 'admin-region'],
      ['Kursk region', 'Kursk Oblast', 'admin-region'],
    ]);
    expect(found('Учения прошли в Ингушетии и в Республике Дагестан.')).toEqual([
      ['Ингушетии', 'Ingushetia', 'admin-region'],
      ['Республике Дагестан', 'Dagestan', 'admin-region'],
    ]);
    expect(found('گروهی از جنگجویان چچن و تاتارستان')).toEqual([
      ['چچن', 'Chechnya', 'admin-region'],
      ['تاتارستان', 'Tatarstan', 'admin-region'],
    ]);
  });

  it('reads "X region" as the region and bare X as its town', () => {
    expect(found('Officials of the Osh region met in Osh; Fergana region borders Batken oblast.')).toEqual([
      ['Osh region', 'Osh', 'admin-region'],
      ['Osh', 'Osh', 'town'],
      ['Fergana region', 'Fergana', 'admin-region'],
      ['Batken oblast', 'Batken', 'admin-region'],
    ]);
    expect(found('Мэр Баткена и глава Баткенской области.')).toEqual([
      ['Баткена', 'Batken', 'town'],
      ['Баткенской области', 'Batken', 'admin-region'],
    ]);
  });
});

describe('districts and small towns', () => {
  it('takes a town below the population cut only where the text cues a place', () => {
    expect(names('Farmers from Baharak district met near Kalafgan.')).toEqual(['Bahārak', 'Kalafgān']);
    expect(names('Baharak said nothing, Kalafgan neither.')).toEqual([]);
  });

  it('finds GeoNames district seats by their bare names', () => {
    expect(names('A blast in Nad Ali and another in Achin district.')).toEqual(['Nād ‘Alī', 'Āchīn']);
  });

  it('finds Russian adjectival district names and Tajik o for a', () => {
    expect(names('Задержания прошли в Ишкашимском районе.')).toEqual(['Ishqoshim']);
    expect(names('В Рушанском районе и в Дарвазском районе спокойно.')).toEqual(['Rŭshon', 'Darvoz']);
  });

  it('finds Dari district names after ولسوالی by their consonants', () => {
    expect(found('درگیری در ولسوالی نهرین و ولسوالی جرم')).toEqual([
      ['نهرین', 'Nahrīn', 'town'],
      ['جرم', 'Jurm', 'town'],
    ]);
    // جرم is also "crime": without the cue it is no place.
    expect(found('این جرم است')).toEqual([]);
  });

  it('knows Afghan districts missing from GeoNames under their spellings', () => {
    const text = 'Fighting in Kishim and in the Char Dara district; a bomb in Panjwayi.';
    expect(names(text)).toEqual(['Keshem', 'Chahar Dara', 'Panjwai']);
    const kishim = findPlaces(text, placeIndex())[0]!;
    expect(distanceKm(kishim.lat, kishim.lng, 36.8, 70.09)).toBeLessThan(10);
  });
});

describe('Dari and Russian names of the region cities', () => {
  it('finds the capitals and large towns of the neighbours in Dari', () => {
    expect(names('هیئت از سمرقند به عشق‌آباد و بیشکک رفت و سپس در آلماتی، تهران و کراچی دیدار کرد.')).toEqual(['Samarkand', 'Ashgabat', 'Bishkek', 'Almaty', 'Tehran', 'Karachi']);
    expect(names('مسیر ترمز – پشاور از اسلام‌آباد تا تاشکند')).toEqual(['Tirmiz', 'Peshawar', 'Islamabad', 'Tashkent']);
  });

  it('finds دوشنبه as Dushanbe (extraction drops it where the date finder reads Monday)', () => {
    expect(names('هیئتی از کابل به دوشنبه رفت.')).toEqual(['Kabul', 'Dushanbe']);
  });
});

describe('possessives and case forms', () => {
  it("finds English possessives, Russian country cases and Dari suffixes", () => {
    expect(names("Uzbekistan's border with Afghanistan’s north")).toEqual(['Uzbekistan', 'Afghanistan']);
    expect(names('Переговоры с Украиной и Белоруссией; поставки в Украину.')).toEqual(['Ukraine', 'Belarus', 'Ukraine']);
    expect(names('مقام‌های ایرانی و تاجیکستانی')).toEqual(['Iran', 'Tajikistan']);
  });
});
