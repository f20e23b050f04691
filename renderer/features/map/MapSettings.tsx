import { useId, useState } from 'react';
import { checkTileTemplate } from './tile-setting';

/**
 * "Map settings": an optional tile source of the analyst's own, off by default. Until one is set
 * the map has no tile layer at all, only the offline basemap.
 */
export function MapSettings({ tiles, onTiles }: { tiles: string; onTiles(template: string): void }) {
  const [text, setText] = useState(tiles);
  const [problem, setProblem] = useState<string>();
  const hintId = useId();

  const apply = () => {
    const check = checkTileTemplate(text, location.href);
    if (check && !check.ok) return setProblem(check.message);
    setProblem(undefined);
    onTiles(check?.template ?? '');
  };

  return (
    <details className="map-settings">
      <summary>Map settings</summary>
      <div className="map-settings-body">
        <label>
          Custom tile URL (optional)
          <input value={text} onChange={(e) => setText(e.target.value)} placeholder="/tiles/{z}/{x}/{y}.png" spellCheck={false} aria-describedby={hintId} />
        </label>
        <small id={hintId} className="muted">
          Off by default: the map draws its own offline basemap and makes no requests. Tiles must be served from this app&rsquo;s own origin; its security
          policy blocks images from anywhere else.
        </small>
        {problem && (
          <p className="event-error" role="alert">
            {problem}
          </p>
        )}
        <div className="map-settings-actions">
          <button type="button" onClick={apply}>
            Apply
          </button>
          {tiles && (
            <button
              type="button"
              onClick={() => {
                setText('');
                setProblem(undefined);
                onTiles('');
              }}
            >
              Remove tiles
            </button>
          )}
        </div>
      </div>
    </details>
  );
}
