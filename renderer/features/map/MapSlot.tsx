import { useCallback, useRef } from 'react';
import type { Place } from '../../../shared/geo/place';
import { REGION_PRESETS } from '../../../shared/geo/regions';
import { useApp } from '../../state/app-context';
import { useStoredState } from '../../ui/use-stored-state';
import { CoordReadout, type ReadoutHandle } from './CoordReadout';
import type { FrontierMap } from './frontier-map';
import { MapFilters } from './MapFilters';
import { MapSettings } from './MapSettings';
import { MAP_HELP_ID, MapView } from './MapView';
import { PlaceSearch } from './PlaceSearch';
import { TILE_SETTING_KEY } from './tile-setting';
import './map.css';

const isString = (v: unknown): v is string => typeof v === 'string';

/** The map pane: region presets, place search and settings; the map; the pointer readout; filters and legend. */
export function MapSlot() {
  const { state } = useApp();
  const map = useRef<FrontierMap | undefined>(undefined);
  const readout = useRef<ReadoutHandle>(null);
  const [tiles, setTiles] = useStoredState<string>(TILE_SETTING_KEY, '', isString);
  const onReady = useCallback((m: FrontierMap | undefined) => (map.current = m), []);
  const centre = useCallback(() => map.current?.view, []);
  const onPlace = useCallback((p: Place) => map.current?.showPlace(p.name, p.lat, p.lng), []);
  const picking = state.selection?.kind === 'new-event';

  return (
    <div className="map-pane">
      <div className="map-toolbar" role="toolbar" aria-label="Map views">
        {REGION_PRESETS.map((preset) => (
          <button key={preset.label} type="button" onClick={() => map.current?.fitBounds(preset.bounds)}>
            {preset.label}
          </button>
        ))}
      </div>
      <div className="map-search-row">
        <PlaceSearch onChoose={onPlace} />
        <MapSettings tiles={tiles} onTiles={setTiles} />
      </div>
      <MapView onReady={onReady} readout={readout} tiles={tiles} />
      <p id={MAP_HELP_ID} className={`map-help${picking ? ' picking' : ''}`}>
        {picking ? 'Click the map to place the new event; drag its marker to adjust.' : 'Click a marker to open its event; drag the open event’s marker to move it.'}
      </p>
      <CoordReadout ref={readout} centre={centre} />
      <MapFilters />
    </div>
  );
}
