import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type L from 'leaflet';
import { DEFAULT_PRESET } from '../../../shared/geo/regions';
import type { Event } from '../../../shared/model';
import { useApp } from '../../state/app-context';
import { filterEvents } from '../../state/event-filter';
import type { ReadoutHandle } from './CoordReadout';
import { FrontierMap } from './frontier-map';
import { suggestPlaceName } from './place-name';
import { buildEventPopup, buildPilePopup, type PopupLinks } from './popup';

const rounded = (x: number) => Math.round(x * 1e5) / 1e5;

/** The id of the line under the map that says what a click does. */
export const MAP_HELP_ID = 'map-help';

/**
 * The map itself, tied to the app: it shows the filtered events, rings a selected note's events
 * and fits to them, gives the open event a draggable handle, and while a new event is open turns a
 * click into that event's place (coordinates at once, the nearest town's name when main answers).
 */
export function MapView({ onReady, readout, tiles }: { onReady(map: FrontierMap | undefined): void; readout: RefObject<ReadoutHandle | null>; tiles: string }) {
  const app = useApp();
  const { state } = app;
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<FrontierMap>();
  const appRef = useRef(app);
  appRef.current = app;
  const pickSeq = useRef(0);

  const sel = state.selection;
  const pickMode = sel?.kind === 'new-event';
  const pickModeRef = useRef(pickMode);
  pickModeRef.current = pickMode;

  useEffect(() => {
    const el = container.current!;
    const place = async (m: FrontierMap, at: L.LatLng) => {
      const { lat, lng } = at.wrap();
      const point = { lat: rounded(lat), lng: rounded(lng) };
      const seq = ++pickSeq.current;
      const { dispatch, call, report } = appRef.current;
      dispatch({ type: 'mapPicked', ...point });
      try {
        const name = suggestPlaceName(await call('geo.nearestPlace', point));
        // A later click wins over a slow answer for an earlier one.
        if (seq === pickSeq.current && name) dispatch({ type: 'mapPicked', ...point, name });
      } catch (err) {
        report(err);
      }
    };
    const m: FrontierMap = new FrontierMap(
      el,
      {
        onMapClick: (at) => {
          readout.current?.clicked(at.wrap());
          if (pickModeRef.current) void place(m, at);
        },
        onPointer: (at) => readout.current?.pointer(at?.wrap()),
        onViewChange: (bounds) => appRef.current.dispatch({ type: 'mapMoved', bounds }),
        onEventClick: (event, at) => {
          const { open, state: s } = appRef.current;
          open('event', event.id);
          m.showPopup(at, buildEventPopup(document, event, linksOf(event, s.notes, s.sources), (kind, id) => appRef.current.open(kind, id)));
        },
        onPileClick: (events, total, at) => m.showPopup(at, buildPilePopup(document, events, total, (kind, id) => appRef.current.open(kind, id))),
        onEventDragged: (event, to) => void moveEvent(m, event, to),
        onPickDragged: (to) => void place(m, to),
        onError: (err) => appRef.current.report(err),
      },
      DEFAULT_PRESET.bounds,
    );
    const moveEvent = async (m: FrontierMap, event: Event, to: L.LatLng) => {
      const { lat, lng } = to.wrap();
      const point = { lat: rounded(lat), lng: rounded(lng) };
      const { call, dispatch, refresh, say, report } = appRef.current;
      try {
        await call('events.update', { id: event.id, patch: { location: { ...event.location, ...point } } });
        dispatch({ type: 'mapPicked', ...point, eventId: event.id });
        await refresh();
        say(`Moved “${event.title}” to ${point.lat}, ${point.lng}`);
      } catch (err) {
        report(err);
        m.events.setSelected(event);
      }
    };
    setMap(m);
    onReady(m);
    const resize = new ResizeObserver(() => m.invalidateSize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      onReady(undefined);
      m.destroy();
    };
  }, [onReady, readout]);

  const visible = useMemo(() => filterEvents(state.events, state.eventFilter), [state.events, state.eventFilter]);
  useEffect(() => map?.setEvents(visible), [map, visible]);
  useEffect(() => map?.setTiles(tiles || undefined), [map, tiles]);
  useEffect(() => map?.events.setPickMode(pickMode), [map, pickMode]);

  const pick = state.mapPick;
  useEffect(() => {
    if (map && pickMode && pick && !pick.eventId) map.events.setPicked([pick.lat, pick.lng]);
  }, [map, pickMode, pick]);

  const selectedId = sel?.kind === 'event' ? sel.id : undefined;
  const selected = useMemo(() => state.events.find((e) => e.id === selectedId), [state.events, selectedId]);
  useEffect(() => {
    map?.events.setSelected(selected);
    if (selected) map?.reveal(selected.location.lat, selected.location.lng);
  }, [map, selected]);

  // A note's events: ringed whenever it is open; the map fits to them when it is opened.
  const noteId = sel?.kind === 'note' ? sel.id : undefined;
  const noteEvents = useMemo(() => (noteId ? visible.filter((e) => e.noteIds.includes(noteId)) : []), [noteId, visible]);
  useEffect(() => {
    map?.events.setHighlighted(noteEvents);
    if (container.current) container.current.dataset['highlighted'] = String(noteEvents.length);
  }, [map, noteEvents]);
  // The note fitted to: set once there is something to fit, so a note opened while its events are
  // still loading, or hidden by the filter, is fitted when they show.
  const fitted = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!map || noteId === fitted.current) return;
    if (noteEvents.length === 0) {
      fitted.current = undefined;
      return;
    }
    fitted.current = noteId;
    map.fitEvents(noteEvents);
  }, [map, noteId, noteEvents]);

  // Leaflet adds its own classes to the container, so React must never rewrite that element's
  // className: the changing class goes on a frame around it.
  return (
    <div className={`map-frame${pickMode ? ' picking' : ''}`}>
      <div ref={container} className="map-canvas" role="region" aria-label="Map view" aria-describedby={MAP_HELP_ID} />
    </div>
  );
}

function linksOf(event: Event, notes: ReadonlyArray<{ id: string; title: string }>, sources: ReadonlyArray<{ id: string; title: string; reliability: string; credibility: number }>): PopupLinks {
  const noteById = new Map(notes.map((n) => [n.id, n]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    notes: event.noteIds.flatMap((id) => (noteById.has(id) ? [{ id, title: noteById.get(id)!.title }] : [])),
    sources: event.sourceIds.flatMap((id) => {
      const s = sourceById.get(id);
      return s ? [{ id, title: s.title, grade: `${s.reliability}${s.credibility}` }] : [];
    }),
  };
}
