import { describe, expect, it } from 'vitest';
import { parseTilePath, tileCoords } from '../../../../main/core/map-tiles';

describe('tile addresses', () => {
  it('reads /tiles/z/x/y as three integers in range', () => {
    expect(parseTilePath('/tiles/0/0/0')).toEqual({ z: 0, x: 0, y: 0 });
    expect(parseTilePath('/tiles/10/715/408')).toEqual({ z: 10, x: 715, y: 408 });
    expect(parseTilePath('/tiles/22/4194303/4194303')).toEqual({ z: 22, x: 4194303, y: 4194303 });
  });

  it('refuses coordinates out of range: x or y ≥ 2^z, z > 22', () => {
    expect(parseTilePath('/tiles/0/1/0')).toBeNull();
    expect(parseTilePath('/tiles/3/8/0')).toBeNull();
    expect(parseTilePath('/tiles/3/0/8')).toBeNull();
    expect(parseTilePath('/tiles/23/0/0')).toBeNull();
    expect(parseTilePath('/tiles/22/4194304/0')).toBeNull();
  });

  it('refuses anything but plain decimal integers: signs, fractions, exponents, hex, leading zeros, extensions', () => {
    for (const bad of ['/tiles/-1/0/0', '/tiles/1/-0/0', '/tiles/1/0.5/0', '/tiles/1/1e0/0', '/tiles/1/0x1/0', '/tiles/01/0/0', '/tiles/1/0/00', '/tiles/1/0/0.png', '/tiles/1/0/ 0', '/tiles/1/0', '/tiles/1/0/0/1', '/tiles/1/0/0/', '/tiles//0/0'])
      expect(parseTilePath(bad), bad).toBeNull();
  });

  it('refuses path tricks: dot segments, encoded separators, backslashes, NUL', () => {
    for (const bad of ['/tiles/../../etc/passwd', '/tiles/1/0/..', '/tiles/1/../0/0', '/tiles/1/0/%2e%2e', '/tiles/1%2f0/0/0', '/tiles/1/0\\0', '/tiles/1/0/0\0', '/tiles/1/0/0%00', '/tiles/１/0/0'])
      expect(parseTilePath(bad), bad).toBeNull();
  });

  it('checks numbers given directly', () => {
    expect(tileCoords(2, 3, 3)).toEqual({ z: 2, x: 3, y: 3 });
    expect(tileCoords(2, 4, 0)).toBeNull();
    expect(tileCoords(1.5, 0, 0)).toBeNull();
    expect(tileCoords(1, Number.NaN, 0)).toBeNull();
    expect(tileCoords(1, 0, Infinity)).toBeNull();
    expect(tileCoords(-1, 0, 0)).toBeNull();
  });
});
