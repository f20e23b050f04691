import { geoAzimuthalEquidistant, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { ACLED_EVENT_TYPES, type AcledEventType } from '../geo/acled';
import type { Event, MapFrame } from '../model';
import { EVENT_COLOURS } from '../geo/event-colours';
import { escapeHtml } from './html';
import { frameBox, REFERENCE_PLACES, type BBox } from './map-frames';
import { niceScaleLength } from './scale-bar';
import { clipToBox, countriesNear, tajikAfghanBorder } from './world-features';

/**
 * The dossier's map figure as a static SVG string: Natural Earth admin-0 countries (world-atlas
 * countries-10m, the app's own basemap data) in an azimuthal equidistant projection centred on
 * the frame — distances from the centre are true, so the scale bar is honest where the events
 * are — with the Tajik–Afghan border drawn heavy, the events as dots coloured by ACLED type, a
 * legend and a scale bar. Pure: the topology comes in as data; every label is escaped.
 */

export interface MapInput {
  /** world-atlas countries-10m (objects.countries with ISO 3166-1 numeric ids and `name`). */
  topology: Topology;
  events: readonly Event[];
  frame: MapFrame;
  width?: number;
  height?: number;
}

export interface MapFigure {
  svg: string;
  /** Events drawn, and events left out because they lie outside the map (a preset frame, or far outliers). */
  shown: number;
  outside: number;
  caption: string;
}

const EARTH_KM = 6371.0088;


function projectionFor(box: BBox, width: number, height: number): GeoProjection {
  const [w, s, e, n] = box;
  const centre: [number, number] = [(w + e) / 2, (s + n) / 2];
  // Corner and edge points of the box; a MultiPoint (not a Polygon) so winding order cannot flip it inside out.
  const outline = { type: 'MultiPoint' as const, coordinates: [[w, s], [e, s], [e, n], [w, n], [centre[0], s], [centre[0], n], [w, centre[1]], [e, centre[1]]] };
  return geoAzimuthalEquidistant()
    .rotate([-centre[0], -centre[1]])
    .fitExtent([[0, 0], [width, height]], outline)
    .clipExtent([[0, 0], [width, height]]);
}

/**
 * The geographic box the whole viewport shows, which is more than the frame: the frame is fitted
 * inside the viewport keeping its shape. Found by inverting points along the viewport's edges.
 */
function viewBox(projection: GeoProjection, width: number, height: number): BBox | undefined {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= 16; i++) {
    const fx = (width * i) / 16;
    const fy = (height * i) / 16;
    for (const [x, y] of [[fx, 0], [fx, height], [0, fy], [width, fy]] as const) {
      const p = projection.invert?.([x, y]);
      if (!p) return undefined;
      w = Math.min(w, p[0]);
      e = Math.max(e, p[0]);
      s = Math.min(s, p[1]);
      n = Math.max(n, p[1]);
    }
  }
  return [w - 0.5, s - 0.5, e + 0.5, n + 0.5];
}

const fmtDeg = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(1)}°${v >= 0 ? pos : neg}`;
const n1 = (v: number) => v.toFixed(1);

export function drawMap(input: MapInput): MapFigure {
  const width = input.width ?? 660;
  // 660 × 470 px fills the text width and leaves room on the page for the timeline below it.
  const height = input.height ?? 470;
  const box = frameBox(input.frame, input.events.map((e) => e.location));
  const projection = projectionFor(box, width, height);
  const path = geoPath(projection).digits(1);
  const view = viewBox(projection, width, height);
  // Cut to what the view can show before projecting (a fraction of the points); a view that
  // could not be measured keeps whole countries.
  const visible = countriesNear(input.topology, view ?? box).map((c) => (view ? { ...c, feature: clipToBox(c.feature, view) } : c));
  const border = tajikAfghanBorder(input.topology);

  const parts: string[] = [];
  parts.push(`<rect class="map-water" x="0" y="0" width="${width}" height="${height}"/>`);
  for (const c of visible) {
    const d = path(c.feature);
    if (d) parts.push(`<path class="map-country" d="${d}"/>`);
  }
  const borderPath = path(border);
  if (borderPath) parts.push(`<path class="map-border-tj-af" d="${borderPath}"/>`);

  // Whatever the viewport shows is drawn, which is more than the frame (its shape is kept).
  const inView = (p: [number, number] | null): [number, number] | null => (p && p[0] >= 2 && p[0] <= width - 2 && p[1] >= 2 && p[1] <= height - 2 ? p : null);

  // Events first (drawn last): the legend's size depends on which types are shown.
  let outside = 0;
  const counts = new Map<AcledEventType, number>();
  const dots: string[] = [];
  for (const e of input.events) {
    const p = inView(projection([e.location.lng, e.location.lat]));
    if (!p) {
      outside++;
      continue;
    }
    counts.set(e.eventType, (counts.get(e.eventType) ?? 0) + 1);
    // Larger dots for more fatalities; in date order, so later events lie on top.
    const r = e.fatalities && e.fatalities >= 10 ? 6.5 : e.fatalities && e.fatalities > 0 ? 5 : 4;
    dots.push(`<circle class="map-event" cx="${n1(p[0])}" cy="${n1(p[1])}" r="${r}" fill="${EVENT_COLOURS[e.eventType]}"/>`);
  }
  const shown = dots.length;
  const key = legend(counts, width);
  const clear = (x: number, y: number, halfWidth: number) =>
    x - halfWidth > 8 && x + halfWidth < width - 8 && y > 14 && y < height - 8 && !(x + halfWidth > key.x && y - 12 < key.y + key.height);

  // Country names at the centre of their visible part, when it is large and clear of the legend.
  for (const c of visible) {
    const name = c.feature.properties?.name;
    if (!name || path.area(c.feature) < width * height * 0.04) continue;
    const [x, y] = path.centroid(c.feature);
    if (!clear(x, y, name.length * 5)) continue;
    parts.push(`<text class="map-country-label" x="${n1(x)}" y="${n1(y)}" text-anchor="middle">${escapeHtml(name.toUpperCase())}</text>`);
  }

  for (const place of REFERENCE_PLACES) {
    const p = inView(projection([place.lng, place.lat]));
    if (!p || !clear(p[0], p[1], 0)) continue;
    parts.push(`<rect class="map-place" x="${n1(p[0] - 2)}" y="${n1(p[1] - 2)}" width="4" height="4"/>`);
    // Labels go right of the marker, or left when they would run off the frame.
    const right = p[0] + 5 + place.name.length * 5.6 < width - 4;
    parts.push(`<text class="map-place-label" x="${n1(right ? p[0] + 5 : p[0] - 5)}" y="${n1(p[1] - 4)}"${right ? '' : ' text-anchor="end"'}>${escapeHtml(place.name)}</text>`);
  }

  parts.push(...dots);
  parts.push(key.svg);
  parts.push(scaleBar(projection, width, height));
  parts.push(`<rect class="map-frame" x="0.5" y="0.5" width="${width - 1}" height="${height - 1}"/>`);

  const [w, s, e, n] = box;
  const centre = `${fmtDeg((s + n) / 2, 'N', 'S')} ${fmtDeg((w + e) / 2, 'E', 'W')}`;
  const framed = input.frame === 'events' ? "framed on the dossier's events" : 'preset frame';
  const caption =
    `Natural Earth 1:10m country boundaries (world-atlas); azimuthal equidistant projection centred on ${centre}, ${framed}. ` +
    `${shown} event${shown === 1 ? '' : 's'} shown${outside ? `, ${outside} outside the frame` : ''}. Boundaries are shown as in Natural Earth and imply no position on them.`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Map of the dossier's events">` +
    parts.join('') +
    '</svg>';
  return { svg, shown, outside, caption };
}

function legend(counts: ReadonlyMap<AcledEventType, number>, width: number): { svg: string; x: number; y: number; height: number } {
  const rows: string[] = [];
  const types = ACLED_EVENT_TYPES.filter((t) => counts.has(t));
  const lineHeight = 15;
  const boxWidth = 230;
  const boxHeight = 26 + (types.length + 1) * lineHeight;
  const x0 = width - boxWidth - 10;
  const y0 = 10;
  rows.push(`<g class="map-legend" transform="translate(${x0},${y0})">`);
  rows.push(`<rect class="map-legend-box" x="0" y="0" width="${boxWidth}" height="${boxHeight}"/>`);
  rows.push(`<text class="map-legend-title" x="10" y="16">Legend</text>`);
  types.forEach((t, i) => {
    const y = 30 + i * lineHeight;
    rows.push(`<circle cx="16" cy="${y - 4}" r="4" fill="${EVENT_COLOURS[t]}" class="map-event"/>`);
    rows.push(`<text x="28" y="${y}">${escapeHtml(`${t} (${counts.get(t)})`)}</text>`);
  });
  const y = 30 + types.length * lineHeight;
  rows.push(`<line class="map-border-tj-af" x1="8" y1="${y - 4}" x2="24" y2="${y - 4}"/>`);
  rows.push(`<text x="28" y="${y}">Tajik–Afghan border (Panj / Amu Darya)</text>`);
  rows.push('</g>');
  return { svg: rows.join(''), x: x0, y: y0, height: boxHeight };
}

function scaleBar(projection: GeoProjection, width: number, height: number): string {
  // Kilometres per pixel at the centre, where the projection is true to scale.
  const cx = width / 2;
  const cy = height / 2;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  if (!a || !b) return '';
  const kmPerPx = (geoDistance(a, b) * EARTH_KM) / 100;
  const km = niceScaleLength(kmPerPx * width * 0.25);
  const px = km / kmPerPx;
  const x = 14;
  const y = height - 18;
  const label = km >= 1 ? `${km} km` : `${Math.round(km * 1000)} m`;
  return (
    `<g class="map-scale">` +
    `<rect class="map-scale-back" x="${x - 6}" y="${y - 20}" width="${n1(px + 44)}" height="30"/>` +
    `<rect class="map-scale-bar" x="${x}" y="${y - 4}" width="${n1(px / 2)}" height="5"/>` +
    `<rect class="map-scale-bar-alt" x="${n1(x + px / 2)}" y="${y - 4}" width="${n1(px / 2)}" height="5"/>` +
    `<text x="${x}" y="${y - 8}" text-anchor="middle">0</text>` +
    `<text x="${n1(x + px)}" y="${y - 8}" text-anchor="middle">${escapeHtml(label)}</text>` +
    `</g>`
  );
}
