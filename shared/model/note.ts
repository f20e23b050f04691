import { z } from 'zod';
import { Latitude, Longitude, Tags, Timestamp, Title } from './common';
import { NoteId } from './ids';

/** A place a note is about (optional): shown on the map beside the note's events. */
export const NotePlace = z.object({
  name: z.string().trim().min(1).max(300),
  lat: Latitude,
  lng: Longitude,
});

/** 5 MB of Markdown is far past any note an analyst writes; the cap stops a runaway paste. */
export const MAX_NOTE_BODY = 5_000_000;

export const Note = z.object({
  id: NoteId,
  title: Title,
  body: z.string().max(MAX_NOTE_BODY),
  tags: Tags,
  created: Timestamp,
  updated: Timestamp,
  place: NotePlace.optional(),
});
export type Note = z.infer<typeof Note>;
export type NotePlace = z.infer<typeof NotePlace>;

/** What lists show: everything but the body. */
export type NoteSummary = Omit<Note, 'body'>;
