import { FrontierError } from '../../../shared/ipc/errors';
import type { EventsService } from '../events/events-service';
import type { createNotebookService } from '../notebook/notebook-service';
import type { NotesService } from '../notes/notes-service';
import type { SourcesService } from '../sources/sources-service';
import { SAMPLE_EVENTS, type SampleEvent } from './sample-events';
import { SAMPLE_NOTES, SAMPLE_START_NOTE, type SampleNote, type SourceIds } from './sample-notes';
import { SAMPLE_SOURCES, type SampleSource } from './sample-sources';

/** The services the sample is created through, so that every item passes the same validation as the user's own. */
export interface SampleTarget {
  notebook: ReturnType<typeof createNotebookService>;
  notes: NotesService;
  sources: SourcesService;
  events: EventsService;
}

/** What a sample is made of; items refer to each other by their keys here, ids are generated. */
export interface SampleContent {
  sources: Readonly<Record<string, SampleSource>>;
  notes: Readonly<Record<string, SampleNote>>;
  events: readonly SampleEvent[];
  startNote: string;
}

export const SAMPLE: SampleContent = { sources: SAMPLE_SOURCES, notes: SAMPLE_NOTES, events: SAMPLE_EVENTS, startNote: SAMPLE_START_NOTE };

export type SampleLoaded = ReturnType<SampleTarget['notebook']['info']> & { startNoteId: string };

function idOf(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new FrontierError('INTERNAL', `The sample refers to a ${what} "${key}" it does not define.`);
  return id;
}

/**
 * Fills an empty notebook with the sample: sources imported from their text, then notes that cite
 * them, then events linked to both. Refused (CONFLICT) unless the notebook has no notes, sources
 * or events, so the sample never mixes into real work. If a step fails, what was created is
 * removed again, leaving the notebook as empty as it was.
 */
export async function loadSample(services: SampleTarget, content: SampleContent = SAMPLE): Promise<SampleLoaded> {
  const { counts } = services.notebook.info();
  if (counts.notes + counts.sources + counts.events > 0) {
    throw new FrontierError(
      'CONFLICT',
      `The sample notebook can only be loaded into an empty notebook; this one has ${counts.notes} note(s), ${counts.sources} source(s) and ${counts.events} event(s).`,
    );
  }

  const sourceIds = new Map<string, string>();
  const noteIds = new Map<string, string>();
  const eventIds: string[] = [];
  try {
    for (const [key, s] of Object.entries(content.sources)) {
      const { source } = await services.sources.importFile({
        fileName: s.fileName,
        data: new TextEncoder().encode(s.text),
        kind: s.kind,
        reliability: s.reliability,
        credibility: s.credibility,
        tags: [...s.tags],
      });
      sourceIds.set(key, source.id);
      await services.sources.update(source.id, {
        outlet: s.outlet,
        summary: s.summary,
        ...(s.author ? { author: s.author } : {}),
        ...(s.language ? { language: s.language } : {}),
      });
    }

    const cite = Object.fromEntries(sourceIds);
    for (const [key, n] of Object.entries(content.notes)) {
      const note = await services.notes.create({
        title: n.title,
        body: n.body(cite as SourceIds),
        tags: [...n.tags],
        ...(n.place ? { place: { ...n.place } } : {}),
      });
      noteIds.set(key, note.id);
    }

    for (const e of content.events) {
      const { sources, notes, actors, tags, location, ...fields } = e;
      const event = await services.events.create({
        ...fields,
        location: { ...location },
        actors: [...actors],
        tags: [...tags],
        sourceIds: sources.map((k) => idOf(sourceIds, k, 'source')),
        noteIds: notes.map((k) => idOf(noteIds, k, 'note')),
      });
      eventIds.push(event.id);
    }
  } catch (err) {
    await removeAll(services, eventIds, [...noteIds.values()], [...sourceIds.values()]);
    throw err;
  }

  return { ...services.notebook.info(), startNoteId: idOf(noteIds, content.startNote, 'note') };
}

/** Best effort: a failure here must not hide the error that caused it. */
async function removeAll(services: SampleTarget, events: string[], notes: string[], sources: string[]): Promise<void> {
  for (const id of events.reverse()) await services.events.delete(id).catch(() => undefined);
  for (const id of notes.reverse()) await services.notes.delete(id).catch(() => undefined);
  for (const id of sources.reverse()) await services.sources.delete(id, true).catch(() => undefined);
}

/**
 * `loadSample` behind a guard against a second call while the first is still running (a double
 * click): the second would find the notebook still empty and add a second copy.
 */
export function createSampleService(target: SampleTarget) {
  let loading = false;
  return {
    async load(): Promise<SampleLoaded> {
      if (loading) throw new FrontierError('CONFLICT', 'The sample notebook is being loaded already.');
      loading = true;
      try {
        return await loadSample(target);
      } finally {
        loading = false;
      }
    },
  };
}
