import { describe, expect, it } from 'vitest';
import { describeTileSource, EMPTY_TILE_FORM, formOf, sourceOfForm, tileLayerTemplate } from '../../../../renderer/features/map/tile-setting';

describe('the tile layer template', () => {
  it('is empty (no tile layer at all) until main has answered and while the source is none', () => {
    expect(tileLayerTemplate(undefined)).toBe('');
    expect(tileLayerTemplate({ source: { kind: 'none' }, revision: 4 })).toBe('');
  });

  it('always asks this app’s own origin, with the setting’s revision to bust caches', () => {
    expect(tileLayerTemplate({ source: { kind: 'folder', path: '/srv/tiles' }, revision: 3 })).toBe('/tiles/{z}/{x}/{y}?v=3');
    // A server's tiles come through main too: the page never names the server.
    expect(tileLayerTemplate({ source: { kind: 'server', template: 'https://t.example/{z}/{x}/{y}.png' }, revision: 4 })).toBe('/tiles/{z}/{x}/{y}?v=4');
  });
});

describe('the tile settings form', () => {
  it('shows the source main holds', () => {
    expect(formOf({ kind: 'none' })).toEqual(EMPTY_TILE_FORM);
    expect(formOf({ kind: 'folder', path: '/srv/tiles', format: 'jpg' })).toMatchObject({ kind: 'folder', folder: '/srv/tiles', format: 'jpg' });
    expect(formOf({ kind: 'server', template: 'https://t.example/{z}/{x}/{y}' })).toMatchObject({ kind: 'server', template: 'https://t.example/{z}/{x}/{y}' });
  });

  it('turns the form into a source, trimmed, with a format only when one is chosen', () => {
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, folder: '/ignored' })).toEqual({ ok: true, source: { kind: 'none' } });
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, kind: 'folder', folder: ' /srv/tiles ' })).toEqual({ ok: true, source: { kind: 'folder', path: '/srv/tiles' } });
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, kind: 'folder', folder: '/srv/tiles', format: 'webp' })).toEqual({ ok: true, source: { kind: 'folder', path: '/srv/tiles', format: 'webp' } });
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, kind: 'server', template: ' https://t.example/{z}/{x}/{y}.png ' })).toEqual({ ok: true, source: { kind: 'server', template: 'https://t.example/{z}/{x}/{y}.png' } });
  });

  it('says what is missing before asking main', () => {
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, kind: 'folder', folder: '  ' })).toMatchObject({ ok: false, message: expect.stringMatching(/path/) });
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, kind: 'server' })).toMatchObject({ ok: false });
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, kind: 'server', template: '/tiles/{z}/{x}/{y}' })).toMatchObject({ ok: false, message: expect.stringMatching(/http/) });
    expect(sourceOfForm({ ...EMPTY_TILE_FORM, kind: 'server', template: 'https://{s}.t.example/{z}/{x}/{y}' })).toMatchObject({ ok: false });
  });

  it('describes the source for the status bar', () => {
    expect(describeTileSource({ kind: 'folder', path: '/srv/tiles' })).toMatch('/srv/tiles');
    expect(describeTileSource({ kind: 'none' })).toMatch(/offline basemap/);
  });
});
