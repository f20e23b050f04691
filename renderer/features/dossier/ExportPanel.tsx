import type { ExportFormat, ExportTarget } from '../../../shared/ipc/export-schemas';
import { errorText, useApp } from '../../state/app-context';
import { downloadBytes } from './download';
import { useExport } from './use-export';

const LABELS: Partial<Record<ExportFormat, string>> = { pdf: 'Export PDF', geojson: 'Events as GeoJSON', csv: 'Events as CSV (ACLED)' };

/**
 * Export buttons with a progress bar and Cancel while an export runs. `prepare` saves the dossier
 * first and says what to export; the file arrives through the contract (base64) and is offered as
 * a download.
 */
export function ExportPanel({ prepare }: { prepare(): Promise<ExportTarget | undefined> }) {
  const { call, say, report } = useApp();
  const { state, run, cancel } = useExport(call);

  const start = async (format: ExportFormat) => {
    try {
      const target = await prepare();
      if (!target) return;
      const out = await run(format, target);
      const file = out.files[0];
      if (!file || out.folder) return report(new Error('This export is a folder; use `frontier export` to write it.'));
      downloadBytes(file.dataBase64, out.name, file.mediaType);
      say(`Exported ${out.name}`);
    } catch (err) {
      if (/cancelled/i.test(errorText(err))) say('Export cancelled');
      else report(err);
    }
  };

  return (
    <section className="dossier-export" aria-labelledby="dossier-export-heading">
      <h2 id="dossier-export-heading">Export</h2>
      <div className="dossier-export-buttons">
        {(Object.keys(LABELS) as ExportFormat[]).map((f) => (
          <button key={f} type="button" className={f === 'pdf' ? 'primary' : undefined} disabled={state.running} onClick={() => void start(f)}>
            {LABELS[f]}
          </button>
        ))}
      </div>
      {state.running && (
        <div className="dossier-progress">
          <progress max={1} value={state.fraction} aria-label="Export progress" />
          <span aria-live="polite">{state.stage}</span>
          <button type="button" onClick={() => void cancel()}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
