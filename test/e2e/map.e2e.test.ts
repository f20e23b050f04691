import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Event, NotebookDoc } from '../../shared/model';
import { BORDER_NOTE_TITLE, writeMapNotebook, type MapNotebookStats } from '../bench/generate-map-events';
import { runCli } from '../helpers/run-cli';
import { RESULTS_DIR, serve, type Served } from './harness';
import { servedNotebook } from './served-notebook';

/** What the map container says about itself (data-* attributes kept by frontier-map.ts). */
interface MapState {
  zoom: number;
  center: [number, number];
  /** south, west, north, east */
  bounds: [number, number, number, number];
  events: number;
  highlighted: number;
  clusters: number;
  tiles: string;
  basemap: string;
  /** The container's content box in page pixels. */
  box: { x: number; y: number; width: number; height: number };
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOfMercY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** A page pixel inside the map to the latitude and longitude under it (Web Mercator, from the bounds). */
function pixelToPoint(s: MapState, x: number, y: number): { lat: number; lng: number } {
  const [south, west, north, east] = s.bounds;
  const fx = (x - s.box.x) / s.box.width;
  const fy = (y - s.box.y) / s.box.height;
  return { lng: west + fx * (east - west), lat: latOfMercY(mercY(north) + fy * (mercY(south) - mercY(north))) };
}

function pointToPixel(s: MapState, lat: number, lng: number): { x: number; y: number } {
  const [south, west, north, east] = s.bounds;
  return { x: s.box.x + ((lng - west) / (east - west)) * s.box.width, y: s.box.y + ((mercY(north) - mercY(lat)) / (mercY(north) - mercY(south))) * s.box.height };
}

const inside = (s: MapState, lat: number, lng: number) => lat > s.bounds[0] && lat < s.bounds[2] && lng > s.bounds[1] && lng < s.bounds[3];

async function mapState(page: Page): Promise<MapState> {
  return page.locator('.map-canvas').evaluate((el: HTMLElement) => {
    const d = el.dataset;
    const r = el.getBoundingClientRect();
    const nums = (s = '') => s.split(',').map(Number);
    return {
      zoom: Number(d['zoom']),
      center: nums(d['center']) as [number, number],
      bounds: nums(d['bounds']) as [number, number, number, number],
      events: Number(d['events'] ?? 0),
      highlighted: Number(d['highlighted'] ?? 0),
      clusters: Number(d['clusters'] ?? 0),
      tiles: d['tiles'] ?? '',
      basemap: d['basemap'] ?? '',
      box: { x: r.left + el.clientLeft, y: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight },
    };
  });
}

/** Counts pixels of the basemap canvas near a colour: proof that something was drawn in it. */
async function basemapPixels(page: Page, rgb: [number, number, number]): Promise<number> {
  return page.evaluate((target) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-pane canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - target[0]) + Math.abs(data[i + 1]! - target[1]) + Math.abs(data[i + 2]! - target[2]) < 30) n++;
    return n;
  }, rgb);
}

/** Whether the basemap canvas is filled with the land colour at a page pixel (and not the sea under it). */
async function landAt(page: Page, at: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-basemap-pane canvas');
    const r = canvas?.getBoundingClientRect();
    const ctx = canvas?.getContext('2d');
    if (!canvas || !r || !ctx) return false;
    // The pixel the point falls in (a line through the point colours it).
    const [red, green, blue] = ctx.getImageData(Math.floor(((x - r.left) * canvas.width) / r.width), Math.floor(((y - r.top) * canvas.height) / r.height), 1, 1).data;
    return Math.abs(red! - 0xf4) + Math.abs(green! - 0xf1) + Math.abs(blue! - 0xe8) < 30;
  }, at);
}

/** A source the placed event cites. */
const SOURCE_TITLE = 'Pajhwok: clash north of Kunduz';

/** The map pane wide enough to read (a width the analyst could set with the splitter; it is remembered). */
const WIDE_LAYOUT = JSON.stringify({ sidebar: 220, linked: 220, map: 620 });

describe('the offline map, in Chromium', { timeout: 60_000 }, () => {
  let bigStats: MapNotebookStats;
  // open() below opens the page, once it has widened the map pane.
  const app = servedNotebook({
    title: 'Map E2E',
    seed: async (nb, tmp) => {
      runCli(nb, ['note', 'add', '--title', 'Kunduz attacks']);
      const file = join(tmp, 'pajhwok.txt');
      writeFileSync(file, 'Fighting was reported north of Kunduz city on Friday.\n');
      const imported = runCli(nb, ['--json', 'import', file, '--title', SOURCE_TITLE, '--grade', 'B2']);
      expect(imported.code, imported.stderr).toBe(0);
      bigStats = await writeMapNotebook(join(tmp, 'big'), 5000);
    },
    goto: false,
  });
  const big = join(app.tmp.dir, 'big');

  const events = () => runCli(app.nb, ['--json', 'event', 'list']).json<Event[]>();
  const main = () => app.page.getByRole('main', { name: 'Editor' });
  const field = (label: string) => main().getByLabel(label, { exact: true });
  const state = () => mapState(app.page);
  const button = (name: string) => app.page.getByRole('region', { name: 'Map', exact: true }).getByRole('button', { name, exact: true });
  const status = () => app.page.getByRole('status', { name: 'Notifications' }).innerText();
  const open = async (s: Served) => {
    await app.page.goto(s.url);
    await app.page.evaluate((layout) => localStorage.setItem('frontier.layout.v1', layout), WIDE_LAYOUT);
    await app.page.reload();
    await app.page.locator('.map-canvas[data-basemap="ready"]').waitFor();
  };

  beforeAll(() => open(app.served));

  it('draws land, borders and the emphasised Tajik–Afghan border with no network and no tile layer', async () => {
    await button('Tajik–Afghan border').click();
    await expect.poll(async () => (await state()).zoom).toBeGreaterThanOrEqual(5);
    const s = await state();
    expect(s.tiles).toBe('none');
    expect(await app.page.locator('.leaflet-tile-pane').evaluate((pane) => pane.childElementCount)).toBe(0);
    // Land fill, the grey border lines and the red Tajik–Afghan border are all on the basemap canvas.
    expect(await basemapPixels(app.page, [0xf4, 0xf1, 0xe8])).toBeGreaterThan(10_000);
    expect(await basemapPixels(app.page, [0x9a, 0x8f, 0x86])).toBeGreaterThan(100);
    expect(await basemapPixels(app.page, [0xc8, 0x1e, 0x2d])).toBeGreaterThan(500);
    await app.page.getByRole('region', { name: 'Map', exact: true }).screenshot({ path: join(RESULTS_DIR, 'map-region.png') });
    app.clean();
  });

  it('draws the basemap in dark colours when the OS theme is dark, and back in light ones', async () => {
    await button('Tajik–Afghan border').click();
    await app.page.emulateMedia({ colorScheme: 'dark' });
    // The dark land (#2a2d30) and the brighter red border (#f0505a) replace the light ones.
    await expect.poll(() => basemapPixels(app.page, [0x2a, 0x2d, 0x30])).toBeGreaterThan(10_000);
    expect(await basemapPixels(app.page, [0xf4, 0xf1, 0xe8])).toBeLessThan(1_000);
    expect(await basemapPixels(app.page, [0xf0, 0x50, 0x5a])).toBeGreaterThan(500);
    expect(await app.page.locator('.map-canvas').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 32, 43)');
    await app.page.getByRole('region', { name: 'Map', exact: true }).screenshot({ path: join(RESULTS_DIR, 'map-dark.png') });
    await app.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => basemapPixels(app.page, [0xf4, 0xf1, 0xe8])).toBeGreaterThan(10_000);
    expect(await app.page.locator('.map-canvas').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(207, 224, 234)');
    app.clean();
  });

  it('moves to each region preset at a sensible zoom', async () => {
    const presets: Array<[string, number, number, number, number]> = [
      ['Kabul', 34.53, 69.17, 9, 12],
      ['Tajik–Afghan border', 37.2, 68.8, 5, 8],
      ['Moscow', 55.76, 37.62, 8, 11],
      ['Region', 34.53, 69.17, 3, 5],
    ];
    for (const [name, lat, lng, minZoom, maxZoom] of presets) {
      await button(name).click();
      await expect.poll(async () => inside(await state(), lat, lng), { message: name }).toBe(true);
      const s = await state();
      expect(s.zoom, name).toBeGreaterThanOrEqual(minZoom);
      expect(s.zoom, name).toBeLessThanOrEqual(maxZoom);
      const [, zoom, hashLat, hashLng] = /^#map=(\d+)\/(-?[\d.]+)\/(-?[\d.]+)$/.exec(new URL(app.page.url()).hash) ?? [];
      expect(Number(zoom), name).toBe(s.zoom);
      expect(Math.abs(Number(hashLat) - s.center[0]) + Math.abs(Number(hashLng) - s.center[1]), name).toBeLessThan(0.1);
    }
    const region = await state();
    expect(inside(region, 55.76, 37.62) && inside(region, 37.2, 68.8)).toBe(true);
    app.clean();
  });

  it('finds Khorugh as “Khorog” and Kabul as “Кабул”, and centres the map on them', async () => {
    const search = app.page.getByRole('combobox', { name: 'Find place' });
    await search.fill('Khorog');
    await app.page.getByRole('option', { name: /^Khorugh, TJ/ }).click();
    await expect.poll(async () => (await state()).center[0]).toBeCloseTo(37.49, 1);
    expect((await state()).center[1]).toBeCloseTo(71.55, 1);

    await search.fill('Кабул');
    await search.press('Enter');
    await expect.poll(async () => (await state()).center[0]).toBeCloseTo(34.53, 1);
    const s = await state();
    expect(s.center[1]).toBeCloseTo(69.17, 1);
    expect(s.zoom).toBe(10);
    app.clean();
  });

  it('restores the view from the URL hash on reload, keeping the hash’s other parts', async () => {
    await app.page.evaluate(() => (location.hash = '#note=kept&map=9/36.7300/68.8600'));
    await expect.poll(async () => (await state()).center[0]).toBeCloseTo(36.73, 3);
    await app.page.reload();
    await expect.poll(async () => (await state()).basemap).toBe('ready');
    const s = await state();
    expect(s.zoom).toBe(9);
    expect(s.center[0]).toBeCloseTo(36.73, 3);
    expect(s.center[1]).toBeCloseTo(68.86, 3);
    expect(new URL(app.page.url()).hash).toBe('#note=kept&map=9/36.730/68.860');
    app.clean();
  });

  it('draws Chukotka continuous across 180° and Alaska beside it, whichever side of 180° the view is centred', async () => {
    const before = await state();
    for (const centre of [180, -180]) {
      await app.page.evaluate((hash) => (location.hash = hash), `#map=4/66/${centre}`);
      await expect.poll(async () => (await state()).center[1], { message: String(centre) }).toBeCloseTo(centre, 3);
      const s = await state();
      expect(s.zoom).toBe(4);
      // Inland Chukotka west and east of 180°, across the Bering Strait from Alaska's Seward Peninsula.
      // On 180° itself too: no coastline drawn where Natural Earth cut Chukotka.
      for (const [lat, lng, land] of [
        [66.5, 175, true],
        [66.5, 185, true],
        [65.5, 180, true],
        [66.2, 180, true],
        [66.9, 180, true],
        [67.6, 180, true],
        [68.3, 180, true],
        [65.3, 197, true],
        [62, 182, false],
      ] as const) {
        const at = pointToPixel(s, lat, lng + (centre < 0 ? -360 : 0));
        await expect.poll(() => landAt(app.page, at), { message: `${lat} N ${lng} E, view at ${centre}` }).toBe(land);
      }
      if (centre === 180) await app.page.getByRole('region', { name: 'Map', exact: true }).screenshot({ path: join(RESULTS_DIR, 'map-chukotka.png') });
    }
    // Back to where the tests below expect the map (Kunduz, as the hash test left it).
    await app.page.evaluate((view) => (location.hash = `#map=${view.zoom}/${view.center[0]}/${view.center[1]}`), before);
    await expect.poll(async () => (await state()).center[0]).toBeCloseTo(before.center[0], 3);
    app.clean();
  });

  it('places a new event where the map is clicked, suggesting the nearest town, and saves it', async () => {
    await app.page.getByRole('button', { name: 'New event', exact: true }).click();
    await expect.poll(() => app.page.getByText('Click the map to place the new event').count()).toBe(1);
    const s = await state();
    const at = { x: Math.round(s.box.x + s.box.width * 0.6), y: Math.round(s.box.y + s.box.height * 0.4) };
    const expected = pixelToPoint(s, at.x, at.y);
    // Within a pixel or so of where the mouse went down.
    const pixel = (s.bounds[3] - s.bounds[1]) / s.box.width;
    await app.page.mouse.click(at.x, at.y);
    await expect.poll(() => field('Latitude').inputValue()).not.toBe('');
    expect(Math.abs(Number(await field('Latitude').inputValue()) - expected.lat)).toBeLessThan(1.5 * pixel);
    expect(Math.abs(Number(await field('Longitude').inputValue()) - expected.lng)).toBeLessThan(1.5 * pixel);
    await expect.poll(() => field('Place name').inputValue()).not.toBe('');
    await app.b.screenshot('map-new-event');

    await field('Title').fill('Clash placed on the map');
    await field('Event type').selectOption('Battles');
    await field('Sub-event type').selectOption('Armed clash');
    await field('Date').fill('2021-10-08');
    await field('Place precision').selectOption('near');
    await main().getByRole('group', { name: 'Notes' }).getByLabel('Kunduz attacks').check();
    await main().getByRole('group', { name: 'Sources' }).getByRole('checkbox', { name: new RegExp(SOURCE_TITLE) }).check();
    await main().getByRole('button', { name: 'Save event' }).click();
    await expect.poll(() => events().length).toBe(1);
    const [saved] = events();
    expect(saved!.noteIds).toHaveLength(1);
    expect(saved!.sourceIds).toHaveLength(1);
    expect(Math.abs(saved!.location.lat - expected.lat)).toBeLessThan(1.5 * pixel);
    expect(Math.abs(saved!.location.lng - expected.lng)).toBeLessThan(1.5 * pixel);
    expect(saved!.location.name).toBe(await field('Place name').inputValue());
    await expect.poll(async () => (await state()).events).toBe(1);
    app.clean();
  });

  it('rings a note’s events and fits to them; a click on the marker opens the event with a text-only popup', async () => {
    await button('Region').click();
    await app.page.getByRole('list', { name: 'Notes' }).getByText('Kunduz attacks').click();
    await expect.poll(async () => (await state()).highlighted).toBe(1);
    const [saved] = events();
    await expect.poll(async () => inside(await state(), saved!.location.lat, saved!.location.lng)).toBe(true);
    expect((await state()).zoom).toBe(10);

    const at = pointToPixel(await state(), saved!.location.lat, saved!.location.lng);
    await app.page.mouse.click(at.x, at.y);
    const popup = app.page.locator('.leaflet-popup');
    await expect.poll(() => popup.locator('.map-popup-title').innerText()).toBe('Clash placed on the map');
    expect(await popup.innerText()).toContain('Battles · Armed clash');
    expect(await popup.innerText()).toContain('Fatalities not reported');
    // Its note and its source, the source with its grade.
    expect(await popup.getByRole('button', { name: 'Kunduz attacks' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: `B2 ${SOURCE_TITLE}` }).count()).toBe(1);
    await app.b.screenshot('map-popup');
    await expect.poll(() => main().getByRole('heading', { level: 1 }).innerText()).toBe('Clash placed on the map');
    const linked = app.page.getByRole('complementary', { name: 'Linked items' });
    await expect.poll(() => linked.getByRole('region', { name: 'Linked notes' }).innerText()).toContain('Kunduz attacks');
    await expect.poll(() => linked.getByRole('region', { name: 'Cited sources' }).innerText()).toContain(SOURCE_TITLE);
    expect(await linked.getByRole('region', { name: 'Cited sources' }).innerText()).toContain('B2');
    await popup.getByRole('button', { name: 'Kunduz attacks' }).click();
    await expect.poll(() => app.page.getByRole('list', { name: 'Notes' }).getByRole('button', { name: /Kunduz attacks/ }).getAttribute('aria-current')).toBe('true');
    app.clean();
  });

  it('moves an event when its marker is dragged, saving the new point', async () => {
    const [before] = events();
    await app.page.getByRole('list', { name: 'Events' }).getByText('Clash placed on the map').click();
    const handle = app.page.locator('.map-selected');
    await handle.waitFor();
    const box = (await handle.boundingBox())!;
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await app.page.mouse.move(from.x, from.y);
    await app.page.mouse.down();
    await app.page.mouse.move(from.x + 40, from.y + 30, { steps: 8 });
    await app.page.mouse.up();
    const expected = pixelToPoint(await state(), from.x + 40, from.y + 30);
    await expect.poll(() => events()[0]!.location.lat).not.toBe(before!.location.lat);
    const [after] = events();
    expect(after!.location.lat).toBeCloseTo(expected.lat, 2);
    expect(after!.location.lng).toBeCloseTo(expected.lng, 2);
    expect(after!.location.name).toBe(before!.location.name);
    await expect.poll(() => field('Latitude').inputValue()).toBe(String(after!.location.lat));
    expect(await status()).toContain('Moved “Clash placed on the map”');
    app.clean();
  });

  it('shows the pointer in degrees and MGRS, and copies coordinates or says why it cannot', async () => {
    const s = await state();
    await app.page.mouse.move(s.box.x + s.box.width / 4, s.box.y + (s.box.height * 3) / 4);
    await expect.poll(() => app.page.locator('.map-readout-mgrs').innerText()).toMatch(/^\d{1,2}[C-X] [A-Z]{2} \d{5} \d{5}$/);
    expect(await app.page.locator('.map-readout-dd').innerText()).toMatch(/^\d+\.\d{5}, \d+\.\d{5}$/);
    expect(await app.page.locator('.leaflet-control-scale-line').innerText()).toMatch(/\d+ k?m/);

    // The map moves under a still pointer (keyboard pans, a zoom from the URL): the readout follows.
    const mouse = { x: s.box.x + s.box.width / 4, y: s.box.y + (s.box.height * 3) / 4 };
    const pointerReadout = async () => {
      const [lat, lng] = (await app.page.locator('.map-readout-dd').innerText()).split(', ').map(Number);
      return { label: await app.page.locator('.map-readout-label').innerText(), lat: lat!, lng: lng! };
    };
    const underPointer = async () => {
      const now = await state();
      return { now, expected: pixelToPoint(now, mouse.x, mouse.y), pixel: (now.bounds[3] - now.bounds[1]) / now.box.width };
    };
    await app.page.locator('.map-canvas').focus();
    for (const move of [() => app.page.keyboard.press('ArrowRight'), () => app.page.keyboard.press('ArrowUp'), () => app.page.evaluate(() => (location.hash = '#map=7/37.5/69.5'))]) {
      const before = await state();
      await move();
      await expect.poll(async () => (await state()).center.join()).not.toBe(before.center.join());
      const { expected, pixel } = await underPointer();
      await expect.poll(async () => Math.abs((await pointerReadout()).lng - expected.lng)).toBeLessThan(2 * pixel);
      expect(Math.abs((await pointerReadout()).lat - expected.lat)).toBeLessThan(2 * pixel);
      expect((await pointerReadout()).label).toBe('Pointer');
    }
    // Off the map, the readout no longer claims a pointer position.
    await app.page.getByRole('button', { name: 'Copy coordinates' }).hover();
    await expect.poll(async () => { const r = await pointerReadout(); return r.label === 'Pointer' && Number.isFinite(r.lat); }).toBe(false);

    await app.page.getByRole('button', { name: 'Copy coordinates' }).click();
    await expect.poll(status).toMatch(/Copied|clipboard is not available/);
    expect(await status()).toMatch(/\d+\.\d{5}, \d+\.\d{5} \(MGRS /);
    app.clean();
  });

  it('leaves the event placed and moved on the map in notebook.json once the host has stopped', async () => {
    const [placed] = events();
    expect(await app.served.stop('SIGTERM')).toBe(0);
    const doc = JSON.parse(readFileSync(join(app.nb, 'notebook.json'), 'utf8')) as NotebookDoc;
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]).toMatchObject({ title: 'Clash placed on the map', location: placed!.location });
    expect(readFileSync(join(app.nb, 'journal.ndjson')).length).toBe(0); // absorbed into the snapshot on exit
  });

  it('with 5,000 events: clusters, still pans, rings a note’s events, and filters map and event list together', async () => {
    app.served = await serve(big);
    await open(app.served);
    await expect.poll(async () => (await state()).events).toBe(5000);
    await button('Region').click();
    await expect.poll(async () => (await state()).clusters).toBeGreaterThan(3);

    // Pan by dragging (npm run bench measures the frame times; here it must simply work).
    const before = await state();
    const c = { x: before.box.x + before.box.width / 2, y: before.box.y + before.box.height / 2 };
    await app.page.mouse.move(c.x, c.y);
    await app.page.mouse.down();
    await app.page.mouse.move(c.x - 200, c.y - 80, { steps: 30 });
    await app.page.mouse.up();
    await expect.poll(async () => (await state()).center[1]).toBeGreaterThan(before.center[1] + 1);
    expect((await state()).clusters).toBeGreaterThan(3);

    await app.page.getByRole('list', { name: 'Notes' }).getByText(BORDER_NOTE_TITLE).click();
    await expect.poll(async () => (await state()).highlighted).toBe(bigStats.linkedToNote);
    // The pointer left the map (over the events' canvas): no stale pointer position in the readout.
    expect(await app.page.locator('.map-readout-dd').innerText()).toBe('—');

    // The list's count is of every event; its rows are rendered a thousand at a time as it scrolls.
    const list = async () => Number((await app.page.locator('#list-events .count').innerText()).replace(/,/g, ''));
    const rows = () => app.page.getByRole('list', { name: 'Events' }).getByRole('button', { name: /^(?!Show )/ }).count();
    expect(await list()).toBe(5000);
    expect(await rows()).toBe(1000);
    await app.page.getByRole('list', { name: 'Events' }).getByRole('button', { name: 'Show 1,000 more of 4,000' }).scrollIntoViewIfNeeded();
    await expect.poll(rows).toBe(2000);
    const types = app.page.getByRole('group', { name: 'Event types' });
    await types.getByLabel(/^Battles/).uncheck();
    await expect.poll(async () => (await state()).events).toBeLessThan(5000);
    const shown = (await state()).events;
    expect(shown).toBeGreaterThan(3000);
    await expect.poll(list).toBe(shown);

    await app.page.getByRole('slider', { name: 'From date' }).fill(String(Math.round(Date.UTC(2024, 0, 1) / 86_400_000)));
    await expect.poll(async () => (await state()).events).toBeLessThan(shown / 2);
    await expect.poll(list).toBe((await state()).events);
    expect(await app.page.getByRole('img', { name: /^Events per month/ }).count()).toBe(1);
    await app.b.screenshot('map-5000-events');

    await app.page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => (await state()).events).toBe(5000);
    app.clean();
  });
});
