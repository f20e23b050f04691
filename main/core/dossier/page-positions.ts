import { FrontierError } from '../../../shared/ipc/errors';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/**
 * The page (1-based) each named destination of a PDF lands on. Chromium writes a named
 * destination for every element id that a link in the document points at; the dossier's contents
 * links to every section and note, so this reads back where each one was printed — which is how
 * the second pass fills in the contents' page numbers (Chromium does not implement CSS
 * target-counter(), which would do it in one pass).
 */
export async function destinationPages(pdf: Uint8Array, only?: readonly string[]): Promise<{ pages: Record<string, number>; pageCount: number }> {
  // Every id a link points at is a destination (each event row, source and endnote): looking up
  // the page of just the ones asked for saves a round trip to pdf.js's worker for each of the rest.
  const wanted = only ? new Set(only) : undefined;
  const lib = await loadPdfJs();
  // pdf.js may detach the buffer it is given; keep the caller's bytes intact.
  const task = lib.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const dests = (await doc.getDestinations()) as Record<string, unknown[] | null>;
    const pages: Record<string, number> = {};
    for (const [name, dest] of Object.entries(dests)) {
      if (wanted && !wanted.has(name)) continue;
      const ref = dest?.[0];
      if (ref && typeof ref === 'object') pages[name] = (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
      else if (typeof ref === 'number') pages[name] = ref + 1;
    }
    return { pages, pageCount: doc.numPages };
  } catch (err) {
    throw new FrontierError('INTERNAL', `Could not read the printed dossier back: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
