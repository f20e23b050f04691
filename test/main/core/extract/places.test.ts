import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../main/core/extract/places/find-places';
import { placeIndex } from '../../../../main/core/extract/places/place-index';
import { distanceKm } from '../../../../main/core/geo';

const places = (text: string) => findPlaces(text, placeIndex()).map((p) => ({ text: p.text, name: p.name, kind: p.kind }));

describe('places', () => {
  it('finds towns by any spelling, provinces when the text says so, and countries, with coordinates', () => {
    const found = findPlaces('Clashes near Imam Sahib in Kunduz province; traders in Sher Khan Bandar and Khorog, Tajikistan.', placeIndex());
    expect(found.map((p) => [p.text, p.kind])).toEqual([
      ['Imam Sahib', 'town'],
      ['Kunduz', 'admin-region'],
      ['Sher Khan Bandar', 'town'],
      ['Khorog', 'town'],
      ['Tajikistan', 'country'],
    ]);
    const khorog = found.find((p) => p.text === 'Khorog')!;
    expect(khorog.name).toBe('Khorugh');
    expect(distanceKm(khorog.lat, khorog.lng, 37.49, 71.553)).toBeLessThan(5);
    for (const p of found) expect(p.confidence).toBeGreaterThan(0.5);
  });

  it('finds Russian names in any case and Dari names as written', () => {
    expect(places('Учения в Кундузе и в Москве, у границы Таджикистана.')).toEqual([
      { text: 'Кундузе', name: 'Kunduz', kind: 'town' },
      { text: 'Москве', name: 'Moscow', kind: 'town' },
      { text: 'Таджикистана', name: 'Tajikistan', kind: 'country' },
    ]);
    expect(places('در ولسوالی خان‌آباد ولایت کندز').map((p) => [p.name, p.kind])).toEqual([
      ['Khanabad', 'town'],
      ['Kunduz', 'admin-region'],
    ]);
  });

  it('leaves ordinary words alone', () => {
    expect(places('Police said Mary and many others were there. the kabul river')).toEqual([]);
  });
});
