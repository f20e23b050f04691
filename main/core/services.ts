import type { CoreContext } from './context';
import { createChromiumPrinter } from './dossier/chromium-printer';
import { createDossiersService } from './dossier/dossiers-service';
import { createEventsService } from './events/events-service';
import { createExtractService } from './extract';
import { createExportService } from './export/export-service';
import { createGeoService } from './geo';
import { createLinksService } from './links/links-service';
import { NO_TILE_SERVICE } from './map-tiles';
import { createNotebookService } from './notebook/notebook-service';
import { createNotesService } from './notes/notes-service';
import { createSampleService } from './sample';
import { createExternalLinksService } from './shell/external-links-service';
import { createSearchService } from './search';
import { createCandidateReview } from './sources/candidate-review';
import { createSourcesService } from './sources/sources-service';

/** All services over one open notebook; the handlers, the CLI and the host use this one object. */
export function createServices(ctx: CoreContext) {
  const notebook = createNotebookService(ctx);
  const notes = createNotesService(ctx);
  const sources = createSourcesService(ctx);
  const events = createEventsService(ctx);
  const search = createSearchService(ctx);
  const dossiers = createDossiersService(ctx, (query, limit) => search.query(query, limit));
  let printer = ctx.printer;
  return {
    notebook,
    notes,
    sources,
    events,
    links: createLinksService(ctx),
    /** Places, dates, actors and event candidates found in a source's text, on demand. */
    extract: createExtractService(ctx, sources),
    /** Accepting and dismissing those event candidates, remembered on the source. */
    candidates: createCandidateReview(ctx, { source: sources.get, prepareEvent: events.prepare }),
    search,
    dossiers,
    /** PDF, Markdown, GeoJSON, CSV and JSON exports; the PDF engine starts only when a PDF is asked for. */
    exports: createExportService(ctx, { dossiers, sourceText: sources.text, printer: () => (printer ??= createChromiumPrinter()) }),
    /** The offline gazetteer: the same for every notebook, loaded once per process on first use. */
    geo: createGeoService(),
    /** The sample notebook, created through the services above so that it is validated like any input. */
    sample: createSampleService({ notebook, notes, sources, events }),
    /** Opening http(s) and mailto links outside Frontier, through the allowlist and the user's confirmation. */
    externalLinks: createExternalLinksService(ctx.openExternal),
    /** The map's tile source: a setting of this machine, kept by main, the same for every notebook. */
    tiles: ctx.tiles ?? NO_TILE_SERVICE,
  };
}

export type Services = ReturnType<typeof createServices>;
