import L from 'leaflet';
import type { Event } from '../../../shared/model';
import { createEventIndex, type EventIndex, type MapItem } from './event-index';
import { ClusterDisc } from './cluster-disc';
import { PRECISION_RADIUS_M, abbreviateCount, colourOf, typeSlices } from './event-style';

export const EVENTS_PANE = 'events';

export interface EventLayerCallbacks {
  /** A click on an event's marker (or a highlighted one). */
  onEventClick(event: Event, at: L.LatLng): void;
  /** A cluster no zoom can split (events at one spot) was clicked: list them. */
  onPileClick(events: Event[], total: number, at: L.LatLng): void;
  /** The open event's handle was dragged and dropped. */
  onEventDragged(event: Event, to: L.LatLng): void;
  /** The new event's point was dragged. */
  onPickDragged(to: L.LatLng): void;
}

/** A pile's popup lists this many of its events. */
const PILE_LIST_LIMIT = 25;

const handleIcon = (className: string) => L.divIcon({ className, iconSize: [22, 22], iconAnchor: [11, 11] });

/**
 * The events on the map, all on one canvas: clusters as a count in a ring of their types' colours,
 * single events as a dot for an exact point, and a dashed circle as large as the
 * uncertainty for town-, province- or country-level places. Only what is in view is built (and
 * kept while it stays in view), so 20,000 events cost what the visible ones cost. The open event
 * gets a draggable handle; a note's events are ringed and drawn on top, never hidden in a cluster.
 */
export class EventLayer {
  private readonly renderer = L.canvas({ pane: EVENTS_PANE, padding: 0.25 });
  private readonly items = L.layerGroup();
  /** The layers on the map for each item in view, by key (cluster id, or event id and whether its circle shows). */
  private readonly shown = new Map<string, L.Layer[]>();
  private readonly overlay = L.layerGroup();
  private index: EventIndex = createEventIndex([]);
  private selected: L.Marker | undefined;
  private picked: L.Marker | undefined;
  private pickMode = false;
  /** Clusters built at the last refresh (for the container's data-clusters). */
  clustersInView = 0;

  constructor(
    private readonly map: L.Map,
    private readonly callbacks: EventLayerCallbacks,
  ) {
    this.items.addTo(map);
    this.overlay.addTo(map);
    map.on('moveend', this.refresh, this);
  }

  setEvents(events: readonly Event[]): void {
    this.index = createEventIndex(events);
    this.items.clearLayers();
    this.shown.clear();
    this.refresh();
  }

  setPickMode(on: boolean): void {
    this.pickMode = on;
    if (!on) this.setPicked(undefined);
  }

  /** Events to ring and keep out of clusters (a note's events). */
  setHighlighted(events: readonly Event[]): void {
    this.overlay.clearLayers();
    for (const e of events) this.pointMarker(e, 9, { color: '#111', weight: 3 }).addTo(this.overlay);
  }

  /** The open event's draggable handle, or none. */
  setSelected(event: Event | undefined): void {
    this.selected?.remove();
    this.selected = undefined;
    if (!event) return;
    const marker = L.marker([event.location.lat, event.location.lng], { icon: handleIcon('map-handle map-selected'), draggable: true, keyboard: false, zIndexOffset: 1000, title: `Drag to move “${event.title}”` });
    marker.on('dragend', () => this.callbacks.onEventDragged(event, marker.getLatLng()));
    this.selected = marker.addTo(this.map);
  }

  /** The point chosen for a new event, draggable to adjust it. */
  setPicked(at: L.LatLngExpression | undefined): void {
    this.picked?.remove();
    this.picked = undefined;
    if (!at) return;
    const marker = L.marker(at, { icon: handleIcon('map-handle map-picked'), draggable: true, keyboard: false, zIndexOffset: 1000, title: 'The new event: drag to adjust' });
    marker.on('dragend', () => this.callbacks.onPickDragged(marker.getLatLng()));
    this.picked = marker.addTo(this.map);
  }

  remove(): void {
    this.map.off('moveend', this.refresh, this);
    this.items.remove();
    this.overlay.remove();
    this.selected?.remove();
    this.picked?.remove();
  }

  /**
   * Brings the map up to date with what is in view (plus the canvas's padding): layers for items
   * that left are removed, new ones added, the rest kept, so a short pan costs a few markers.
   */
  refresh(): void {
    const b = this.map.getBounds().pad(0.25);
    const zoom = this.map.getZoom();
    const items = this.index.query([b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())], zoom);
    const metresPerPixel = (40_075_016 * Math.cos((this.map.getCenter().lat * Math.PI) / 180)) / (256 * 2 ** zoom);
    const next = new Map<string, MapItem>();
    for (const item of items) next.set(item.kind === 'cluster' ? `c${item.id}` : `e${item.event.id}:${this.circleShown(item.event, metresPerPixel) ? 1 : 0}`, item);
    for (const [key, layers] of this.shown) {
      if (next.has(key)) continue;
      for (const layer of layers) this.items.removeLayer(layer);
      this.shown.delete(key);
    }
    for (const [key, item] of next) {
      if (this.shown.has(key)) continue;
      const layers: L.Layer[] = [];
      if (item.kind === 'cluster') layers.push(this.clusterMarker(item));
      else {
        layers.push(this.pointMarker(item.event, 5));
        if (key.endsWith(':1')) layers.push(this.precisionCircle(item.event));
      }
      for (const layer of layers) this.items.addLayer(layer);
      // Uncertainty circles go under every dot.
      if (layers[1]) (layers[1] as L.Circle).bringToBack();
      this.shown.set(key, layers);
    }
    // One canvas takes the clicks, so the ringed events share it and are moved back on top.
    this.overlay.eachLayer((l) => (l as L.CircleMarker).bringToFront());
    this.clustersInView = items.filter((i) => i.kind === 'cluster').length;
  }

  /**
   * A circle is drawn when it says something: not for an exact point, and not when it would be
   * wider than the map (a province's 50 km at street zoom) or too small to see round the dot.
   */
  private circleShown(e: Event, metresPerPixel: number): boolean {
    const px = PRECISION_RADIUS_M[e.location.precision] / metresPerPixel;
    const size = this.map.getSize();
    return px > 6 && px < Math.max(size.x, size.y);
  }

  private precisionCircle(e: Event): L.Circle {
    const colour = colourOf(e.eventType);
    return L.circle([e.location.lat, e.location.lng], {
      radius: PRECISION_RADIUS_M[e.location.precision],
      renderer: this.renderer,
      interactive: false,
      color: colour,
      weight: 1,
      opacity: 0.7,
      dashArray: '4 3',
      fillColor: colour,
      fillOpacity: 0.07,
    });
  }

  private pointMarker(e: Event, radius: number, ring: { color: string; weight: number } = { color: '#fff', weight: 1 }): L.CircleMarker {
    const marker = L.circleMarker([e.location.lat, e.location.lng], {
      radius,
      renderer: this.renderer,
      fillColor: colourOf(e.eventType),
      fillOpacity: 0.95,
      ...ring,
      // The map's own click would otherwise fire too (and, while placing an event, move the point).
      bubblingMouseEvents: false,
    });
    marker.on('click', (ev: L.LeafletMouseEvent) => (this.pickMode ? this.map.fire('click', ev) : this.callbacks.onEventClick(e, marker.getLatLng())));
    return marker;
  }

  private clusterMarker(c: Extract<MapItem, { kind: 'cluster' }>): ClusterDisc {
    const radius = c.count < 10 ? 13 : c.count < 100 ? 16 : c.count < 1000 ? 19 : 22;
    const disc = new ClusterDisc([c.lat, c.lng], typeSlices(c.types), abbreviateCount(c.count), { radius, renderer: this.renderer, bubblingMouseEvents: false });
    disc.bindTooltip(`${c.count.toLocaleString('en-US')} events`, { direction: 'top', offset: [0, -radius] });
    disc.on('click', (ev: L.LeafletMouseEvent) => {
      if (this.pickMode) return void this.map.fire('click', ev);
      const zoom = this.index.expansionZoom(c.id);
      if (zoom <= this.map.getMaxZoom() && zoom > this.map.getZoom()) this.map.setView([c.lat, c.lng], zoom);
      else this.callbacks.onPileClick(this.index.eventsOf(c.id, PILE_LIST_LIMIT), c.count, disc.getLatLng());
    });
    return disc;
  }

}
