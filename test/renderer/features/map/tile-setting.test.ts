import { describe, expect, it } from 'vitest';
import { checkTileTemplate } from '../../../../renderer/features/map/tile-setting';

const BASE = 'http://127.0.0.1:5000/?token=x';

describe('custom tile template', () => {
  it('is off when empty', () => {
    expect(checkTileTemplate('', BASE)).toBeUndefined();
    expect(checkTileTemplate('   ', BASE)).toBeUndefined();
  });
  it('accepts a template on this origin or an http(s) server', () => {
    expect(checkTileTemplate('/tiles/{z}/{x}/{y}.png', BASE)).toEqual({ ok: true, template: '/tiles/{z}/{x}/{y}.png' });
    expect(checkTileTemplate(' https://tiles.example/{z}/{x}/{y}.png ', BASE)).toEqual({ ok: true, template: 'https://tiles.example/{z}/{x}/{y}.png' });
  });
  it('refuses templates without {z}/{x}/{y} and other schemes', () => {
    expect(checkTileTemplate('/tiles/{z}/{x}.png', BASE)).toMatchObject({ ok: false });
    expect(checkTileTemplate('javascript:alert(1)//{z}{x}{y}', BASE)).toMatchObject({ ok: false });
    expect(checkTileTemplate('file:///tiles/{z}/{x}/{y}.png', BASE)).toMatchObject({ ok: false });
  });
});
