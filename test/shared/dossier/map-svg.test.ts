import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { drawMap, frameAround, FRAME_BOXES, withoutOutliers } from '../../../shared/dossier';
import { niceScaleLength } from '../../../shared/dossier/scale-bar';
import { clipToBox, countriesNear, type Box, type Country } from '../../../shared/dossier/world-features';
import { geoArea, geoContains } from 'd3-geo';
import { drawTimeline, timeTicks } from '../../../shared/dossier/timeline-svg';
import { EVENTS, event } from '../../fixtures/dossier/items';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const count = (svg: string, re: RegExp) => svg.match(re)?.length ?? 0;

describe('cutting a country to the view before projecting it', () => {
  const country = (rings: number[][][]): Country => ({ type: 'Feature', properties: { name: 'Test' }, geometry: { type: 'Polygon', coordinates: rings } });
  const box: Box = [60, 30, 80, 45];
  // d3 reads a ring by its winding on the sphere: clockwise (as seen on a map) encloses the small side.

  it('keeps a ring inside the box as it is and drops one outside it', () => {
    const inside = [[65, 35], [65, 40], [70, 40], [70, 35], [65, 35]];
    const outside = [[10, 10], [10, 20], [20, 20], [20, 10], [10, 10]];
    const cut = clipToBox({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[outside], [inside]] } }, box);
    expect(cut.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[inside]] });
  });

  it('cuts a ring that crosses the box to the box, same side inside, with the added edges split every degree', () => {
    const ring = [[50, 35], [50, 40], [70, 40], [70, 35], [50, 35]];
    const cut = clipToBox(country([ring]), box);
    const [rings] = (cut.geometry as { coordinates: number[][][][] }).coordinates;
    const points = rings![0]!;
    expect(points.every(([x, y]) => x! >= 60 && x! <= 80 && y! >= 30 && y! <= 45)).toBe(true);
    expect(points.filter(([x]) => x === 60).length).toBeGreaterThan(4); // the 5° cut at 60°E, in steps
    expect(geoContains(cut, [65, 37.5])).toBe(true);
    expect(geoContains(cut, [75, 37.5])).toBe(false);
  });

  it('turns a country larger than the box into the box, not into the rest of the world', () => {
    const big = [[0, 0], [0, 70], [120, 70], [120, 0], [0, 0]];
    const cut = clipToBox(country([big]), box);
    expect(geoArea(cut)).toBeLessThan(0.5);
    expect(geoContains(cut, [70, 37])).toBe(true);
  });

  it('draws the same map as the whole countries would', () => {
    const view: Box = [58, 28, 82, 47];
    for (const { feature } of countriesNear(topology, view)) {
      const cut = clipToBox(feature, view);
      for (const p of [[69.2, 34.5], [68.8, 38.6], [64.6, 39.8], [71.4, 35.9], [60.5, 33.1], [76.9, 43.2], [74.6, 42.9]] as Array<[number, number]>) {
        expect(geoContains(cut, p), `${feature.properties?.name} at ${p.join(',')}`).toBe(geoContains(feature, p));
      }
    }
  });
});

describe('the map figure', () => {
  it('draws the countries, the Tajik–Afghan border, the events, a legend and a scale bar', () => {
    const map = drawMap({ topology, events: EVENTS, frame: 'tajik-afghan-border' });
    expect(map.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(count(map.svg, /class="map-country"/g)).toBeGreaterThanOrEqual(5);
    expect(count(map.svg, /<path class="map-border-tj-af" d="M/g)).toBe(1);
    expect(count(map.svg, /<circle class="map-event"/g)).toBe(2); // Moscow lies outside the border frame
    expect(map).toMatchObject({ shown: 2, outside: 1 });
    expect(map.svg).toContain('Battles (1)');
    expect(map.svg).toContain('Tajik–Afghan border (Panj / Amu Darya)');
    expect(map.svg).toMatch(/<text[^>]*>\d+ km<\/text>/);
    expect(map.svg).toContain('>AFGHANISTAN<');
    expect(map.caption).toMatch(/2 events shown, 1 outside the frame/);
  });

  it('frames on the events without letting one far-off event take over the frame', () => {
    const border = [37.2, 37.5, 38.5, 37.1, 36.7].map((lat, i) => ({ lat, lng: 68.6 + i * 0.5 }));
    const moscow = { lat: 55.75, lng: 37.62 };
    expect(withoutOutliers([...border, moscow])).toEqual(border);
    const [w, s, e, n] = frameAround([...border, moscow])!;
    expect(n).toBeLessThan(40);
    expect(w).toBeGreaterThan(67);
    expect(e - w).toBeGreaterThan(2);
    // Few events are all kept; a single one still gets a frame a degree or more across.
    expect(withoutOutliers([border[0]!, moscow])).toHaveLength(2);
    const [w1, s1, e1, n1] = frameAround([{ lat: 34.5, lng: 69.2 }])!;
    expect(e1 - w1).toBeGreaterThan(1.19);
    expect(n1 - s1).toBeGreaterThan(1.19);
    expect(s).toBeLessThan(36.7);
  });

  it('uses the presets, and the border frame when there are no events', () => {
    expect(FRAME_BOXES.kabul[0]).toBeLessThan(69.2);
    const map = drawMap({ topology, events: [], frame: 'events' });
    expect(map.caption).toMatch(/0 events shown/);
    expect(count(map.svg, /<path class="map-border-tj-af" d="M/g)).toBe(1);
  });

  it('does not paint the frame with an inside-out island (Natural Earth rings wound the wrong way)', () => {
    const map = drawMap({ topology, events: [], frame: 'kabul' });
    expect(map.svg).not.toContain('MALDIVES');
    expect(map.svg).toContain('Kabul');
  });

  it('escapes what it prints', () => {
    const map = drawMap({ topology, events: [event('e_000000000009', 'x', { eventType: 'Battles' })], frame: 'events' });
    expect(map.svg).not.toMatch(/<script|on\w+=/i);
  });
});

describe('scale bar and timeline', () => {
  it('picks round scale lengths', () => {
    expect([0.7, 1, 3, 7, 19, 140, 260, 999].map(niceScaleLength)).toEqual([0.5, 1, 2, 5, 10, 100, 200, 500]);
  });

  it('ticks weeks, months or years by span', () => {
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    expect(timeTicks(day('2022-03-01'), day('2022-03-30')).map((t) => t.label)).toEqual(['7 Mar', '14 Mar', '21 Mar', '28 Mar']);
    expect(timeTicks(day('2021-09-01'), day('2022-02-20')).map((t) => t.label)).toEqual(['Oct 2021', 'Nov', 'Dec', 'Jan 2022', 'Feb']);
    expect(timeTicks(day('2010-01-01'), day('2023-01-01')).map((t) => t.label)).toEqual(['2012', '2014', '2016', '2018', '2020', '2022']);
  });

  it('draws one dot per event', () => {
    const svg = drawTimeline(EVENTS);
    expect(count(svg, /<circle class="tl-event"/g)).toBe(3);
    expect(drawTimeline([])).toBe('');
  });
});
