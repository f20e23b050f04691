import { z } from 'zod';
import { CalendarDate, Tag, Timestamp, Title } from './common';
import { DossierId, NoteId } from './ids';
import { TlpLabel } from './tlp';

/**
 * How a dossier picks its notes. `manual`: exactly `noteIds`. `tag` and `query` are saved rules,
 * evaluated again at every export, so a dossier on `#border/panj` picks up the notes written
 * since; for them `noteIds` is the order the analyst gave the notes already seen (new matches
 * follow, by title). A tag or query dossier also takes the events carrying the tag or matching
 * the query; every dossier takes the events linked to its notes.
 */
export const DossierSelection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }).strict(),
  z.object({ kind: z.literal('tag'), tag: Tag }).strict(),
  z.object({ kind: z.literal('query'), query: z.string().trim().min(1).max(1000) }).strict(),
]);
export type DossierSelection = z.infer<typeof DossierSelection>;

/** What the map figure is framed on: the dossier's events, or one of the region presets. */
export const MAP_FRAMES = {
  events: "The dossier's events",
  kabul: 'Kabul',
  'tajik-afghan-border': 'Tajik–Afghan border',
  moscow: 'Moscow',
} as const;
export const MapFrame = z.enum(Object.keys(MAP_FRAMES) as [keyof typeof MAP_FRAMES]);
export type MapFrame = z.infer<typeof MapFrame>;

/** Room for a large dossier; the cap only stops a runaway request. */
export const MAX_DOSSIER_NOTES = 10_000;

const fields = {
  title: Title,
  subtitle: z.string().trim().max(500),
  author: z.string().trim().max(300),
  /** The date the dossier carries on its cover (not when it was exported). */
  date: CalendarDate,
  tlp: TlpLabel,
  /** Executive summary, Markdown (links and citations work as in notes). */
  summary: z.string().max(200_000),
  selection: DossierSelection,
  noteIds: z.array(NoteId).max(MAX_DOSSIER_NOTES),
  mapFrame: MapFrame,
};

/** A change to a dossier: only the keys given change (no defaults, so an absent key is never reset). */
export const DossierPatch = z.object(fields).partial();
export type DossierPatch = z.infer<typeof DossierPatch>;

export const DossierFields = z.object({
  ...fields,
  subtitle: fields.subtitle.default(''),
  author: fields.author.default(''),
  summary: fields.summary.default(''),
  selection: fields.selection.default({ kind: 'manual' }),
  noteIds: fields.noteIds.default([]),
  mapFrame: fields.mapFrame.default('events'),
});

export const Dossier = DossierFields.extend({
  id: DossierId,
  created: Timestamp,
  updated: Timestamp,
});
export type Dossier = z.infer<typeof Dossier>;
