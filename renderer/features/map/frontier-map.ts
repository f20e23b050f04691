import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { LatLngBounds } from '../../../shared/geo/regions';
import type { Event } from '../../../shared/model';
import { loadBasemap } from './basemap-data';
import { BASEMAP_PANE, BasemapLayer } from './basemap-layer';
import { EVENTS_PANE, EventLayer, type EventLayerCallbacks } from './event-layer';
import { parseMapHash, withMapView, type MapView } from './view-hash';

export interface FrontierMapCallbacks extends EventLayerCallbacks {
  /** A click on the map itself (not on a marker). */
  onMapClick(at: L.LatLng): void;
  /** The pointer moved over the map (undefined: it left). */
  onPointer(at: L.LatLng | undefined): void;
  /** The view settled (after a pan, zoom or preset): its bounds, for the `in:map` search. */
  onViewChange?(bounds: { south: number; west: number; north: number; east: number }): void;
  onError(err: unknown): void;
}

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 14;
/** A town found by search fills the pane at this zoom; the 1:10m basemap is clean up to it. */
export const PLACE_ZOOM = 10;

/**
 * The map, wrapped: everything that touches Leaflet's state lives here and in the layers it
 * owns, and the React side calls these few methods. The view is kept in the URL hash
 * (`#map=ZOOM/LAT/LNG`) and mirrored on the container as data attributes (bounds, centre, zoom,
 * readiness), which is how tests see the map without reaching into Leaflet.
 */
export class FrontierMap {
  readonly map: L.Map;
  readonly events: EventLayer;
  private basemap: BasemapLayer | undefined;
  private tiles: L.TileLayer | undefined;
  private found: L.Marker | undefined;
  /** Where the pointer is over the map, in container pixels; undefined while it is elsewhere. */
  private pointer: L.Point | undefined;
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: FrontierMapCallbacks,
    fallback: LatLngBounds,
  ) {
    this.map = L.map(container, {
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // The basemap runs past 180° (Russia east of the dateline, to Big Diomede at 191° E) and is
      // drawn a world to either side where the view crosses ±180° (basemap-layer), so Chukotka
      // and Alaska meet at the Bering Strait on either side; the view may cross by 60°, no further.
      maxBounds: [
        [-86, -240],
        [86, 240],
      ],
      maxBoundsViscosity: 1,
      worldCopyJump: false,
      zoomSnap: 1,
      attributionControl: false,
    });
    this.map.createPane(BASEMAP_PANE).style.zIndex = '250';
    this.map.createPane(EVENTS_PANE).style.zIndex = '450';
    // Updated when a pan ends, not at every frame of it (each update re-lays the control out).
    L.control.scale({ imperial: false, position: 'bottomleft', updateWhenIdle: true }).addTo(this.map);
    // Plain text, no links: nothing on the map leads off the machine.
    L.control.attribution({ prefix: false }).addAttribution('Natural Earth · GeoNames · Leaflet').addTo(this.map);
    this.events = new EventLayer(this.map, callbacks);

    const view = parseMapHash(location.hash);
    if (view) this.map.setView([view.lat, view.lng], view.zoom);
    else this.map.fitBounds(fallback);

    this.map.on('moveend', this.onMoveEnd, this);
    this.map.on('click', (e: L.LeafletMouseEvent) => callbacks.onMapClick(e.latlng));
    // The pointer from the container's own events: Leaflet's map 'mouseout' never comes when the
    // pointer leaves from over a marker (the marker takes it), which left a stale readout. And when
    // the map moves under a still pointer (a pan by keys, a preset, a fit, a zoom), the point
    // under it is worked out again.
    container.addEventListener('mousemove', this.onPointerMove);
    container.addEventListener('mouseleave', this.onPointerLeave);
    this.map.on('move zoomend', this.onViewMoved, this);
    window.addEventListener('hashchange', this.onHashChange);
    this.onMoveEnd();
    container.dataset['tiles'] = 'none';

    const loadStart = performance.now();
    loadBasemap().then(
      (data) => {
        if (this.destroyed) return;
        performance.measure('frontier:basemap-load', { start: loadStart });
        const drawStart = performance.now();
        this.basemap = new BasemapLayer(data);
        this.basemap.setFillLand(!this.tiles);
        this.basemap.addTo(this.map);
        performance.measure('frontier:basemap-draw', { start: drawStart });
        container.dataset['basemap'] = 'ready';
      },
      (err: unknown) => {
        container.dataset['basemap'] = 'failed';
        callbacks.onError(err);
      },
    );
  }

  get view(): MapView {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng };
  }

  setEvents(events: readonly Event[]): void {
    const start = performance.now();
    this.events.setEvents(events);
    this.container.dataset['events'] = String(events.length);
    this.container.dataset['clusters'] = String(this.events.clustersInView);
    // Named timings for DevTools and npm run bench (performance.getEntriesByName).
    performance.measure('frontier:map-events', { start });
  }

  fitBounds(bounds: LatLngBounds): void {
    this.map.fitBounds(bounds, { animate: false });
  }

  centreOn(lat: number, lng: number, zoom: number): void {
    this.map.setView([lat, lng], zoom, { animate: false });
  }

  /** Fits the map to some events (a note's), not closer than zoom 10 for a single one. */
  fitEvents(events: readonly Event[]): void {
    if (events.length === 0) return;
    const bounds = L.latLngBounds(events.map((e) => [e.location.lat, e.location.lng] as [number, number]));
    this.map.fitBounds(bounds.pad(0.2), { maxZoom: 10, animate: false });
  }

  /** Centres on a place found by search, marked with its name until the next search. */
  showPlace(name: string, lat: number, lng: number): void {
    this.found?.remove();
    const label = document.createElement('span');
    label.textContent = name;
    this.found = L.marker([lat, lng], { icon: L.divIcon({ html: label, className: 'map-found', iconSize: undefined, iconAnchor: [6, 6] }), interactive: false, keyboard: false }).addTo(this.map);
    this.centreOn(lat, lng, PLACE_ZOOM);
  }

  /** An event's popup (built by popup.ts from DOM nodes) at its marker. */
  showPopup(at: L.LatLngExpression, content: HTMLElement): void {
    L.popup({ maxWidth: 280, autoPanPadding: [16, 16] }).setLatLng(at).setContent(content).openOn(this.map);
  }

  /** Brings a point into view if it is outside (an event opened from the sidebar). */
  reveal(lat: number, lng: number): void {
    if (!this.map.getBounds().contains([lat, lng])) this.map.panTo([lat, lng], { animate: false });
  }

  /** A custom tile source under the basemap, or (undefined) none at all: the default. */
  setTiles(template: string | undefined): void {
    this.tiles?.remove();
    this.tiles = template ? L.tileLayer(template, { maxZoom: MAX_ZOOM, minZoom: MIN_ZOOM }).addTo(this.map) : undefined;
    this.basemap?.setFillLand(!this.tiles);
    this.container.dataset['tiles'] = this.tiles ? 'custom' : 'none';
  }

  /** After the pane is resized (the splitter, the filters growing): keep the centre where it was. */
  invalidateSize(): void {
    this.map.invalidateSize({ animate: false });
  }

  destroy(): void {
    this.destroyed = true;
    window.removeEventListener('hashchange', this.onHashChange);
    this.container.removeEventListener('mousemove', this.onPointerMove);
    this.container.removeEventListener('mouseleave', this.onPointerLeave);
    this.events.remove();
    this.map.remove();
  }

  private onMoveEnd(): void {
    const b = this.map.getBounds();
    const c = this.map.getCenter();
    const d = this.container.dataset;
    d['zoom'] = String(this.map.getZoom());
    // The event layer listened first, so it has already rebuilt for this view.
    d['clusters'] = String(this.events.clustersInView);
    d['center'] = `${c.lat.toFixed(5)},${c.lng.toFixed(5)}`;
    d['bounds'] = [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map((x) => x.toFixed(5)).join(',');
    // Longitudes past ±180° (the view may reach unwrapped Chukotka) are clamped for the search filter.
    const clampLng = (x: number) => Math.max(-180, Math.min(180, x));
    this.callbacks.onViewChange?.({ south: Math.max(-90, b.getSouth()), west: clampLng(b.getWest()), north: Math.min(90, b.getNorth()), east: clampLng(b.getEast()) });
    const hash = withMapView(location.hash, this.view);
    // replaceState: panning is not history, and Back should leave the page, not replay the pans.
    if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  private readonly onPointerMove = (e: MouseEvent): void => {
    this.pointer = this.map.mouseEventToContainerPoint(e);
    this.callbacks.onPointer(this.map.containerPointToLatLng(this.pointer));
  };

  private readonly onPointerLeave = (): void => {
    this.pointer = undefined;
    this.callbacks.onPointer(undefined);
  };

  private onViewMoved(): void {
    if (this.pointer) this.callbacks.onPointer(this.map.containerPointToLatLng(this.pointer));
  }

  private readonly onHashChange = (): void => {
    const view = parseMapHash(location.hash);
    if (!view) return;
    const now = this.view;
    if (view.zoom !== now.zoom || Math.abs(view.lat - now.lat) > 1e-4 || Math.abs(view.lng - now.lng) > 1e-4) this.map.setView([view.lat, view.lng], view.zoom);
  };
}
