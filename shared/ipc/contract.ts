import { z } from 'zod';
import {
  AnyId,
  CalendarDate,
  CandidateKey,
  Credibility,
  Dossier,
  DossierId,
  Event,
  EventFields,
  EventId,
  EventLocation,
  Extraction,
  Note,
  NoteId,
  NotebookMeta,
  NotePlace,
  Reliability,
  SCHEMA_VERSION,
  Source,
  SourceId,
  SourceKind,
  SourcePatch,
  Tag,
  TlpLabel,
  Title,
  checkEventConsistency,
} from '../model';
import { DossierCreate, DossierPreview, DossierPreviewInput, DossierUpdate, ExportInput, ExportOutput, ExportProgressOutput, JobId } from './export-schemas';
import { NearestPlace, Place, PlaceQuery, PointQuery } from '../geo/place';
import { TileSetting, TileSource } from '../geo/tile-source';
import { SearchQuery, SearchResults, SearchStatus } from './search-schemas';

/**
 * The one list of what the renderer (and the CLI, and the browser-mode host) may ask of main.
 * Each method has a zod input and output; the preload, the HTTP bridge and the handler table are
 * all derived from this object, so a channel name is never written twice.
 */

const Empty = z.object({}).strict();
const ById = <T extends z.ZodType>(id: T) => z.object({ id }).strict();

const NoteSummary = Note.omit({ body: true });
const ListQuery = z
  .object({
    tag: Tag.optional(),
    sort: z.enum(['updated', 'created', 'title']).default('updated'),
  })
  .strict();

const SourceSummary = Source;
const EventInput = EventFields.omit({ id: true, created: true, updated: true });
/** A patch of an event; `endDate: null` removes the end date (an absent key leaves it). */
const EventPatch = EventInput.partial().extend({ endDate: CalendarDate.nullable().optional() }).strict();

const ImportInput = z
  .object({
    fileName: z.string().min(1).max(500),
    /** The file's bytes, base64: JSON-safe for the HTTP bridge and structured-clone-safe for IPC. */
    dataBase64: z.string().max(48_000_000),
    title: Title.optional(),
    reliability: Reliability.optional(),
    credibility: Credibility.optional(),
    kind: SourceKind.optional(),
    tags: z.array(Tag).max(200).optional(),
  })
  .strict();

export const ImportResult = z.object({
  source: Source,
  /** True when a file with the same sha256 was imported before: nothing new was created. */
  duplicate: z.boolean(),
  /** What the file became: one source for a document; events and several sources for an ACLED export. */
  created: z.object({ sources: z.number().int().min(0), events: z.number().int().min(0) }),
});

export const LinkRef = z.object({ noteId: NoteId, title: z.string() });
export const Links = z.object({
  outgoing: z.array(z.object({ target: z.string(), noteId: NoteId, title: z.string() })),
  backlinks: z.array(LinkRef.extend({ context: z.string() })),
  unresolved: z.array(z.string()),
  unlinkedMentions: z.array(LinkRef.extend({ context: z.string() })),
  citations: z.array(
    z.object({
      sourceId: z.string(),
      locator: z.string().optional(),
      excerpt: z.string().optional(),
      source: z.object({ id: SourceId, title: z.string(), reliability: Reliability, credibility: Credibility }).optional(),
    }),
  ),
  /** Notes that cite this source (for a source) or events linked to the item. */
  citedBy: z.array(LinkRef),
  events: z.array(z.object({ id: EventId, title: z.string(), date: CalendarDate })),
});
export type Links = z.infer<typeof Links>;

export { SearchHit, SearchResults, SearchStatus, MapBounds } from './search-schemas';

export const NotebookInfo = z.object({
  path: z.string(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: NotebookMeta,
  counts: z.object({ notes: z.number(), sources: z.number(), events: z.number() }),
});

/** What loading the sample notebook gives back: the notebook's info, and the note to open first. */
export const SampleLoaded = NotebookInfo.extend({ startNoteId: NoteId });

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const contract = {
  'notebook.info': method(Empty, NotebookInfo),
  'notebook.updateMeta': method(
    z.object({ title: Title.optional(), defaultTlp: TlpLabel.optional() }).strict(),
    NotebookMeta,
  ),
  /**
   * Fills an empty notebook with the sample notebook (fictional notes, sources and events that show
   * every feature). Refused with CONFLICT when the notebook has any note, source or event.
   */
  'notebook.loadSample': method(Empty, SampleLoaded),

  'notes.list': method(ListQuery, z.array(NoteSummary)),
  'notes.get': method(ById(NoteId), Note),
  'notes.create': method(
    z.object({ title: Title, body: z.string().default(''), tags: z.array(Tag).max(200).default([]), place: NotePlace.optional() }).strict(),
    Note,
  ),
  'notes.update': method(
    z
      .object({
        id: NoteId,
        title: Title.optional(),
        body: z.string().optional(),
        tags: z.array(Tag).max(200).optional(),
        place: NotePlace.nullable().optional(),
        /** The `updated` the editor last saw; a newer one on disk is a conflict, not an overwrite. */
        ifUpdated: z.string().optional(),
      })
      .strict(),
    z.object({ note: Note, relinked: z.array(NoteId) }),
  ),
  'notes.delete': method(ById(NoteId), Note),
  /** Undo of a delete: puts the note back as it was, and re-links the events that listed it. */
  'notes.restore': method(z.object({ note: Note, eventIds: z.array(EventId).max(10_000).default([]) }).strict(), Note),

  'sources.list': method(ListQuery, z.array(SourceSummary)),
  'sources.get': method(ById(SourceId), Source),
  'sources.text': method(ById(SourceId), z.object({ text: z.string() })),
  'sources.update': method(z.object({ id: SourceId, patch: SourcePatch.strict() }).strict(), Source),
  'sources.delete': method(z.object({ id: SourceId, force: z.boolean().default(false) }).strict(), Source),
  'sources.import': method(ImportInput, ImportResult),
  /** Places, dates, people, organisations and event candidates in a source's text (computed, not stored). */
  'sources.extract': method(ById(SourceId), Extraction),
  /** Records an event candidate (as the analyst edited it) as an event linked to the source, and remembers it was accepted. */
  'sources.acceptCandidate': method(
    z.object({ id: SourceId, key: CandidateKey, event: EventInput.strict().superRefine(checkEventConsistency) }).strict(),
    z.object({ event: Event, source: Source }),
  ),
  /** Dismisses an event candidate (dismissed: false takes it back); remembered on the source. */
  'sources.dismissCandidate': method(z.object({ id: SourceId, key: CandidateKey, dismissed: z.boolean() }).strict(), Source),

  'events.list': method(ListQuery, z.array(Event)),
  'events.get': method(ById(EventId), Event),
  'events.create': method(EventInput.strict().superRefine(checkEventConsistency), Event),
  'events.update': method(z.object({ id: EventId, patch: EventPatch }).strict(), Event),
  'events.delete': method(ById(EventId), Event),

  'links.get': method(ById(AnyId), Links),
  /**
   * Ranked search over notes, sources (with their full texts) and events in the query language of
   * shared/search/query.ts; `bbox` is the map view for in:map. Waits while a first index build runs.
   */
  'search.query': method(SearchQuery, SearchResults),
  /** Whether the index is ready or still building (with progress); starts it if it is not running. */
  'search.status': method(Empty, SearchStatus),

  'dossiers.list': method(Empty, z.array(Dossier)),
  'dossiers.get': method(ById(DossierId), Dossier),
  'dossiers.create': method(DossierCreate, Dossier),
  'dossiers.update': method(DossierUpdate, Dossier),
  'dossiers.delete': method(ById(DossierId), Dossier),
  /** What a selection picks right now (the dossier editor's list), without saving anything. */
  'dossiers.preview': method(DossierPreviewInput, DossierPreview),
  /** Runs an export; with a jobId, exportProgress and exportCancel reach it while it runs. */
  'dossier.export': method(ExportInput, ExportOutput),
  'dossier.exportProgress': method(z.object({ jobId: JobId }).strict(), ExportProgressOutput),
  'dossier.exportCancel': method(z.object({ jobId: JobId }).strict(), z.object({ cancelled: z.boolean() })),

  /** The offline gazetteer (GeoNames towns and our alias table): places by any spelling, larger first. */
  'geo.findPlace': method(PlaceQuery, z.array(Place)),
  /** The nearest town to a point, to name a place clicked on the map. */
  'geo.nearestPlace': method(PointQuery, NearestPlace),

  /**
   * Opens an http(s) or mailto link outside Frontier once the user confirms it (the desktop app asks
   * in a native dialog). `opened` is false when the user declined; a link outside the allowlist is
   * refused with FORBIDDEN.
   */
  'shell.openExternal': method(z.object({ url: z.string().min(1).max(8192) }).strict(), z.object({ opened: z.boolean() })),

  /**
   * The map's optional tile source, a setting of this machine (not of the notebook): none (the
   * default, no tile layer), a folder of the user's own tiles, or a tile server's URL template.
   * The page always asks its own origin for `/tiles/{z}/{x}/{y}`; main reads or fetches the tile.
   */
  'map.getTileSource': method(Empty, TileSetting),
  /**
   * Sets it, checked in main: a folder must exist, a server template must be http(s) with {z}, {x}
   * and {y} and no credentials (else INVALID_INPUT). A server template is the one case in which
   * Frontier makes requests off the machine: the user named the server.
   */
  'map.setTileSource': method(z.object({ source: TileSource }).strict(), TileSetting),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.prototype.hasOwnProperty.call(contract, name);

/** The IPC channel of a method; the preload and main/app/ipc.ts both use this. */
export const channelOf = (m: Method): string => `frontier:${m}`;

export { EventLocation, EventInput, EventPatch };
