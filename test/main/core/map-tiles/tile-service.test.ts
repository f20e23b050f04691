import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTileService, NO_TILE_SERVICE } from '../../../../main/core/map-tiles';
import { tileTemplateProblem } from '../../../../shared/geo/tile-source';
import { tempDir } from '../../../helpers/temp-notebook';
import { solidPng } from './solid-png';

const tmp = tempDir('frontier-tile-service-');
afterAll(() => tmp.cleanup());
const tiles = join(tmp.dir, 'tiles');
mkdirSync(join(tiles, '2/1'), { recursive: true });
writeFileSync(join(tiles, '2/1/1.png'), solidPng([10, 20, 30], 4));
writeFileSync(join(tmp.dir, 'a-file'), 'x');
let n = 0;
const freshFile = () => join(tmp.dir, `settings-${++n}`, 'tile-source.json');

describe('server template rules', () => {
  it('accepts http(s) templates with {z}, {x} and {y} once each', () => {
    expect(tileTemplateProblem('https://tiles.example.org/{z}/{x}/{y}.png')).toBeUndefined();
    expect(tileTemplateProblem('http://192.168.1.5:8080/tiles/{z}/{y}/{x}.jpg?style=topo')).toBeUndefined();
  });

  it('refuses other schemes, missing or repeated placeholders, {s}, credentials, spaces', () => {
    expect(tileTemplateProblem('file:///srv/{z}/{x}/{y}.png')).toMatch(/http/);
    expect(tileTemplateProblem('javascript:alert(1)//{z}{x}{y}')).toMatch(/http/);
    expect(tileTemplateProblem('/tiles/{z}/{x}/{y}')).toMatch(/http/);
    expect(tileTemplateProblem('https://t.example/{z}/{x}.png')).toMatch(/\{y\}/);
    expect(tileTemplateProblem('https://t.example/{z}/{x}/{y}/{y}.png')).toMatch(/\{y\} exactly once/);
    expect(tileTemplateProblem('https://{s}.t.example/{z}/{x}/{y}.png')).toMatch(/subdomains/);
    expect(tileTemplateProblem('https://user:pw@t.example/{z}/{x}/{y}.png')).toMatch(/password/);
    expect(tileTemplateProblem('https://user@t.example/{z}/{x}/{y}.png')).toMatch(/password/);
    expect(tileTemplateProblem('https://t.example/{z}/{x}/{y}.png x')).toMatch(/spaces/);
    expect(tileTemplateProblem('https:\\\\t.example/{z}/{x}/{y}')).toMatch(/backslashes/);
    expect(tileTemplateProblem(`https://t.example/${'a'.repeat(2100)}/{z}/{x}/{y}`)).toMatch(/longer/);
  });
});

describe('the tile service', () => {
  it('starts with no source, and /tiles/ answers 404', async () => {
    const s = createTileService(freshFile());
    expect(await s.get()).toEqual({ source: { kind: 'none' }, revision: 0 });
    expect(await s.tile('/tiles/2/1/1')).toMatchObject({ status: 404 });
  });

  it('keeps a folder, serves its tiles, and counts revisions', async () => {
    const file = freshFile();
    const s = createTileService(file);
    expect(await s.set({ kind: 'folder', path: `${tiles}/` })).toEqual({ source: { kind: 'folder', path: tiles }, revision: 1 });
    expect(await s.tile('/tiles/2/1/1')).toMatchObject({ status: 200, contentType: 'image/png' });
    expect(await s.tile('/tiles/2/1/2')).toMatchObject({ status: 404 });
    expect(await s.tile('/tiles/2/1/../../1')).toMatchObject({ status: 404 });
    expect(await s.tile('/tiles/2/4/1')).toMatchObject({ status: 404 });
    // Another process (a restart) reads the same file.
    const again = createTileService(file);
    expect(await again.get()).toEqual({ source: { kind: 'folder', path: tiles }, revision: 1 });
    expect(await again.tile('/tiles/2/1/1')).toMatchObject({ status: 200 });
    expect(await again.set({ kind: 'none' })).toEqual({ source: { kind: 'none' }, revision: 2 });
    expect(await again.tile('/tiles/2/1/1')).toMatchObject({ status: 404 });
  });

  it('refuses a folder that is missing, relative or a file, and a bad template, as INVALID_INPUT; the old setting stays', async () => {
    const file = freshFile();
    const s = createTileService(file);
    await s.set({ kind: 'folder', path: tiles });
    await expect(s.set({ kind: 'folder', path: join(tmp.dir, 'nowhere') })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/no folder/) });
    await expect(s.set({ kind: 'folder', path: 'tiles' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/absolute/) });
    await expect(s.set({ kind: 'folder', path: join(tmp.dir, 'a-file') })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/not a folder/) });
    await expect(s.set({ kind: 'server', template: 'https://u:p@t.example/{z}/{x}/{y}' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await s.get()).toEqual({ source: { kind: 'folder', path: tiles }, revision: 1 });
  });

  it('keeps a server template, trimmed', async () => {
    const s = createTileService(freshFile());
    expect(await s.set({ kind: 'server', template: ' https://t.example/{z}/{x}/{y}.png ' })).toEqual({ source: { kind: 'server', template: 'https://t.example/{z}/{x}/{y}.png' }, revision: 1 });
  });

  it('keeps a new tile server only when the user confirms it; a folder or the same server again asks nothing', async () => {
    const asked: string[] = [];
    let yes = false;
    const s = createTileService(freshFile(), { confirmServer: async (t) => (asked.push(t), yes) });
    await expect(s.set({ kind: 'server', template: 'https://evil.example/{z}/{x}/{y}?leak=kabul' })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await s.get()).toEqual({ source: { kind: 'none' }, revision: 0 });
    yes = true;
    await s.set({ kind: 'server', template: 'https://tiles.example/{z}/{x}/{y}.png' });
    await s.set({ kind: 'server', template: 'https://tiles.example/{z}/{x}/{y}.png' });
    await s.set({ kind: 'folder', path: tiles });
    expect(asked).toEqual(['https://evil.example/{z}/{x}/{y}?leak=kabul', 'https://tiles.example/{z}/{x}/{y}.png']);
  });

  it('does not write over a damaged file: get and set say CORRUPT, tiles answer 404', async () => {
    const file = freshFile();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '{"version":1,"source":{"kind":"folder"');
    const s = createTileService(file);
    await expect(s.get()).rejects.toMatchObject({ code: 'CORRUPT' });
    await expect(s.set({ kind: 'folder', path: tiles })).rejects.toMatchObject({ code: 'CORRUPT' });
    expect(await s.tile('/tiles/2/1/1')).toMatchObject({ status: 404 });
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"source":{"kind":"folder"');
  });

  it('runs concurrent sets one after the other', async () => {
    const s = createTileService(freshFile());
    const results = await Promise.all([s.set({ kind: 'none' }), s.set({ kind: 'folder', path: tiles }), s.set({ kind: 'none' })]);
    expect(results.map((r) => r.revision)).toEqual([1, 2, 3]);
    expect(await s.get()).toEqual({ source: { kind: 'none' }, revision: 3 });
  });

  it('without per-machine settings (the CLI), there are no tiles and none can be set', async () => {
    expect(await NO_TILE_SERVICE.get()).toEqual({ source: { kind: 'none' }, revision: 0 });
    await expect(NO_TILE_SERVICE.set({ kind: 'none' })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
