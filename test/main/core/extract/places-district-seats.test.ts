import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { distanceKm } from '../../../../main/core/geo';

const found = (text: string) => findPlaces(text, placeIndex());

/** The one place the text names, and how far it is from where the district's centre is. */
function kmFrom(text: string, lat: number, lng: number): number {
  const places = found(text);
  expect(places).toHaveLength(1);
  return distanceKm(places[0]!.lat, places[0]!.lng, lat, lng);
}

// District centres as GeoNames places them.
const GARMSIR = { lat: 31.132, lng: 64.193 }; // Markaz-e Ḩukūmat-e Darwēshān
const HAMADONI = { lat: 37.661, lng: 69.628 }; // Moskva (Moskovskiy)
const KHOGYANI = { lat: 34.241, lng: 70.183 }; // Kaz̲h̲ah (Kaga), Nangarhar

describe('districts named by the district, found at their centre', () => {
  it('finds an Afghan district in English and in Dari', () => {
    expect(kmFrom('A roadside bomb went off in Garmsir district on Monday.', GARMSIR.lat, GARMSIR.lng)).toBeLessThan(25);
    expect(kmFrom('درگیری‌ها در ولسوالی گرمسیر ادامه دارد.', GARMSIR.lat, GARMSIR.lng)).toBeLessThan(25);
    expect(kmFrom('Elders from Khogyani met the governor.', KHOGYANI.lat, KHOGYANI.lng)).toBeLessThan(25);
    expect(kmFrom('ولسوالی جاغوری', 33.14, 67.44)).toBeLessThan(25);
  });

  it('finds a renamed Tajik district in Russian, in any case, and in English', () => {
    expect(kmFrom('Паводок затопил два села в Хамадонийском районе.', HAMADONI.lat, HAMADONI.lng)).toBeLessThan(25);
    expect(kmFrom('Пограничники задержали двоих в районе Хамадони.', HAMADONI.lat, HAMADONI.lng)).toBeLessThan(25);
    expect(kmFrom('The bridge in Hamadoni district reopened.', HAMADONI.lat, HAMADONI.lng)).toBeLessThan(25);
    expect(kmFrom('Farmers in Khuroson district lost their crop.', 38.16, 68.666)).toBeLessThan(25);
  });

  it('does not take a district name that is an ordinary word or a name for a place without a cue', () => {
    expect(found('Sherzad said the meeting would go ahead.')).toEqual([]);
    expect(found('Andar, a commander, denied the report.')).toEqual([]);
    expect(found('گرمی هوا در مناطق گرمسیر بیشتر است.')).toEqual([]);
    // With a cue they are the districts.
    expect(found('Police reinforced posts in Sherzad district.').map((p) => p.name)).toEqual(['Māmā Khēl']);
    expect(found('Two schools reopened in Andar.').map((p) => p.name)).toEqual(['Mīray']);
  });
});
