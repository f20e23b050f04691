import { describe, expect, it } from 'vitest';
import { coordinateText, formatLatLng, formatMgrs } from '../../../../renderer/features/map/coords';
import { compassPoint, suggestPlaceName } from '../../../../renderer/features/map/place-name';

describe('coordinates', () => {
  it('shows decimal degrees to a metre', () => {
    expect(formatLatLng(34.528131, 69.172331)).toBe('34.52813, 69.17233');
    expect(formatLatLng(-1.5, -70)).toBe('-1.50000, -70.00000');
  });

  it('gives the right MGRS and degrees for Kabul, Moscow and Khorugh (checked against an independent UTM/MGRS computation)', () => {
    expect(formatMgrs(34.5553, 69.2075)).toBe('42S WD 19036 23748');
    expect(formatMgrs(55.7558, 37.6173)).toBe('37U DB 13224 79766');
    expect(formatMgrs(37.4897, 71.5531)).toBe('42S YG 25719 52260');
    expect(formatLatLng(34.5553, 69.2075)).toBe('34.55530, 69.20750');
    expect(coordinateText(37.4897, 71.5531)).toBe('37.48970, 71.55310 (MGRS 42S YG 25719 52260)');
    expect(coordinateText(55.7558, 37.6173)).toBe('55.75580, 37.61730 (MGRS 37U DB 13224 79766)');
  });

  it('shows MGRS grouped as on a map sheet', () => {
    // Kabul is in zone 42S; Moscow in 37U.
    expect(formatMgrs(34.52813, 69.17233)).toMatch(/^42S [A-Z]{2} \d{5} \d{5}$/);
    expect(formatMgrs(55.75222, 37.61556)).toMatch(/^37U [A-Z]{2} \d{5} \d{5}$/);
    expect(formatMgrs(89, 0)).toBe('no MGRS beyond 84° N / 80° S');
    // Longitudes past 180° (the unwrapped east of Chukotka) are wrapped first.
    expect(formatMgrs(65, 190)).toBe(formatMgrs(65, -170));
  });

  it('copies both forms', () => {
    expect(coordinateText(34.52813, 69.17233)).toMatch(/^34\.52813, 69\.17233 \(MGRS 42S [A-Z]{2} \d{5} \d{5}\)$/);
  });
});

describe('place name suggestions', () => {
  const place = { name: 'Kunduz', country: 'AF', lat: 36.73, lng: 68.86, population: 161_902 };
  it('names the town itself when the point is in it', () => {
    expect(suggestPlaceName({ place, distanceKm: 1.2, bearing: 30 })).toBe('Kunduz');
  });
  it('says how far and which way otherwise', () => {
    expect(suggestPlaceName({ place, distanceKm: 12.4, bearing: 44 })).toBe('12 km NE of Kunduz');
    expect(suggestPlaceName(null)).toBeUndefined();
    expect([0, 90, 180, 270, 359, 330, 337.6].map(compassPoint)).toEqual(['N', 'E', 'S', 'W', 'N', 'NW', 'N']);
  });
});
