import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-notebook';
import { solidPng } from '../main/core/map-tiles/solid-png';
import { serve, type Served } from './harness';
import { servedNotebook } from './served-notebook';

// The per-machine settings go to a folder of the test's own, never the real user-data folder; the
// hosts this file starts inherit it.
const userData = tempDir('frontier-user-data-');
process.env['FRONTIER_USER_DATA'] = userData.dir;
const settingFile = join(userData.dir, 'tile-source.json');

const WIDE_LAYOUT = JSON.stringify({ sidebar: 220, linked: 220, map: 620 });
const TILE_SRC = /^http:\/\/127\.0\.0\.1:(\d+)\/tiles\/\d+\/\d+\/\d+\?v=\d+$/;

interface View {
  zoom: number;
  /** south, west, north, east */
  bounds: [number, number, number, number];
  tiles: string;
}

const view = (page: Page): Promise<View> =>
  page.locator('.map-canvas').evaluate((el: HTMLElement) => ({
    zoom: Number(el.dataset['zoom']),
    bounds: (el.dataset['bounds'] ?? '').split(',').map(Number) as [number, number, number, number],
    tiles: el.dataset['tiles'] ?? '',
  }));

/** The tiles Leaflet shows: their URLs, whether they loaded, and their pixel size. */
const shownTiles = (page: Page) =>
  page.locator('.leaflet-tile-pane').evaluate((pane) =>
    [...pane.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((img) => ({ src: img.src, loaded: img.classList.contains('leaflet-tile-loaded') && img.complete, width: img.naturalWidth })),
  );

const tileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** Writes solid 256×256 PNG tiles (a two-colour checkerboard) over the view, with a margin. */
function writeTiles(folder: string, v: View, margin = 3): number {
  const [south, west, north, east] = v.bounds;
  const light = solidPng([0xb8, 0xd8, 0xf0]);
  const dark = solidPng([0x7f, 0xb0, 0xd8]);
  let n = 0;
  for (let x = tileX(west, v.zoom) - margin; x <= tileX(east, v.zoom) + margin; x++) {
    for (let y = tileY(north, v.zoom) - margin; y <= tileY(south, v.zoom) + margin; y++) {
      mkdirSync(join(folder, String(v.zoom), String(x)), { recursive: true });
      writeFileSync(join(folder, String(v.zoom), String(x), `${y}.png`), (x + y) % 2 ? dark : light);
      n++;
    }
  }
  return n;
}

describe('the map’s own tile source, in Chromium', { timeout: 90_000 }, () => {
  const app = servedNotebook({ title: 'Tiles E2E', goto: false });
  const folder = join(app.tmp.dir, 'my tiles');
  const settings = () => app.page.locator('details.map-settings');
  const status = () => app.page.getByRole('status', { name: 'Notifications' }).innerText();
  const tileRequests = () => app.b.requests.filter((u) => u.includes('/tiles/'));

  /** Opens the served page (at `hash`), with the map pane wide, and waits for the basemap. */
  const open = async (s: Served, hash = '') => {
    await app.page.goto(`${s.url}${hash}`);
    await app.page.evaluate((layout) => localStorage.setItem('frontier.layout.v1', layout), WIDE_LAYOUT);
    await app.page.reload();
    await app.page.locator('.map-canvas[data-basemap="ready"]').waitFor();
  };
  const openSettings = async () => {
    if (!(await settings().evaluate((d: HTMLDetailsElement) => d.open))) await settings().locator('summary').click();
  };
  const closeSettings = async () => {
    if (await settings().evaluate((d: HTMLDetailsElement) => d.open)) await settings().locator('summary').click();
  };
  const apply = () => settings().getByRole('button', { name: 'Apply' }).click();
  /** Waits until the tile layer is there and every tile in it has loaded. */
  const tilesLoaded = async () => {
    await app.page.locator('.map-canvas[data-tiles="custom"]').waitFor();
    await expect.poll(async () => (await shownTiles(app.page)).filter((t) => t.loaded).length).toBeGreaterThan(3);
    await expect.poll(async () => (await shownTiles(app.page)).every((t) => t.loaded)).toBe(true);
    return shownTiles(app.page);
  };

  beforeAll(() => open(app.served));
  afterAll(() => userData.cleanup());

  it('has no tile layer and asks for no tile while no source is set', async () => {
    await app.page.getByRole('toolbar', { name: 'Map views' }).getByRole('button', { name: 'Kabul', exact: true }).click();
    await expect.poll(async () => (await view(app.page)).zoom).toBeGreaterThanOrEqual(9);
    expect((await view(app.page)).tiles).toBe('none');
    expect(await app.page.locator('.leaflet-tile-pane').evaluate((pane) => pane.childElementCount)).toBe(0);
    await openSettings();
    await expect.poll(() => settings().getByLabel('Tile source', { exact: true }).inputValue()).toBe('none');
    expect(tileRequests()).toEqual([]);
    // The host has nothing to serve either (asked from Node, so the page's log stays clean).
    const v = await view(app.page);
    const origin = new URL(app.served.url).origin;
    expect((await fetch(`${origin}/tiles/${v.zoom}/${tileX(69.17, v.zoom)}/${tileY(34.53, v.zoom)}`)).status).toBe(404);
    expect(existsSync(settingFile)).toBe(false);
    app.clean();
  });

  it('shows main’s reason for a folder it refuses', async () => {
    await openSettings();
    await settings().getByLabel('Tile source', { exact: true }).selectOption('folder');
    await settings().getByLabel('Tile folder path').fill('my tiles');
    await apply();
    await expect.poll(() => settings().getByRole('alert').innerText()).toMatch(/absolute path/);
    await settings().getByLabel('Tile folder path').fill(folder);
    await apply();
    await expect.poll(() => settings().getByRole('alert').innerText()).toMatch(/There is no folder at/);
    await app.b.screenshot('map-tiles-settings');
    expect((await view(app.page)).tiles).toBe('none');
    expect(tileRequests()).toEqual([]);
  });

  it('shows the user’s tile folder, set in Map settings, through its own origin', async () => {
    const v = await view(app.page);
    expect(writeTiles(folder, v)).toBeGreaterThan(9);
    await openSettings();
    await settings().getByLabel('Tile folder path').fill(folder);
    await apply();
    await expect.poll(() => settings().getByRole('alert').count()).toBe(0);
    const tiles = await tilesLoaded();
    const port = new URL(app.served.url).port;
    for (const t of tiles) {
      expect(t.src).toMatch(TILE_SRC);
      expect(TILE_SRC.exec(t.src)![1]).toBe(port);
      expect(t.width).toBe(256);
    }
    expect(await status()).toContain(`Map tiles from the folder ${folder}`);
    expect(JSON.parse(readFileSync(settingFile, 'utf8'))).toMatchObject({ source: { kind: 'folder', path: folder }, revision: 1 });
    await closeSettings();
    await app.b.screenshot('map-tiles');
    app.clean();
  });

  it('keeps the setting across a reload', async () => {
    const before = tileRequests().length;
    await app.page.reload();
    await app.page.locator('.map-canvas[data-basemap="ready"]').waitFor();
    const tiles = await tilesLoaded();
    expect(tiles.every((t) => TILE_SRC.test(t.src) && t.width === 256)).toBe(true);
    expect(tileRequests().length).toBeGreaterThan(before);
    await openSettings();
    await expect.poll(() => settings().getByLabel('Tile source', { exact: true }).inputValue()).toBe('folder');
    expect(await settings().getByLabel('Tile folder path').inputValue()).toBe(folder);
    await closeSettings();
    app.clean();
  });

  it('keeps the setting across a restart of the host, whatever port the page is on', async () => {
    const hash = new URL(app.page.url()).hash;
    await app.served.stop();
    app.served = await serve(app.nb);
    await open(app.served, hash);
    const tiles = await tilesLoaded();
    const port = new URL(app.served.url).port;
    for (const t of tiles) {
      expect(TILE_SRC.exec(t.src)?.[1]).toBe(port);
      expect(t.width).toBe(256);
    }
    app.clean();
  });

  it('removes the tile layer when the source is set back to None', async () => {
    await openSettings();
    await settings().getByLabel('Tile source', { exact: true }).selectOption('none');
    await apply();
    await app.page.locator('.map-canvas[data-tiles="none"]').waitFor();
    expect(await app.page.locator('.leaflet-tile-pane').evaluate((pane) => pane.childElementCount)).toBe(0);
    expect(JSON.parse(readFileSync(settingFile, 'utf8'))).toMatchObject({ source: { kind: 'none' }, revision: 2 });
    await closeSettings();
    // Every tile the page ever asked for went to its own host.
    expect(tileRequests().every((u) => TILE_SRC.test(u))).toBe(true);
    app.clean();
  });
});
