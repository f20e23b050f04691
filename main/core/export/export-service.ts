import { fileStem, buildMarkdownBundle, createCountryLookup, eventsToAcledCsv, eventsToGeoJson } from '../../../shared/export';
import { sortEvents, type DossierContent } from '../../../shared/dossier';
import type { ExportFormat, ExportOutput, ExportTarget } from '../../../shared/ipc/export-schemas';
import { FrontierError } from '../../../shared/ipc/errors';
import type { Dossier } from '../../../shared/model';
import type { CoreContext } from '../context';
import { checkAborted } from '../dossier/cancel';
import type { DossiersService } from '../dossier/dossiers-service';
import { exportPdf } from '../dossier/pdf-export';
import type { PdfPrinter } from '../dossier/printer';
import { stagedProgress, type OnProgress } from '../dossier/progress';
import { worldTopology } from '../dossier/world';
import { ExportJobs } from './export-jobs';
import { buildJsonBackup } from './json-backup';

export interface ExportFile {
  path: string;
  mediaType: string;
  data: Uint8Array;
}

export interface ExportResult {
  name: string;
  folder: boolean;
  files: ExportFile[];
}

export interface ExportRunOptions {
  signal?: AbortSignal;
  onProgress?: OnProgress;
}

export interface ExportDeps {
  dossiers: DossiersService;
  sourceText: (id: string) => Promise<string>;
  /** The PDF engine, created on first PDF export. */
  printer: () => PdfPrinter;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every export format behind one call; the CLI writes the files, the UI downloads them. */
export function createExportService(ctx: CoreContext, deps: ExportDeps) {
  const { store } = ctx;
  const jobs = new ExportJobs();

  /** The dossier and what it picks; for the whole notebook, everything, notes by title. */
  async function resolve(target: ExportTarget): Promise<{ dossier: Dossier; content: DossierContent }> {
    if (target.kind === 'dossier') {
      const dossier = deps.dossiers.get(target.id);
      return { dossier, content: await deps.dossiers.content(dossier) };
    }
    const dossier = deps.dossiers.transient(target.kind === 'selection' ? target.selection : { kind: 'manual' });
    const content = await deps.dossiers.content(dossier);
    // The whole notebook has events and sources that no note mentions; they belong in its export.
    if (target.kind === 'notebook') return { dossier, content: { notes: content.notes, events: sortEvents([...store.all('events')]), sources: [...store.all('sources')] } };
    return { dossier, content };
  }

  async function run(format: ExportFormat, target: ExportTarget, options: ExportRunOptions = {}): Promise<ExportResult> {
    const { signal, onProgress } = options;
    const generatedAt = ctx.now().toISOString();
    if (format === 'json') {
      if (target.kind !== 'notebook') throw new FrontierError('INVALID_INPUT', 'The JSON backup is always the whole notebook; it takes no dossier, tag or query.');
      const progress = stagedProgress({ 'Reading the notebook': 1 }, onProgress);
      progress.start('Reading the notebook');
      const json = await buildJsonBackup(store, generatedAt, { ...(signal ? { signal } : {}), onBlob: (done, total) => onProgress?.({ stage: `Reading files ${done}/${total}`, fraction: (0.95 * done) / total }) });
      progress.done();
      return { name: `${fileStem(store.meta.title) || 'notebook'}-backup.json`, folder: false, files: [{ path: '', mediaType: 'application/json', data: utf8(json) }] };
    }

    onProgress?.({ stage: 'Collecting notes', fraction: 0 });
    const { dossier, content } = await resolve(target);
    checkAborted(signal);
    const stem = fileStem(dossier.title) || 'dossier';

    if (format === 'pdf') {
      const pdf = await exportPdf(
        { dossier, content, notebookTitle: store.meta.title, generatedAt },
        { printer: deps.printer(), ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) },
      );
      return { name: `${stem}.pdf`, folder: false, files: [{ path: '', mediaType: 'application/pdf', data: pdf }] };
    }
    if (format === 'geojson') {
      const geojson = eventsToGeoJson(content.events, content.sources);
      onProgress?.({ stage: 'Done', fraction: 1 });
      return { name: `${stem}.geojson`, folder: false, files: [{ path: '', mediaType: 'application/geo+json', data: utf8(JSON.stringify(geojson, null, 1)) }] };
    }
    const countryAt = createCountryLookup(await worldTopology());
    const csv = eventsToAcledCsv({ events: content.events, sources: content.sources, countryAt });
    if (format === 'csv') {
      onProgress?.({ stage: 'Done', fraction: 1 });
      return { name: `${stem}.csv`, folder: false, files: [{ path: '', mediaType: 'text/csv; charset=utf-8', data: utf8(csv) }] };
    }

    // Markdown bundle: notes, sources with their full texts, and the events in both open formats.
    const texts = new Map<string, string>();
    for (const [i, s] of content.sources.entries()) {
      checkAborted(signal);
      texts.set(s.id, await deps.sourceText(s.id));
      onProgress?.({ stage: `Reading sources ${i + 1}/${content.sources.length}`, fraction: (0.9 * (i + 1)) / Math.max(1, content.sources.length) });
    }
    const attachments = ['events.csv', 'events.geojson'];
    const files = buildMarkdownBundle({ dossier, ...content, sourceTexts: texts, generatedAt, attachments }).map((f) => ({
      path: f.path,
      mediaType: f.path.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8',
      data: utf8(f.text),
    }));
    files.push({ path: 'events.csv', mediaType: 'text/csv; charset=utf-8', data: utf8(csv) });
    files.push({ path: 'events.geojson', mediaType: 'application/geo+json', data: utf8(JSON.stringify(eventsToGeoJson(content.events, content.sources), null, 1)) });
    onProgress?.({ stage: 'Done', fraction: 1 });
    return { name: stem, folder: true, files };
  }

  return {
    run,

    /** For the contract: runs an export under a job id (progress and cancel go through `jobs`), files in base64. */
    async runForClient(input: { format: ExportFormat; target: ExportTarget; jobId?: string }): Promise<ExportOutput> {
      const job = input.jobId ? jobs.start(input.jobId) : undefined;
      try {
        const result = await run(input.format, input.target, job ? { signal: job.signal, onProgress: job.onProgress } : {});
        return { name: result.name, folder: result.folder, files: result.files.map((f) => ({ path: f.path, mediaType: f.mediaType, dataBase64: Buffer.from(f.data).toString('base64') })) };
      } finally {
        job?.finish();
      }
    },

    progress: (jobId: string) => jobs.progress(jobId),
    cancel: (jobId: string) => ({ cancelled: jobs.cancel(jobId) }),
  };
}

export type ExportService = ReturnType<typeof createExportService>;
