import { useCallback, useEffect, useRef, useState } from 'react';
import type { Place } from '../../../shared/geo/place';
import { REGION_PRESETS } from '../../../shared/geo/regions';
import type { TileSetting, TileSource } from '../../../shared/geo/tile-source';
import { useApp } from '../../state/app-context';
import { CoordReadout, type ReadoutHandle } from './CoordReadout';
import type { FrontierMap } from './frontier-map';
import { MapFilters } from './MapFilters';
import { MapSettings } from './MapSettings';
import { MAP_HELP_ID, MapView } from './MapView';
import { PlaceSearch } from './PlaceSearch';
import { describeTileSource, tileLayerTemplate } from './tile-setting';
import './map.css';

/** The map pane: region presets, place search and settings; the map; the pointer readout; filters and legend. */
export function MapSlot() {
  const { state, call, report, say } = useApp();
  const map = useRef<FrontierMap | undefined>(undefined);
  const readout = useRef<ReadoutHandle>(null);
  // The tile source is main's (per machine); until it answers, and while it is none, no tile layer.
  const [tileSetting, setTileSetting] = useState<TileSetting>();
  useEffect(() => {
    let live = true;
    call('map.getTileSource', {}).then(
      (s) => live && setTileSetting(s),
      (err: unknown) => live && report(err),
    );
    return () => {
      live = false;
    };
  }, [call, report]);
  const applyTiles = useCallback(
    async (source: TileSource) => {
      const next = await call('map.setTileSource', { source });
      setTileSetting(next);
      say(describeTileSource(next.source));
    },
    [call, say],
  );
  const tiles = tileLayerTemplate(tileSetting);
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
        <MapSettings setting={tileSetting} onApply={applyTiles} />
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
