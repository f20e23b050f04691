import L from 'leaflet';
import type { Slice } from './event-style';

/** Leaflet's canvas internals a custom-drawn circle marker needs (stable across Leaflet 1.x). */
interface Internals {
  _renderer: { _ctx: CanvasRenderingContext2D; _drawing: boolean };
  _point: L.Point;
  _radius: number;
  _empty(): boolean;
}

/**
 * A cluster drawn on the events' canvas: a ring of its event types' colours round its count.
 * Canvas, not DOM: a hundred styled DOM discs made panning stutter (each is re-composited every
 * frame), while the canvas pans as one picture. Leaflet's CircleMarker gives the hit-testing and
 * events; only the drawing (`_updatePath`, called by the canvas renderer) is ours.
 */
export class ClusterDisc extends L.CircleMarker {
  constructor(
    latlng: L.LatLngExpression,
    private readonly slices: readonly Slice[],
    private readonly text: string,
    options: L.CircleMarkerOptions,
  ) {
    super(latlng, options);
  }

  _updatePath(): void {
    const self = this as unknown as Internals;
    const { _ctx: ctx, _drawing: drawing } = self._renderer;
    if (!drawing || self._empty()) return;
    const { x, y } = self._point;
    const r = self._radius;
    const start = -Math.PI / 2;
    for (const s of this.slices) {
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.arc(x, y, r, start + s.from, start + s.to);
      ctx.closePath();
      ctx.fillStyle = s.colour;
      ctx.fill();
    }
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(x, y, r * 0.66, 0, 2 * Math.PI);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.fillStyle = '#222';
    ctx.font = '600 11px system-ui, "Noto Sans", sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(this.text, x, y + 0.5);
  }
}
