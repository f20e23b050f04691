import type { CoreContext } from './context';
import { createEventsService } from './events/events-service';
import { createLinksService } from './links/links-service';
import { createNotebookService } from './notebook/notebook-service';
import { createNotesService } from './notes/notes-service';
import { createSimpleSearch } from './search/simple-search';
import { createSourcesService } from './sources/sources-service';

/** All services over one open notebook; the handlers, the CLI and the host use this one object. */
export function createServices(ctx: CoreContext) {
  const sources = createSourcesService(ctx);
  return {
    notebook: createNotebookService(ctx),
    notes: createNotesService(ctx),
    sources,
    events: createEventsService(ctx),
    links: createLinksService(ctx),
    search: createSimpleSearch(ctx, sources.text),
  };
}

export type Services = ReturnType<typeof createServices>;
