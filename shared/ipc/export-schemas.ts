import { z } from 'zod';
import { DossierFields, DossierId, DossierPatch, DossierSelection, NoteId, Tag, Title } from '../model';

/** Schemas of the dossier and export methods, kept here so contract.ts gains one line per method. */

export const EXPORT_FORMATS = ['pdf', 'markdown', 'geojson', 'csv', 'json'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** What to export: a saved dossier, a selection made on the spot, or the whole notebook. */
export const ExportTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dossier'), id: DossierId }).strict(),
  z.object({ kind: z.literal('selection'), selection: DossierSelection }).strict(),
  z.object({ kind: z.literal('notebook') }).strict(),
]);
export type ExportTarget = z.infer<typeof ExportTarget>;

/** A client-chosen id for a running export, so the UI can ask for its progress or cancel it. */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a job id');

export const DossierCreate = DossierFields.partial().extend({ title: Title }).strict();
export const DossierUpdate = z.object({ id: DossierId, patch: DossierPatch.strict() }).strict();

export const DossierPreviewInput = z
  .object({ selection: DossierSelection, noteIds: z.array(NoteId).max(10_000).default([]), summary: z.string().max(200_000).optional() })
  .strict();
export const DossierPreview = z.object({
  notes: z.array(z.object({ id: NoteId, title: z.string(), tags: z.array(Tag) })),
  events: z.number().int(),
  sources: z.number().int(),
});

export const ExportInput = z.object({ format: ExportFormat, target: ExportTarget, jobId: JobId.optional() }).strict();
export const ExportOutput = z.object({
  /** Suggested name: a file name, or a folder name when `folder` is true (the Markdown bundle). */
  name: z.string(),
  folder: z.boolean(),
  files: z.array(z.object({ path: z.string(), mediaType: z.string(), dataBase64: z.string() })),
});
export type ExportOutput = z.infer<typeof ExportOutput>;

export const ExportProgressOutput = z.object({ stage: z.string(), fraction: z.number().min(0).max(1), finished: z.boolean() }).nullable();
