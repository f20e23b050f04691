import type { OriginalFile } from '../../../shared/model';
import type { ImportFormat } from '../sources/import-formats';
import type { ImportedDocument } from './document';
import { sourceFields, type ImportOptions, type ImportPlan } from './import-plan';
import { readPdfDocument } from './pdf/pdf-document';
import { readTextDocument } from './text-document';

/** Reads a document format into its text and metadata; the format was detected by the caller. */
export async function readDocument(format: ImportFormat, bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  switch (format) {
    case 'html':
      // jsdom takes a second to load: only an HTML import pays for it, not every command.
      return (await import('./html/html-document')).readHtmlDocument(bytes);
    case 'pdf':
      return readPdfDocument(bytes, fileName);
    default:
      return readTextDocument(bytes, fileName);
  }
}

/** A document is one source: the given title, else the one it states, else the file name. */
export function planDocumentImport(input: { doc: ImportedDocument; fileName: string; original: OriginalFile; options: ImportOptions; now: Date; newId: (kind: 'source') => string }): ImportPlan {
  const { doc, options } = input;
  const title = options.title?.trim() || doc.meta.title || input.fileName;
  const fields = sourceFields({ id: input.newId('source'), title, meta: doc.meta, options, original: input.original, now: input.now });
  return { sources: [{ fields, text: doc.text }], events: [] };
}
