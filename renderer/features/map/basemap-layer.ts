import L from 'leaflet';
import type { BasemapData } from './basemap-data';
import { currentBasemapPalette, DARK_SCHEME, type BasemapPalette } from './basemap-palette';
import { drawLabels, tracePaths, type LabelStyle, type Viewport } from './draw-paths';
import type { Label } from './projection';

/** Leaflet's canvas renderer internals this layer draws through (stable across Leaflet 1.x). */
interface CanvasInternals {
  _ctx: CanvasRenderingContext2D;
  _bounds: L.Bounds;
  /** Clears the canvas and calls _draw. */
  _redraw(): void;
}

export const BASEMAP_PANE = 'basemap';

/** The world's width at zoom 0, in the units of projection.ts. */
const WORLD = 256;

/**
 * The basemap's data spans a little more than one world: −180° to 191°, Russia east of the dateline
 * continuing past 180°. Where the view reaches past ±180° the world next door is drawn too, so the
 * Bering Strait has both its shores whichever side of 180° the view is centred (the URL keeps the
 * centre in −180…180°): the same paths, moved by a world (shifting the viewport the other way).
 */
export function worldCopies(v: Viewport): Viewport[] {
  const copies: Viewport[] = [];
  for (const k of [-1, 0, 1]) {
    const dx = k * WORLD;
    // Copy k covers dx − 0.05 … dx + 1.1 worlds: the data's reach past ±180°, with room to spare.
    if (dx - 0.05 * WORLD >= v.maxX || dx + 1.1 * WORLD <= v.minX) continue;
    copies.push(k === 0 ? v : { ...v, originX: v.originX - dx * v.scale, minX: v.minX - dx, maxX: v.maxX - dx });
  }
  return copies;
}

const FONT = '"Noto Sans", system-ui, sans-serif';
const labelStyles = (p: BasemapPalette): Record<Label['kind'], LabelStyle> => ({
  country: { font: `600 11px ${FONT}`, colour: p.labels.country, dot: false, halo: p.halo },
  capital: { font: `600 11px ${FONT}`, colour: p.labels.capital, dot: true, halo: p.halo },
  place: { font: `11px ${FONT}`, colour: p.labels.place, dot: true, halo: p.halo },
});

/**
 * The offline basemap as one canvas: land, country borders, rivers, the Tajik–Afghan border
 * drawn emphasised, and labels. It extends Leaflet's canvas renderer for what that does well
 * (sizing, padding, following pans, scaling during zoom animations) and replaces only its drawing
 * (`_draw`, which the renderer calls after every clear), so the data is projected once, not at
 * every zoom. With a custom tile layer underneath, the land is left unfilled so the tiles show.
 */
export class BasemapLayer extends L.Canvas {
  private fillLand = true;
  private palette = currentBasemapPalette();
  private readonly scheme = window.matchMedia(DARK_SCHEME);
  // The OS switching between light and dark redraws the map in the other palette, as the page restyles.
  private readonly onScheme = () => {
    this.palette = currentBasemapPalette();
    this.paintSea();
    if (this._map) (this as unknown as CanvasInternals)._redraw();
  };

  constructor(private readonly data: BasemapData) {
    super({ pane: BASEMAP_PANE, padding: 0.25 });
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.scheme.addEventListener('change', this.onScheme);
    this.paintSea();
    return this;
  }

  override onRemove(map: L.Map): this {
    this.scheme.removeEventListener('change', this.onScheme);
    super.onRemove(map);
    return this;
  }

  /** The sea is the map container's own background (it shows wherever no land is drawn). */
  private paintSea(): void {
    this._map?.getContainer().style.setProperty('--map-sea', this.palette.sea);
  }

  setFillLand(fill: boolean): void {
    this.fillLand = fill;
    if (this._map) (this as unknown as CanvasInternals)._redraw();
  }

  /** Called by L.Canvas after it has cleared the canvas (moveend, zoomend, resize, add). */
  _draw(): void {
    const map = this._map;
    if (!map) return;
    const { _ctx: ctx, _bounds: bounds } = this as unknown as CanvasInternals;
    if (!ctx || !bounds?.min || !bounds.max) return;
    const zoom = map.getZoom();
    const scale = 2 ** zoom;
    const origin = map.getPixelOrigin();
    const v: Viewport = {
      scale,
      originX: origin.x,
      originY: origin.y,
      minX: (bounds.min.x + origin.x) / scale,
      minY: (bounds.min.y + origin.y) / scale,
      maxX: (bounds.max.x + origin.x) / scale,
      maxY: (bounds.max.y + origin.y) / scale,
    };
    const d = this.data;
    const p = this.palette;
    const styles = labelStyles(p);
    const copies = worldCopies(v);
    const trace = (paths: BasemapData['land'], closed: boolean) => {
      for (const copy of copies) tracePaths(ctx, paths, copy, closed);
    };
    ctx.save();
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';

    ctx.beginPath();
    trace(d.land, true);
    if (this.fillLand) {
      ctx.fillStyle = p.land;
      ctx.fill('evenodd');
    }
    ctx.strokeStyle = p.coast;
    ctx.lineWidth = 0.8;
    ctx.stroke();

    ctx.beginPath();
    trace(d.borders, false);
    ctx.strokeStyle = p.border;
    ctx.lineWidth = zoom >= 6 ? 1.4 : 1;
    ctx.setLineDash([4, 2]);
    ctx.stroke();
    ctx.setLineDash([]);

    ctx.beginPath();
    trace(d.rivers, false);
    ctx.strokeStyle = p.river;
    ctx.lineWidth = zoom >= 7 ? 2.2 : 1.4;
    ctx.stroke();

    // The Tajik–Afghan border: a pale casing and a strong red line over the river it follows.
    ctx.beginPath();
    trace(d.tajikAfghan, false);
    ctx.strokeStyle = p.tajikAfghanCasing;
    ctx.lineWidth = 7;
    ctx.stroke();
    ctx.strokeStyle = p.tajikAfghan;
    ctx.lineWidth = 2.5;
    ctx.stroke();

    for (const copy of copies) drawLabels(ctx, d.labels, copy, zoom, (l) => styles[l.kind]);
    ctx.restore();
  }
}
