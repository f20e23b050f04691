import type { CoreContext } from './context';
import { createEventsService } from './events/events-service';
import { createLinksService } from './links/links-service';
import { createNotebookService } from './notebook/notebook-service';
import { createNotesService } from './notes/notes-service';
import { createSampleService } from './sample';
import { createSimpleSearch } from './search/simple-search';
import { createSourcesService } from './sources/sources-service';

/** All services over one open notebook; the handlers, the CLI and the host use this one object. */
export function createServices(ctx: CoreContext) {
  const notebook = createNotebookService(ctx);
  const notes = createNotesService(ctx);
  const sources = createSourcesService(ctx);
  const events = createEventsService(ctx);
  return {
    notebook,
    notes,
    sources,
    events,
    links: createLinksService(ctx),
    search: createSimpleSearch(ctx, sources.text),
    /** The sample notebook, created through the services above so that it is validated like any input. */
    sample: createSampleService({ notebook, notes, sources, events }),
  };
}

export type Services = ReturnType<typeof createServices>;
