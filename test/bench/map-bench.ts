/**
 * `npm run bench`, map part: the browser-mode app on a notebook of 20,000 events (Debian's
 * Chromium, headless, the built app). Prints, without asserting:
 *   - time to first render: navigation → basemap drawn and all 20,000 events clustered on the map
 *     (median of RUNS reloads after a warm-up load);
 *   - frame times while panning: requestAnimationFrame deltas recorded in the page while the mouse
 *     drags the map (three drags, 120 mouse steps each), median, p95 and worst; target: median
 *     under 50 ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, serve } from '../e2e/harness';
import { writeMapNotebook } from './generate-map-events';
import { fmtInt, fmtMs, median, percentile, renderTable } from './measure';

const EVENTS = 20_000;
const RUNS = 3;
const TARGET_MS = 50;
const LAYOUT = JSON.stringify({ sidebar: 220, linked: 220, map: 620 });

interface Load {
  total: number;
  /** The map's own parts (performance.measure in frontier-map.ts): fetch + parse + project, first draw, cluster + draw the events. */
  basemapLoad: number;
  basemapDraw: number;
  events: number;
}

/** Milliseconds since navigation until the map shows every event (clusters drawn, basemap ready). */
async function firstRender(page: Page, url: string): Promise<Load> {
  // From a blank page: going to the URL the page already has would only change the hash.
  await page.goto('about:blank');
  await page.goto(url);
  const handle = await page.waitForFunction(
    (count) => {
      const map = document.querySelector<HTMLElement>('.map-canvas');
      const ready = map?.dataset['basemap'] === 'ready' && map.dataset['events'] === String(count) && Number(map.dataset['clusters']) > 0;
      return ready ? performance.now() : false;
    },
    EVENTS,
    { polling: 'raf', timeout: 60_000 },
  );
  const total = (await handle.jsonValue()) as number;
  const parts = await page.evaluate(() => Object.fromEntries(['basemap-load', 'basemap-draw', 'map-events'].map((n) => [n, performance.getEntriesByName(`frontier:${n}`).at(-1)?.duration ?? NaN])));
  return { total, basemapLoad: parts['basemap-load']!, basemapDraw: parts['basemap-draw']!, events: parts['map-events']! };
}

/** Frame deltas (ms) while dragging the map by (dx, dy) in `steps` mouse moves. */
async function dragFrames(page: Page, dx: number, dy: number, steps: number): Promise<number[]> {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const x = box.x + box.width / 2 - dx / 2;
  const y = box.y + box.height / 2 - dy / 2;
  await page.mouse.move(x, y);
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps });
  await page.mouse.up();
  // The frame after the drag ends carries the moveend work (new clusters, basemap redraw): keep it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
}

const base = await mkdtemp(join(tmpdir(), 'frontier-map-bench-'));
const dir = join(base, 'notebook');
try {
  const stats = await writeMapNotebook(dir, EVENTS);
  const served = await serve(dir);
  const b = await openBrowser();
  try {
    const page = b.page;
    await page.goto(served.url);
    await page.evaluate((layout) => localStorage.setItem('frontier.layout.v1', layout), LAYOUT);
    await firstRender(page, `${served.url}#map=4/42.0/62.0`);
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await firstRender(page, `${served.url}#map=4/42.0/62.0`));

    const views: Array<[string, string]> = [
      ['zoom 4, whole region (clusters)', '#map=4/42.0/62.0'],
      ['zoom 7, Tajik–Afghan border', '#map=7/37.2/69.5'],
      ['zoom 11, Kabul (single events)', '#map=11/34.53/69.17'],
    ];
    const rows: string[][] = [];
    const all: number[] = [];
    for (const [label, hash] of views) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForTimeout(500);
      const frames = [...(await dragFrames(page, -300, -120, 120)), ...(await dragFrames(page, 300, 120, 120)), ...(await dragFrames(page, 0, 200, 120))];
      all.push(...frames);
      const markers = await page.evaluate(() => Number(document.querySelector<HTMLElement>('.map-canvas')?.dataset['clusters']));
      rows.push([label, fmtInt(frames.length), fmtMs(median(frames)), fmtMs(percentile(frames, 95)), fmtMs(Math.max(...frames)), fmtInt(markers)]);
    }

    console.log(`\nFrontier map benchmark — browser mode, ${fmtInt(stats.events)} events (${stats.first} … ${stats.last}), map pane 620 px, Chromium headless\n`);
    const row = (label: string, xs: number[]) => [label, fmtMs(median(xs)), fmtMs(Math.min(...xs)), fmtMs(Math.max(...xs))];
    console.log(
      renderTable(
        ['first render', `median of ${RUNS}`, 'min', 'max'],
        [
          row('navigation → basemap and all events on the map', loads.map((l) => l.total)),
          row('  basemap: fetch, parse, project (8.6 MB; wall clock, beside the app’s own load)', loads.map((l) => l.basemapLoad)),
          row('  basemap: first draw', loads.map((l) => l.basemapDraw)),
          row(`  events: cluster ${fmtInt(EVENTS)} and draw`, loads.map((l) => l.events)),
        ],
      ),
    );
    console.log('  (the rest is the app: events.list over HTTP and the sidebar listing every event)');
    console.log();
    console.log(renderTable(['panning (mouse drags)', 'frames', 'median', 'p95', 'worst', 'clusters in view'], rows));
    const m = median(all);
    console.log(`\n${m < TARGET_MS ? 'PASS' : 'MISS'}  median frame while panning @${fmtInt(EVENTS)} events = ${fmtMs(m)}, target under ${fmtMs(TARGET_MS)}`);
    const external = b.external();
    if (external.length) console.log(`WARNING: requests left 127.0.0.1: ${external.join(', ')}`);
    if (b.consoleErrors.length) console.log(`WARNING: console errors: ${b.consoleErrors.join(' | ')}`);
  } finally {
    await b.close();
    await served.stop();
  }
} finally {
  await rm(base, { recursive: true, force: true });
}
