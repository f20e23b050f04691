import { z } from 'zod';
import { Timestamp, Title } from './common';
import { Dossier } from './dossier';
import { Event } from './event';
import { Note } from './note';
import { Source } from './source';
import { TlpLabel } from './tlp';

/**
 * The version of the notebook document this build writes; main/core/store/migrations reads older ones.
 * 2: dossiers (saved selections of notes for export) joined the collections.
 * 3: sources may carry `review`, the analyst's decisions on their event candidates.
 */
export const SCHEMA_VERSION = 3 as const;

export const NotebookMeta = z.object({
  title: Title,
  created: Timestamp,
  /** The TLP 2.0 label new dossiers start with. */
  defaultTlp: TlpLabel.default('AMBER'),
});
export type NotebookMeta = z.infer<typeof NotebookMeta>;

export const NotebookDoc = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: NotebookMeta,
  notes: z.array(Note),
  sources: z.array(Source),
  events: z.array(Event),
  dossiers: z.array(Dossier),
});
export type NotebookDoc = z.infer<typeof NotebookDoc>;

/** The collections a notebook holds, by name. */
export const COLLECTIONS = ['notes', 'sources', 'events', 'dossiers'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export interface CollectionItem {
  notes: Note;
  sources: Source;
  events: Event;
  dossiers: Dossier;
}
