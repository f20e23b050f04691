import { useEffect, useId, useState } from 'react';
import { TILE_FORMATS, type TileFormat, type TileSetting, type TileSource } from '../../../shared/geo/tile-source';
import { errorText } from '../../state/app-context';
import { EMPTY_TILE_FORM, formOf, sourceOfForm, type TileForm, type TileKind } from './tile-setting';

/**
 * "Map settings": the map's optional tile source, off by default and kept by main on this machine
 * (not in the notebook). None: only the offline basemap, no tile layer at all. A tile folder: the
 * user's own tiles on disk. A tile server: a URL template main fetches tiles from. Either way the
 * page asks only its own origin; main says what is wrong with a source, and this shows it.
 */
export function MapSettings({ setting, onApply }: { setting: TileSetting | undefined; onApply(source: TileSource): Promise<void> }) {
  const [form, setForm] = useState<TileForm>(EMPTY_TILE_FORM);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const hintId = `${id}-hint`;

  // The form shows the setting main holds, once it is known and whenever it changes.
  useEffect(() => {
    if (setting) setForm(formOf(setting.source));
  }, [setting]);

  const edit = (patch: Partial<TileForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblem(undefined);
  };

  const apply = async () => {
    const check = sourceOfForm(form);
    if (!check.ok) return setProblem(check.message);
    setBusy(true);
    try {
      await onApply(check.source);
      setProblem(undefined);
    } catch (err) {
      setProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="map-settings">
      <summary>Map settings</summary>
      <form
        className="map-settings-body"
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        {/* Labels beside their selects, not around them: a label's name would take in the options. */}
        <label htmlFor={`${id}-kind`}>Tile source</label>
        <select id={`${id}-kind`} value={form.kind} onChange={(e) => edit({ kind: e.target.value as TileKind })} aria-describedby={hintId}>
          <option value="none">None (offline basemap only)</option>
          <option value="folder">Tile folder</option>
          <option value="server">Tile server</option>
        </select>
        {form.kind === 'folder' && (
          <>
            <label>
              Tile folder path
              <input value={form.folder} onChange={(e) => edit({ folder: e.target.value })} placeholder="/home/me/tiles" spellCheck={false} />
            </label>
            <label htmlFor={`${id}-format`}>Tile format</label>
            <select id={`${id}-format`} value={form.format} onChange={(e) => edit({ format: e.target.value as TileFormat | '' })}>
              <option value="">Any (png, jpg, webp)</option>
              {TILE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </>
        )}
        {form.kind === 'server' && (
          <label>
            URL template
            <input value={form.template} onChange={(e) => edit({ template: e.target.value })} placeholder="https://tiles.example.org/{z}/{x}/{y}.png" spellCheck={false} />
          </label>
        )}
        <small id={hintId} className="muted">
          {form.kind === 'none' && 'Off: the map draws its own offline basemap, with no tile layer and no requests.'}
          {form.kind === 'folder' && 'Your own tiles on this machine, laid out as <folder>/<z>/<x>/<y>.png (or .jpg, .webp). Nothing leaves the machine.'}
          {form.kind === 'server' &&
            'Frontier will fetch tiles from this server whenever the map shows them, so the server learns which places you look at. Use your own server; {z}, {x} and {y} are required, no user name or password.'}{' '}
          Kept on this machine, not in the notebook.
        </small>
        {problem && (
          <p className="event-error" role="alert">
            {problem}
          </p>
        )}
        <div className="map-settings-actions">
          <button type="submit" disabled={busy || !setting}>
            Apply
          </button>
        </div>
      </form>
    </details>
  );
}
