import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBasemap, countryShapes } from '../../../assets/geo/build/basemap';

type Ring = Array<[number, number]>;

/** Whether a point lies inside a polygon (outer ring and holes, even–odd), in plain longitude and latitude. */
function covers(polygon: readonly Ring[], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const GEO = join(import.meta.dirname, '../../../assets/geo');

/** The committed basemap is what the build script makes from the installed packages: no hand edits, no drift. */
describe('assets/geo', () => {
  const built = buildBasemap();

  it.each(Object.keys(built))('%s is byte for byte what assets/geo/build makes (npm run geo:build)', (name) => {
    expect(readFileSync(join(GEO, name), 'utf8') === built[name], `${name} differs from a fresh build: run npm run geo:build and commit the result`).toBe(true);
  });

  it('has no step of more than 180° of longitude in any line or ring, except along a pole (no stripes across the map)', () => {
    const stripes: string[] = [];
    for (const [name, text] of Object.entries(built)) {
      const fc = JSON.parse(text) as { features: Array<{ geometry: { type: string; coordinates: unknown } }> };
      for (const { geometry } of fc.features) {
        const paths = geometry.type === 'Point' ? [] : geometry.type === 'LineString' ? [geometry.coordinates] : (geometry.coordinates as unknown[]);
        for (const path of paths as number[][][]) {
          for (let i = 1; i < path.length; i++) {
            const [[lng0, lat0], [lng1, lat1]] = [path[i - 1]!, path[i]!] as [[number, number], [number, number]];
            if ((Math.abs(lat0) !== 90 || Math.abs(lat1) !== 90) && Math.abs(lng1 - lng0) >= 180) stripes.push(`${name}: ${lng0},${lat0} → ${lng1},${lat1}`);
          }
        }
      }
    }
    expect(stripes).toEqual([]);
  });

  it('continues Russia past 180° (the east of Chukotka at 185° E, not beside Alaska at −175°), leaving Alaska and St Lawrence Island where they are', () => {
    const land = (JSON.parse(built['land.geojson']!) as { features: Array<{ geometry: { coordinates: Ring[] } }> }).features.map((f) => f.geometry.coordinates);
    const onLand = (lng: number, lat: number) => land.some((p) => covers(p, [lng, lat]));
    // Inland Chukotka, 66.5 N 175 W, drawn east of the rest of Russia; Wrangel Island across 180°.
    expect(onLand(185, 66.5)).toBe(true);
    expect(onLand(-175, 66.5)).toBe(false);
    expect(onLand(180.5, 71.3)).toBe(true);
    // Alaska (Seward Peninsula, the interior) and St Lawrence Island stay west of 180°.
    expect(onLand(-163, 65.3)).toBe(true);
    expect(onLand(-155, 65)).toBe(true);
    expect(onLand(-170, 63.4)).toBe(true);
    expect(onLand(190, 63.4)).toBe(false);

    // Nor is a coastline drawn along 180° where Natural Earth cut the land (Chukotka, Fiji): the halves are
    // joined. (Antarctica is closed along the pole on purpose.)
    const cuts = land.flatMap((p) =>
      p.flatMap((ring) => ring.slice(1).flatMap(([lng, lat], i) => {
        const [lng0, lat0] = ring[i]!;
        return Math.abs(lng) % 360 === 180 && lng === lng0 && Math.abs(lat) !== 90 && Math.abs(lat0) !== 90 && Math.abs(lat - lat0) > 0.01 ? [`${lng} ${lat0}…${lat}`] : [];
      })),
    );
    expect(cuts).toEqual([]);

    const russia = countryShapes().get('643')!;
    expect(russia.some((p) => covers(p, [185, 66.5]))).toBe(true);
    expect(russia.some((p) => covers(p, [-175, 66.5]))).toBe(false);
    expect(countryShapes().get('840')!.some((p) => covers(p, [-170, 63.4]))).toBe(true);
  });

  it('holds the Tajik–Afghan border from Lake Zorkul to the Uzbek tripoint, past the border point 37.2 N 68.8 E', () => {
    const fc = JSON.parse(built['tajik-afghan-border.geojson']!) as { features: Array<{ geometry: { coordinates: number[][][] } }> };
    const points = fc.features[0]!.geometry.coordinates.flat();
    const lngs = points.map((p) => p[0]!);
    expect(Math.min(...lngs)).toBeCloseTo(67.78, 1);
    expect(Math.max(...lngs)).toBeCloseTo(74.89, 1);
    const nearest = Math.min(...points.map(([lng, lat]) => Math.hypot(lng! - 68.8, lat! - 37.2)));
    expect(nearest).toBeLessThan(0.1);
  });

  it('names the region’s countries and labels its towns', () => {
    const names = (file: string) => (JSON.parse(built[file]!) as { features: Array<{ properties: { name: string } }> }).features.map((f) => f.properties.name);
    expect(names('countries.geojson')).toEqual(expect.arrayContaining(['Afghanistan', 'Tajikistan', 'Uzbekistan', 'Russia']));
    expect(names('places.geojson')).toEqual(expect.arrayContaining(['Kabul', 'Dushanbe', 'Moscow', 'Khorugh', 'Kunduz', 'Ishqoshim']));
    expect(names('rivers.geojson')).toEqual(['Panj', 'Amu Darya', 'Kabul']);
  });
});
